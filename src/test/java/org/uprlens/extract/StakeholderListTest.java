package org.uprlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uprlens.ingest.DocKind;

/** The list of sources closing a summary of stakeholders' submissions, in a summary written for these tests. */
class StakeholderListTest {
  private static final String SUMMARY = """
      Summary of stakeholders' submissions on Ruritania

      1. RWN recommended that Ruritania criminalize marital rape. LAF International urged Ruritania to
      register the Church of the Valley. OMB recommended that Ruritania adopt a law on torture.
      2. JS2 recommended that Ruritania repeal the foreign agents law. The Forest Peoples Forum (FPF) called on
      Ruritania to consult indigenous communities on logging permits.

      Annex
      List of stakeholders
      Civil society
      Individual submissions:
        RWN            Ruritanian Women's Network, Strelsau (Ruritania);
        LAF International   Liberty Advocates Foundation, Vienna (Austria);
        FPF            Forest Peoples Forum, Zenda (Ruritania);
      Joint submissions:
        JS2            Joint submission 2 submitted by: Press Freedom Circle; Ruritanian Bar Association;
      National human rights institution:
        OMB            The Ombudsperson of Ruritania, Strelsau (Ruritania)*.
      """;

  @Test
  void eachAcronymOfTheListStandsForItsNameWithoutThePlace() {
    Map<String, String> names = StakeholderList.namesIn(SUMMARY);
    assertEquals("Ruritanian Women's Network", names.get("RWN"));
    assertEquals("Liberty Advocates Foundation", names.get("LAF International"));
    assertEquals("Ombudsperson of Ruritania", names.get("OMB"));
    assertNull(names.get("JS2"), "a joint submission's name is its list of members");
    assertTrue(StakeholderList.namesIn("Civil society\nNGOs play a large part in public life, the report says.")
        .isEmpty(), "a sentence after a heading is no entry");
  }

  @Test
  void theSummarysSentencesCreditTheNamesTheListGives() {
    List<Recommendation> found = Extracting.extract(SUMMARY, DocKind.STAKEHOLDER_SUMMARY);
    assertEquals(List.of("Ruritanian Women's Network", "Liberty Advocates Foundation", "Ombudsperson of Ruritania",
        "JS2", "Forest Peoples Forum"), found.stream().map(Recommendation::actor).toList());
    assertEquals(List.of("ngo", "ngo", "nhri", "ngo", "ngo"), found.stream().map(Recommendation::actorType).toList());
  }
}
