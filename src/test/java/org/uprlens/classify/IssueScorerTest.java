package org.uprlens.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import smile.classification.Maxent;

class IssueScorerTest {

  /** The job scores issues with IssueScorer and training with Smile itself: they must agree to the last bit. */
  @Test
  void scoresEveryIssueExactlyAsSmileDoes() {
    Random random = new Random(7);
    int p = 40;
    int[][] x = new int[300][];
    for (int r = 0; r < x.length; r++) {
      x[r] = random.ints(0, p).distinct().limit(1 + random.nextInt(8)).sorted().toArray();
    }
    Maxent.Binomial[] models = new Maxent.Binomial[4];
    for (int i = 0; i < models.length; i++) {
      if (i == 2) {
        continue;   // an issue without a model
      }
      int feature = i * 7;
      int[] y = new int[x.length];
      for (int r = 0; r < x.length; r++) {
        y[r] = java.util.Arrays.stream(x[r]).anyMatch(f -> f == feature || f == feature + 1) ? 1 : 0;
      }
      models[i] = Maxent.binomial(p, x, y, 1.0, 1e-5, 200);
    }
    IssueScorer scorer = new IssueScorer(models);
    for (int[] row : x) {
      double[] expected = RecommendationClassifier.issueProbabilities(models, row);
      double[] actual = scorer.probabilities(row);
      assertArrayEquals(expected, actual, 0.0);
      assertEquals(0.0, actual[2]);
    }
  }
}
