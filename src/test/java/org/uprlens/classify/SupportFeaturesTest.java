package org.uprlens.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  @Test
  void aTrainingRowsPriorLeavesItsOwnReviewOut() {
    SupportFeatures.Priors priors = new SupportFeatures.Priors();
    for (int i = 0; i < 30; i++) {
      priors.add("FRA 1", List.of("sur:FRA", "surg:WEOG"), true);
      priors.add("FRA 14", List.of("sur:FRA", "surg:WEOG"), false);
    }
    List<String> base = List.of("sur:FRA", "act:5");
    // Review "FRA 1" sees only "FRA 14": 0 of 30, smoothed toward 0.5 with weight 20 -> 0.2 -> bin 4 of 20.
    List<String> training = SupportFeatures.enrich(base, "Ratify the Convention", priors.ofReview("FRA 1"), priors,
        true);
    assertTrue(training.containsAll(List.of("prior|sur=4", "sur:FRA|^ratify")), training.toString());
    List<List<String>> rows = new ArrayList<>(List.of(training));
    SupportFeatures fitted = SupportFeatures.fit(0, rows, 1, priors, true);
    // A new review sees all 60 rows: 30 of 60 -> 0.5 -> bin 10; an unseen State has no prior.
    assertTrue(fitted.enrich(base, "ratify it", Map.of()).contains("prior|sur=10"));
    assertTrue(fitted.enrich(List.of("sur:ZZZ"), "", Map.of()).contains("prior|sur=none"));
    assertEquals(base, SupportFeatures.fit(0, rows, 1).enrich(base, "Ratify", Map.of()), "no priors, no crosses");
  }
}
