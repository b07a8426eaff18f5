package org.uprlens.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SupportFeaturesTest {
  @Test
  void statesAreResolvedByNameOrCodeToTheSameTerms() {
    List<String> byName = SupportFeatures.terms(new Context(List.of("France"), "state", "Viet Nam"),
        List.of("Death penalty"), 5);
    List<String> byCode = SupportFeatures.terms(new Context(List.of("FRA"), null, "VNM"), List.of("Death penalty"), 5);
    assertEquals(byName, byCode);
    assertTrue(byName.containsAll(List.of("rs:FRA", "rsg:WEOG", "sur:VNM", "surg:Asia", "rsg:WEOG>Asia",
        "act:5|rsg:WEOG", "iss:Death penalty|rsg:WEOG", "dyad:FRA>VNM")), byName.toString());
    assertTrue(!byName.contains("same_group"));
  }

  @Test
  void aRecommendationWithoutStatesStillHasTerms() {
    List<String> treatyBody = SupportFeatures.terms(new Context(List.of(), "Treaty body", null), List.of(), 0);
    assertTrue(treatyBody.containsAll(List.of("rs:none", "actor:treaty body", "sur:none", "surg:none", "act:0")),
        treatyBody.toString());
    List<String> neighbours = SupportFeatures.terms(new Context(List.of("Kenya"), null, "Uganda"), List.of(), 4);
    assertTrue(neighbours.contains("same_group"), neighbours.toString());
  }

  @Test
  void featuresFollowTheTextFeaturesSortedAndUnique() {
    SupportFeatures f = SupportFeatures.fit(10, List.of(List.of("b", "a"), List.of("a", "b", "c")), 2);
    assertEquals(12, f.dimension(), "'c' is seen once and dropped");
    assertArrayEquals(new int[] {1, 7, 10, 11}, f.features(new int[] {1, 7}, List.of("b", "a", "a", "unknown")));
  }
}
