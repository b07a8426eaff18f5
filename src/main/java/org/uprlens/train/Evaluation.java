package org.uprlens.train;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.uprlens.classify.Categories;
import org.uprlens.classify.Prediction;
import org.uprlens.classify.RecommendationClassifier;

/** Scores a model on labelled rows: the one code path behind cross-validation and model cards. */
public final class Evaluation {
  private Evaluation() {}

  /**
   * Metric name to value: {@code issues.micro_f1}, {@code issues.macro_f1}, {@code issues.micro_precision},
   * {@code issues.micro_recall}, {@code categories.micro_f1}, {@code support.roc_auc}, {@code support.accuracy},
   * {@code support.brier}, {@code n}.
   */
  public static Map<String, Double> of(RecommendationClassifier model, List<TrainingExample> rows) {
    List<Set<String>> trueIssues = new ArrayList<>();
    List<Set<String>> predictedIssues = new ArrayList<>();
    List<Set<String>> trueCategories = new ArrayList<>();
    List<Set<String>> predictedCategories = new ArrayList<>();
    List<Boolean> supported = new ArrayList<>();
    List<Double> supportScore = new ArrayList<>();
    for (TrainingExample row : rows) {
      Prediction p = model.predict(row.text());
      if (!row.issues().isEmpty()) {
        trueIssues.add(new HashSet<>(row.issues()));
        predictedIssues.add(new HashSet<>(p.issues()));
        trueCategories.add(new HashSet<>(Categories.of(row.issues())));
        predictedCategories.add(new HashSet<>(p.categories()));
      }
      if (row.response() != null) {
        supported.add(row.response().equals(Prediction.SUPPORTED));
        supportScore.add(p.supportProbability());
      }
    }
    boolean[] positive = new boolean[supported.size()];
    double[] score = new double[supported.size()];
    for (int i = 0; i < positive.length; i++) {
      positive[i] = supported.get(i);
      score[i] = supportScore.get(i);
    }
    Metrics.Prf issues = Metrics.micro(trueIssues, predictedIssues);
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("issues.micro_f1", issues.f1());
    m.put("issues.micro_precision", issues.precision());
    m.put("issues.micro_recall", issues.recall());
    m.put("issues.macro_f1", Metrics.macroF1(model.issues(), trueIssues, predictedIssues));
    m.put("categories.micro_f1", Metrics.micro(trueCategories, predictedCategories).f1());
    m.put("support.roc_auc", Metrics.rocAuc(positive, score));
    m.put("support.accuracy", Metrics.accuracy(positive, score));
    m.put("support.brier", Metrics.brier(positive, score));
    m.put("n", (double) rows.size());
    return m;
  }
}
