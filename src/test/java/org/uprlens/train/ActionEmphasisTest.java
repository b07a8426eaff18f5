package org.uprlens.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.uprlens.classify.RecommendationClassifier;
import org.uprlens.features.FeatureExtractor;
import smile.classification.Maxent;

class ActionEmphasisTest {
  @Test
  void emphasisRepeatsOnlyTheCues() {
    boolean[] cues = new boolean[8];
    cues[2] = true;
    cues[7] = true;
    assertArrayEquals(new int[] {1, 2, 5, 7, 2, 7}, Trainer.emphasise(new int[] {1, 2, 5, 7}, cues, 2));
    assertArrayEquals(new int[] {1, 2, 2, 2}, Trainer.emphasise(new int[] {1, 2}, cues, 3));
    int[] none = {1, 5};
    assertSame(none, Trainer.emphasise(none, cues, 2), "nothing to repeat: the same array");
  }

  @Test
  void theFoldedModelPredictsFromPlainFeaturesWhatTheTrainedOneDoesFromEmphasisedOnes() {
    var rows = TinyModel.examples().examples().stream().filter(r -> r.actionCategory() != null).toList();
    FeatureExtractor f = FeatureExtractor.fit(TinyModel.options(0).features(),
        rows.stream().map(TrainingExample::text).toList());
    boolean[] cues = f.actionCues();
    int[][] plain = rows.stream().map(r -> f.features(r.text())).toArray(int[][]::new);
    int[][] emphasised = Arrays.stream(plain).map(x -> Trainer.emphasise(x, cues, 2)).toArray(int[][]::new);
    int[] y = rows.stream().mapToInt(r -> r.actionCategory() - 1).toArray();
    Maxent.Multinomial trained = Maxent.multinomial(f.dimension(), emphasised, y, 0.1, 1e-5, 200);
    Maxent.Multinomial folded = Trainer.folded(trained, cues, 2, 0.1);
    int differs = 0;
    for (int i = 0; i < plain.length; i++) {
      double[] a = new double[trained.numClasses()];
      double[] b = new double[a.length];
      double[] c = new double[a.length];
      trained.predict(emphasised[i], a);
      folded.predict(plain[i], b);
      trained.predict(plain[i], c);
      assertArrayEquals(a, b, 1e-12, "row " + i);
      differs += Arrays.equals(a, c) ? 0 : 1;
    }
    assertNotEquals(0, differs, "the emphasis matters for some rows");
  }

  @Test
  void theCardRecordsTheEmphasisAndOneMeansNone() {
    Trainer.Options base = TinyModel.options(0);
    Trainer.Options once = new Trainer.Options(base.features(), base.lambda(), base.tol(), base.maxIter(),
        base.issueThreshold(), base.minPositives(), 0, base.seed(), base.threads(), base.innerFolds(),
        base.tuneIssues(), base.tuneAction(), base.supportInput(), base.supportLambda(), base.actionLambda(), 1,
        base.memberships());
    Trainer.Result emphasised = new Trainer(base, m -> { }).train(TinyModel.examples(), "twice");
    Trainer.Result plain = new Trainer(once, m -> { }).train(TinyModel.examples(), "once");
    assertEquals(2, emphasised.card().hyperparameters().get("actionEmphasis"));
    assertEquals(1, plain.card().hyperparameters().get("actionEmphasis"));
    String text = TinyModel.examples().examples().get(0).text();
    int[] x = emphasised.model().features().features(text);
    assertNotEquals(RecommendationClassifier.actionProbabilities(emphasised.model().action(), x)[0],
        RecommendationClassifier.actionProbabilities(plain.model().action(), x)[0]);
  }
}
