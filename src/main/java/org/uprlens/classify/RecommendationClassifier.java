package org.uprlens.classify;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.uprlens.features.FeatureExtractor;
import smile.classification.Maxent;

/**
 * Needs: recommendation text and its {@link Context}. Produces: a {@link Prediction}. A trained bundle:
 *
 * <ul>
 *   <li>the fitted text {@link FeatureExtractor};</li>
 *   <li>one binary Smile {@link Maxent} per issue (one-vs-rest, multi-label) with its own threshold, tuned on
 *       out-of-fold scores during training;</li>
 *   <li>a multinomial Maxent for the action category (1-5) with per-class log-offsets, also tuned out of fold;</li>
 *   <li>a binary Maxent for Supported/Noted on the text plus {@link SupportFeatures} (context, predicted issues and
 *       action category), followed by Platt scaling fitted on out-of-fold scores.</li>
 * </ul>
 *
 * Immutable once built; Java-serialised by {@link ModelStore}, broadcast to executors by the job.
 */
public final class RecommendationClassifier implements Serializable {
  private static final long serialVersionUID = 2L;
  /** How many issue scores a prediction keeps besides the predicted issues. */
  static final int SCORES_KEPT = 5;

  /** The action category part: model, its classes (1..5) in posterior order, and per-class log-offsets. */
  public record ActionModel(Maxent.Multinomial model, int[] classes, double[] offsets) implements Serializable {
    public ActionModel {
      if (classes.length != offsets.length) {
        throw new IllegalArgumentException("one offset per class: " + classes.length + " != " + offsets.length);
      }
    }
  }

  /** The support part: model on text + context features, and the Platt scaling {@code sigmoid(a*logit(p)+b)}. */
  public record SupportModel(Maxent.Binomial model, SupportFeatures features, double plattA, double plattB)
      implements Serializable {}

  private final String modelId;
  private final FeatureExtractor features;
  private final List<String> issues;
  private final Maxent.Binomial[] issueModels;
  private final double[] thresholds;
  private final ActionModel action;
  private final SupportModel support;
  /** Built on first use in each JVM (after deserialisation too): not part of the model file. */
  private transient volatile IssueScorer issueScorer;

  /**
   * @param issueModels one per issue, in the order of {@code issues}; null where the training data had too few
   *     examples of the issue to learn it (its score is then 0)
   * @param thresholds per issue: predicted when its probability reaches the threshold
   * @param action null when the training data had no action categories
   */
  public RecommendationClassifier(String modelId, FeatureExtractor features, List<String> issues,
                                  Maxent.Binomial[] issueModels, double[] thresholds, ActionModel action,
                                  SupportModel support) {
    this.modelId = Objects.requireNonNull(modelId, "modelId");
    this.features = Objects.requireNonNull(features, "features");
    this.issues = List.copyOf(issues);
    if (issueModels.length != issues.size() || thresholds.length != issues.size()) {
      throw new IllegalArgumentException("one model and one threshold per issue: " + issues.size() + " issues, "
          + issueModels.length + " models, " + thresholds.length + " thresholds");
    }
    this.issueModels = issueModels.clone();
    this.thresholds = thresholds.clone();
    this.action = action;
    this.support = Objects.requireNonNull(support, "support");
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

  public SupportModel support() {
    return support;
  }

  /** The action model, or null. */
  public ActionModel action() {
    return action;
  }

  public double[] thresholds() {
    return thresholds.clone();
  }

  public Prediction predict(String text) {
    return predict(text, Context.NONE);
  }

  public Prediction predict(String text, Context context) {
    int[] x = features.features(text);
    double[] p = issueProbabilities(x);
    List<String> predicted = issuesAt(p, thresholds, issues);
    Map<String, Double> scores = new LinkedHashMap<>();
    for (int i : top(p, predicted.size() + SCORES_KEPT)) {
      scores.put(issues.get(i), round(p[i]));
    }
    for (String issue : predicted) {
      scores.putIfAbsent(issue, round(p[issues.indexOf(issue)]));
    }
    int category = 0;
    double categoryProbability = 0;
    if (action != null) {
      double[] q = actionProbabilities(action, x);
      int best = argmax(q);
      category = action.classes()[best];
      categoryProbability = q[best];
    }
    SupportFeatures sf = support.features();
    double s = supportProbability(support, x, sf.withHistory(sf.enrich(SupportFeatures.terms(context, predicted,
        category, sf.memberships()), text, Map.of()), x, context));
    return new Prediction(predicted, scores, Categories.of(predicted), category, round(categoryProbability),
        s >= 0.5 ? Prediction.SUPPORTED : Prediction.NOTED, round(s), modelId);
  }

  /** Probability of each issue, in the order of {@link #issues()}. */
  public double[] issueProbabilities(int[] x) {
    IssueScorer scorer = issueScorer;
    if (scorer == null) {
      synchronized (this) {
        if (issueScorer == null) {
          issueScorer = new IssueScorer(issueModels);
        }
        scorer = issueScorer;
      }
    }
    return scorer.probabilities(x);
  }

  public static double[] issueProbabilities(Maxent.Binomial[] models, int[] x) {
    double[] p = new double[models.length];
    double[] posterior = new double[2];
    for (int i = 0; i < models.length; i++) {
      if (models[i] != null) {
        models[i].predict(x, posterior);
        p[i] = posterior[1];
      }
    }
    return p;
  }

  /** The issues whose probability reaches their threshold; the most likely one when none does. */
  public static List<String> issuesAt(double[] p, double[] thresholds, List<String> issues) {
    List<String> predicted = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      if (p[i] > 0 && p[i] >= thresholds[i]) { // an issue without a model scores 0
        predicted.add(issues.get(i));
      }
    }
    if (predicted.isEmpty() && !issues.isEmpty()) {
      // Every UPR recommendation has at least one issue: fall back to the most likely.
      predicted.add(issues.get(argmax(p)));
    }
    return predicted;
  }

  /** Posterior of the action classes after the tuned offsets, renormalised; in the order of classes(). */
  public static double[] actionProbabilities(ActionModel action, int[] x) {
    double[] q = new double[action.classes().length];
    action.model().predict(x, q);
    double sum = 0;
    for (int k = 0; k < q.length; k++) {
      q[k] = Math.max(q[k], 1e-12) * Math.exp(action.offsets()[k]);
      sum += q[k];
    }
    for (int k = 0; k < q.length; k++) {
      q[k] /= sum;
    }
    return q;
  }

  /** Calibrated support probability. */
  public static double supportProbability(SupportModel support, int[] text, List<String> terms) {
    return platt(rawSupport(support.model(), support.features().features(text, terms)), support.plattA(),
        support.plattB());
  }

  public static double rawSupport(Maxent.Binomial model, int[] x) {
    double[] posterior = new double[2];
    model.predict(x, posterior);
    return posterior[1];
  }

  public static double platt(double p, double a, double b) {
    double q = Math.min(Math.max(p, 1e-9), 1 - 1e-9);
    return 1 / (1 + Math.exp(-(a * Math.log(q / (1 - q)) + b)));
  }

  /**
   * Indices of the {@code k} largest values, largest first, ties by index: a selection pass per rank, cheaper
   * than sorting boxed indices for the few scores a prediction keeps.
   */
  static int[] top(double[] v, int k) {
    int[] chosen = new int[Math.min(k, v.length)];
    boolean[] taken = new boolean[v.length];
    for (int r = 0; r < chosen.length; r++) {
      int best = -1;
      for (int i = 0; i < v.length; i++) {
        if (!taken[i] && (best < 0 || v[i] > v[best])) {
          best = i;
        }
      }
      taken[best] = true;
      chosen[r] = best;
    }
    return chosen;
  }

  public static int argmax(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[best]) {
        best = i;
      }
    }
    return best;
  }

  private static double round(double p) {
    return Math.round(p * 10_000) / 10_000.0;
  }
}
