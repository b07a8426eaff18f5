package org.uprlens.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MembershipsTest {
  private final Memberships memberships = Memberships.of(List.of(
      Map.of("Senegal", List.of("AU", "OIC")),
      Map.of("SEN", List.of("OIF")),
      Map.of("France", List.of("EU", "OIF")),
      Map.of("Atlantis", List.of("XYZ"))));

  @Test
  void aStateNamedTwoWaysIsOneStateAndUnknownNamesAreLeftOut() {
    assertEquals(List.of("AU", "OIC", "OIF"), memberships.organisations("Senegal"));
    assertEquals(List.of("AU", "OIC", "OIF"), memberships.organisations("SEN"));
    assertEquals(2, memberships.states(), "Atlantis is no State");
    assertEquals(List.of(), memberships.organisations("Peru"));
    assertEquals(List.of(), memberships.organisations(null));
  }

  @Test
  void termsNameTheStateUnderReviewsOrganisationsByIssueTheRecommendersAndWhatTheyShare() {
    List<String> t = memberships.terms(new Context(List.of("France"), "state", "Senegal"), List.of("Death penalty"));
    assertEquals(List.of("surorg:AU", "iss:Death penalty|surorg:AU", "surorg:OIC", "iss:Death penalty|surorg:OIC",
        "surorg:OIF", "iss:Death penalty|surorg:OIF", "rsorg:EU", "rsorg:OIF", "sameorg:OIF"), t);
    assertEquals(List.of(), memberships.terms(new Context(List.of(), "treaty body", "Peru"), List.of("Justice")),
        "no organisations known");
    assertEquals(List.of(), Memberships.NONE.terms(new Context(List.of("France"), "state", "Senegal"), List.of()));
  }

  @Test
  void theSupportTermsIncludeThemAfterTheContextTerms() {
    Context c = new Context(List.of("France"), "state", "Senegal");
    List<String> plain = SupportFeatures.terms(c, List.of("Justice"), 4);
    List<String> with = SupportFeatures.terms(c, List.of("Justice"), 4, memberships);
    assertEquals(plain, with.subList(0, plain.size()));
    assertTrue(with.containsAll(List.of("surorg:OIC", "iss:Justice|surorg:OIC", "sameorg:OIF")), with.toString());
  }
}
