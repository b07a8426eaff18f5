package org.uprlens.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.uprlens.classify.RecommendationClassifier;

class TuningTest {
  @Test
  void plattScalingRecoversAKnownDistortion() {
    // Scores whose true probability is sigmoid(0.5 * logit(s) - 0.4): over-confident and biased.
    Random random = new Random(3);
    int n = 40_000;
    double[] s = new double[n];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = 0.01 + 0.98 * random.nextDouble();
      y[i] = random.nextDouble() < RecommendationClassifier.platt(s[i], 0.5, -0.4) ? 1 : 0;
    }
    double[] ab = Tuning.platt(s, y);
    assertEquals(0.5, ab[0], 0.05);
    assertEquals(-0.4, ab[1], 0.05);
  }

  @Test
  void issueThresholdsAreTunedOnlyWhereThereAreEnoughPositives() {
    List<TrainingExample> rows = new ArrayList<>();
    double[][] oof = new double[100][];
    for (int i = 0; i < 100; i++) {
      boolean common = i % 2 == 0;
      boolean rare = i % 10 == 1;
      rows.add(new TrainingExample("r" + i, "t", common ? List.of("common") : rare ? List.of("rare") : List.of(), null,
          null, "S", "1"));
      // "common" positives score 0.2, negatives 0.1: only a low threshold finds them.
      oof[i] = new double[] {common ? 0.2 : 0.1, 0.9};
    }
    double[] t = Tuning.issueThresholds(oof, rows, List.of("common", "rare"), 0.35);
    assertTrue(t[0] > 0.1 && t[0] <= 0.2, "tuned threshold " + t[0]);
    assertEquals(0.35, t[1], 0, "10 positives are too few to tune on: the default stays");
  }

  @Test
  void rowsWhoseIssuesAreUnknownAreNoNegatives() {
    List<TrainingExample> rows = new ArrayList<>();
    double[][] oof = new double[120][];
    for (int i = 0; i < 120; i++) {
      boolean labelled = i < 60;
      boolean positive = labelled && i % 2 == 0;
      rows.add(new TrainingExample("r" + i, "t", positive ? List.of("x") : labelled ? List.of("y") : List.of(), null,
          null, "S", "1"));
      // Unknown rows score between: as negatives they would push the threshold above 0.3.
      oof[i] = new double[] {positive ? 0.6 : labelled ? 0.1 : 0.3};
    }
    double t = Tuning.issueThresholds(oof, rows, List.of("x"), 0.35)[0];
    assertTrue(t > 0.1 && t <= 0.3, "tuned threshold " + t);
  }

  @Test
  void actionOffsetsLiftACategoryTheModelUnderPredicts() {
    List<TrainingExample> rows = new ArrayList<>();
    double[][] oof = new double[60][];
    for (int i = 0; i < 60; i++) {
      int category = i < 20 ? 1 : 2;
      rows.add(new TrainingExample("r" + i, "t", List.of(), null, category, "S", "1"));
      // category 1 rows look like 2 to the model (0.4 against 0.6), category 2 rows more so (0.1 against 0.9).
      oof[i] = category == 1 ? new double[] {0.4, 0.6} : new double[] {0.1, 0.9};
    }
    double[] offsets = Tuning.actionOffsets(oof, rows, new int[] {1, 2});
    double[] shifted = Tuning.shift(oof[0], offsets);
    assertTrue(shifted[0] > shifted[1], "category 1 now wins on its rows: " + java.util.Arrays.toString(shifted));
    double[] other = Tuning.shift(oof[30], offsets);
    assertTrue(other[1] > other[0], "category 2 still wins on its rows");
    assertArrayEquals(new double[] {1, 0}, Tuning.shift(new double[] {1, 0}, new double[2]), 1e-9);
  }
}
