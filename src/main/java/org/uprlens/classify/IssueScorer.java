package org.uprlens.classify;

import smile.classification.Maxent;

/**
 * The issue models' weights laid out feature by feature, so that one pass over a text's features scores every
 * issue: 54 models each looking up the same features in its own array cost three times as much in the job. Sums
 * in the order Smile's {@code Maxent.Binomial} does (intercept, then the features in order), so the
 * probabilities are the same to the last bit.
 */
final class IssueScorer {
  private final int issues;
  /** Weight of feature f for issue i at {@code f * issues + i}. */
  private final double[] byFeature;
  private final double[] intercepts;
  /** False where an issue has no model: it scores 0. */
  private final boolean[] present;

  IssueScorer(Maxent.Binomial[] models) {
    issues = models.length;
    int dimension = 0;
    for (Maxent.Binomial m : models) {
      if (m != null) {
        dimension = Math.max(dimension, m.coefficients().length - 1);
      }
    }
    byFeature = new double[dimension * issues];
    intercepts = new double[issues];
    present = new boolean[issues];
    for (int i = 0; i < issues; i++) {
      if (models[i] == null) {
        continue;
      }
      double[] w = models[i].coefficients();
      present[i] = true;
      intercepts[i] = w[w.length - 1];
      for (int f = 0; f < w.length - 1; f++) {
        byFeature[f * issues + i] = w[f];
      }
    }
  }

  double[] probabilities(int[] x) {
    double[] dot = intercepts.clone();
    for (int f : x) {
      int base = f * issues;
      for (int i = 0; i < issues; i++) {
        dot[i] += byFeature[base + i];
      }
    }
    double[] p = new double[issues];
    for (int i = 0; i < issues; i++) {
      p[i] = present[i] ? 1.0 / (1.0 + Math.exp(-dot[i])) : 0;
    }
    return p;
  }
}
