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

/**
 * Scores predictions against labelled rows: the one code path behind cross-validation, model cards and the
 * {@code evaluate} command.
 *
 * @param metrics {@code issues.micro_f1}, {@code issues.macro_f1}, {@code issues.micro_precision},
 *     {@code issues.micro_recall}, {@code categories.micro_f1}, {@code action_category.macro_f1},
 *     {@code action_category.accuracy}, {@code support.roc_auc}, {@code support.pr_auc_noted},
 *     {@code support.accuracy}, {@code support.brier}, {@code n}, and the rows each group was scored on:
 *     {@code issues.n}, {@code action_category.n}, {@code support.n}
 * @param perIssue precision, recall and F1 of every issue present in the truth
 * @param actionConfusion rows: true category 1..5, columns: predicted category 1..5
 * @param reliability support probability in 10 bins: predicted against observed share of Supported
 */
public record Evaluation(Map<String, Double> metrics, Map<String, Metrics.Prf> perIssue, long[][] actionConfusion,
                         List<Metrics.Bin> reliability) {
  static final int CATEGORIES = 5;
  static final int BINS = 10;

  /** Predicts every row with its context and scores the predictions. */
  public static Evaluation of(RecommendationClassifier model, List<TrainingExample> rows) {
    List<Prediction> predictions = new ArrayList<>(rows.size());
    for (TrainingExample row : rows) {
      predictions.add(model.predict(row.text(), row.context()));
    }
    return of(model.issues(), rows, predictions);
  }

  public static Evaluation of(List<String> issueLabels, List<TrainingExample> rows, List<Prediction> predictions) {
    List<Set<String>> trueIssues = new ArrayList<>();
    List<Set<String>> predictedIssues = new ArrayList<>();
    List<Set<String>> trueCategories = new ArrayList<>();
    List<Set<String>> predictedCategories = new ArrayList<>();
    List<Boolean> supported = new ArrayList<>();
    List<Double> supportScore = new ArrayList<>();
    List<int[]> actions = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      TrainingExample row = rows.get(r);
      Prediction p = predictions.get(r);
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
      if (row.actionCategory() != null && p.actionCategory() >= 1) {
        actions.add(new int[] {row.actionCategory() - 1, p.actionCategory() - 1});
      }
    }
    boolean[] positive = new boolean[supported.size()];
    boolean[] noted = new boolean[supported.size()];
    double[] score = new double[supported.size()];
    double[] notedScore = new double[supported.size()];
    for (int i = 0; i < positive.length; i++) {
      positive[i] = supported.get(i);
      noted[i] = !positive[i];
      score[i] = supportScore.get(i);
      notedScore[i] = 1 - score[i];
    }
    long[][] confusion = Metrics.confusion(actions.stream().mapToInt(a -> a[0]).toArray(),
        actions.stream().mapToInt(a -> a[1]).toArray(), CATEGORIES);
    long right = 0;
    for (int c = 0; c < CATEGORIES; c++) {
      right += confusion[c][c];
    }
    Metrics.Prf issues = Metrics.micro(trueIssues, predictedIssues);
    boolean scoreIssues = !trueIssues.isEmpty();   // no row with known UPR Info issues: nothing to score
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("issues.micro_f1", scoreIssues ? issues.f1() : Double.NaN);
    m.put("issues.micro_precision", scoreIssues ? issues.precision() : Double.NaN);
    m.put("issues.micro_recall", scoreIssues ? issues.recall() : Double.NaN);
    m.put("issues.macro_f1", scoreIssues ? Metrics.macroF1(issueLabels, trueIssues, predictedIssues) : Double.NaN);
    m.put("categories.micro_f1", scoreIssues ? Metrics.micro(trueCategories, predictedCategories).f1() : Double.NaN);
    m.put("action_category.macro_f1", actions.isEmpty() ? Double.NaN : Metrics.macroF1(confusion));
    m.put("action_category.accuracy", actions.isEmpty() ? Double.NaN : (double) right / actions.size());
    m.put("support.roc_auc", Metrics.rocAuc(positive, score));
    m.put("support.pr_auc_noted", Metrics.averagePrecision(noted, notedScore));
    m.put("support.accuracy", Metrics.accuracy(positive, score));
    m.put("support.brier", Metrics.brier(positive, score));
    m.put("n", (double) rows.size());
    // What each group of figures is computed on: rows lack issues (another taxonomy), responses or categories.
    m.put("issues.n", (double) trueIssues.size());
    m.put("action_category.n", (double) actions.size());
    m.put("support.n", (double) positive.length);
    Map<String, Metrics.Prf> perIssue = new LinkedHashMap<>();
    for (String label : issueLabels) {
      if (trueIssues.stream().anyMatch(t -> t.contains(label))) {
        perIssue.put(label, Metrics.perLabel(label, trueIssues, predictedIssues));
      }
    }
    return new Evaluation(m, perIssue, confusion, Metrics.reliability(positive, score, BINS));
  }

  /** A metric by name. */
  public Double get(String name) {
    return metrics.get(name);
  }

  /** Everything, as nested maps for JSON. */
  public Map<String, Object> asJson() {
    Map<String, Object> json = new LinkedHashMap<>(metrics);
    Map<String, Object> issues = new LinkedHashMap<>();
    perIssue.forEach((k, v) -> issues.put(k, Map.of("precision", v.precision(), "recall", v.recall(), "f1", v.f1())));
    json.put("issues.per_issue", issues);
    json.put("action_category.labels", List.of(1, 2, 3, 4, 5));
    json.put("action_category.confusion", actionConfusion);
    json.put("support.reliability", reliability);
    return json;
  }

  /** A readable report: metrics, per-issue scores, the confusion matrix and the reliability table. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    metrics.forEach((k, v) -> s.append(String.format("  %-26s %.4f%n", k, v)));
    s.append(String.format("%n  %-46s %9s %9s %9s%n", "issue", "precision", "recall", "F1"));
    perIssue.forEach((k, v) -> s.append(String.format("  %-46s %9.3f %9.3f %9.3f%n", k, v.precision(), v.recall(),
        v.f1())));
    s.append(String.format("%n  action category confusion (rows: true 1-5, columns: predicted 1-5)%n"));
    for (int t = 0; t < CATEGORIES; t++) {
      s.append("  ").append(t + 1).append(':');
      for (long c : actionConfusion[t]) {
        s.append(String.format(" %7d", c));
      }
      s.append('\n');
    }
    s.append(String.format("%n  support reliability: %-11s %7s %10s %10s%n", "bin", "n", "predicted", "observed"));
    for (Metrics.Bin b : reliability) {
      s.append(String.format("  %21s %.1f-%.1f %7d %10.3f %10.3f%n", "", b.from(), b.to(), b.n(), b.meanPredicted(),
          b.observed()));
    }
    return s.toString();
  }
}
