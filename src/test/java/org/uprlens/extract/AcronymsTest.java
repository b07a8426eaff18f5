package org.uprlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uprlens.ingest.DocKind;

/** Acronyms defined in texts written for these tests. */
class AcronymsTest {
  @Test
  void anAcronymStandsForTheWordsWhoseInitialsItSpells() {
    Map<String, String> defined = Acronyms.definedIn("""
        1. The Delta Legal Aid Centre (DLAC) works in four provinces. The Commission nationale des droits de
        l'homme (CNDH) and the National Human Rights
        Commission (NHRC) also reported. Ruritania ratified the Convention against Torture (CAT) in 2010.
        Prisons (2019) and the Police Act (PA-2) are cited. The DLAC (Delta) office closed.
        """);
    assertEquals("Delta Legal Aid Centre", defined.get("DLAC"));
    assertEquals("Commission nationale des droits de\nl'homme", defined.get("CNDH"));
    assertEquals("National Human Rights\nCommission", defined.get("NHRC"));
    assertEquals("Convention against Torture", defined.get("CAT"));
    assertNull(defined.get("PA-2"));
    assertEquals(4, defined.size(), defined::toString);
  }

  @Test
  void aDefinedAcronymIsCreditedAsTheNameItStandsFor() {
    List<Recommendation> found = Extracting.extract("""
        Joint submission by the Delta Legal Aid Centre (DLAC) and the National Human Rights Commission (NHRC)

        DLAC recommends that Ruritania fund legal aid in every province. NHRC urged Ruritania to close the old
        prison. HRW recommended that Ruritania release the journalists.
        """, DocKind.SUBMISSION);
    assertEquals(List.of("Delta Legal Aid Centre", "National Human Rights Commission", "HRW"),
        found.stream().map(Recommendation::actor).toList());
    assertEquals(List.of("ngo", "nhri", "ngo"), found.stream().map(Recommendation::actorType).toList());
  }
}
