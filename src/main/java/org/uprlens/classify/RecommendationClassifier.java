package org.uprlens.classify;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.uprlens.features.FeatureExtractor;
import smile.classification.Maxent;

/**
 * Needs: recommendation text. Produces: a {@link Prediction}. A trained bundle: the fitted feature extractor, one
 * binary Smile {@link Maxent} per issue (one-vs-rest, multi-label) with its decision threshold, and one for
 * Supported/Noted. Immutable once built; Java-serialised by {@link ModelStore}, broadcast to executors by the job.
 */
public final class RecommendationClassifier implements Serializable {
  private static final long serialVersionUID = 1L;
  /** How many issue scores a prediction keeps besides the predicted issues. */
  static final int SCORES_KEPT = 5;

  private final String modelId;
  private final FeatureExtractor features;
  private final List<String> issues;
  private final Maxent.Binomial[] issueModels;
  private final double[] thresholds;
  private final Maxent.Binomial supportModel;

  /**
   * @param issueModels one per issue, in the order of {@code issues}; null where the training data had too few
   *     examples of the issue to learn it (its score is then 0)
   * @param thresholds per issue: predicted when its probability reaches the threshold
   */
  public RecommendationClassifier(String modelId, FeatureExtractor features, List<String> issues,
                                  Maxent.Binomial[] issueModels, double[] thresholds, Maxent.Binomial supportModel) {
    this.modelId = Objects.requireNonNull(modelId, "modelId");
    this.features = Objects.requireNonNull(features, "features");
    this.issues = List.copyOf(issues);
    if (issueModels.length != issues.size() || thresholds.length != issues.size()) {
      throw new IllegalArgumentException("one model and one threshold per issue: " + issues.size() + " issues, "
          + issueModels.length + " models, " + thresholds.length + " thresholds");
    }
    this.issueModels = issueModels.clone();
    this.thresholds = thresholds.clone();
    this.supportModel = Objects.requireNonNull(supportModel, "supportModel");
  }

  public String modelId() {
    return modelId;
  }

  public List<String> issues() {
    return issues;
  }

  public FeatureExtractor features() {
    return features;
  }

  public Prediction predict(String text) {
    int[] x = features.features(text);
    double[] p = issueProbabilities(x);
    List<String> predicted = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      if (issueModels[i] != null && p[i] >= thresholds[i]) {
        predicted.add(issues.get(i));
      }
    }
    Integer[] order = new Integer[p.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -p[i]).thenComparing(i -> i));
    if (predicted.isEmpty()) {
      // Every UPR recommendation has at least one issue: fall back to the most likely.
      predicted.add(issues.get(order[0]));
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    for (int r = 0; r < order.length && scores.size() < predicted.size() + SCORES_KEPT; r++) {
      scores.put(issues.get(order[r]), round(p[order[r]]));
    }
    for (String issue : predicted) {
      scores.putIfAbsent(issue, round(p[issues.indexOf(issue)]));
    }
    double support = supportProbability(x);
    return new Prediction(predicted, scores, Categories.of(predicted),
        support >= 0.5 ? Prediction.SUPPORTED : Prediction.NOTED, round(support), modelId);
  }

  /** Probability of each issue, in the order of {@link #issues()}. */
  public double[] issueProbabilities(int[] x) {
    double[] p = new double[issueModels.length];
    double[] posterior = new double[2];
    for (int i = 0; i < issueModels.length; i++) {
      if (issueModels[i] != null) {
        issueModels[i].predict(x, posterior);
        p[i] = posterior[1];
      }
    }
    return p;
  }

  /** Probability that the State supports the recommendation. */
  public double supportProbability(int[] x) {
    double[] posterior = new double[2];
    supportModel.predict(x, posterior);
    return posterior[1];
  }

  private static double round(double p) {
    return Math.round(p * 10_000) / 10_000.0;
  }
}
