package org.uprlens.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.uprlens.classify.RecommendationClassifier;
import org.uprlens.features.FeatureExtractor;

/** A model trained on the project's own labelled examples: small and fast, for tests. */
public final class TinyModel {
  public static final Path EXAMPLES = Path.of("training-data/examples.csv");

  private TinyModel() {}

  public static TrainingSet examples() {
    try {
      return TrainingSet.load(List.of(EXAMPLES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Trainer.Options options(int folds) {
    return new Trainer.Options(new FeatureExtractor.Options(2, 2000, 1, 3), 0.1, 1e-5, 200, 0.3, 2, folds, 7, 2, 3,
        true, true, Trainer.SupportInput.STACKED, 0.1, 0.1, 2, true);
  }

  public static Trainer.Result train(int folds) {
    return new Trainer(options(folds), message -> { }).train(examples(), "tiny-test-v1");
  }

  public static RecommendationClassifier model() {
    return train(0).model();
  }
}
