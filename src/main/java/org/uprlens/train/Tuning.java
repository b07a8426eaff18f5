package org.uprlens.train;

import java.util.Arrays;
import java.util.List;

/**
 * Decisions fitted on out-of-fold scores of the training rows: per-issue thresholds, action category offsets and
 * the Platt scaling of the support probability. Never given the rows a model is evaluated on.
 */
final class Tuning {
  private Tuning() {}

  /** Below this many out-of-fold positives an issue keeps the default threshold: its F1 curve is noise. */
  static final int MIN_POSITIVES_TO_TUNE = 20;

  /** Per issue, the threshold in 0.05..0.90 that maximises its F1 on the out-of-fold scores. */
  static double[] issueThresholds(double[][] oof, List<TrainingExample> rows, List<String> issues, double fallback) {
    double[] thresholds = new double[issues.size()];
    for (int l = 0; l < issues.size(); l++) {
      String issue = issues.get(l);
      int positives = 0;
      for (int i = 0; i < rows.size(); i++) {
        positives += oof[i] != null && rows.get(i).issues().contains(issue) ? 1 : 0;
      }
      thresholds[l] = fallback;
      if (positives < MIN_POSITIVES_TO_TUNE) {
        continue;
      }
      double bestF1 = -1;
      for (int step = 0; step <= 34; step++) {
        double t = 0.05 + step * 0.025;
        long tp = 0;
        long fp = 0;
        for (int i = 0; i < rows.size(); i++) {
          if (oof[i] != null && oof[i][l] >= t && !rows.get(i).issues().isEmpty()) {
            if (rows.get(i).issues().contains(issue)) {
              tp++;
            } else {
              fp++;
            }
          }
        }
        double f1 = 2.0 * tp / (2.0 * tp + fp + (positives - tp));
        if (f1 > bestF1 + 1e-9) {
          bestF1 = f1;
          thresholds[l] = t;
        }
      }
    }
    return thresholds;
  }

  /**
   * Per-class log-offsets added to the action model's log-probabilities that maximise macro-F1 on out-of-fold
   * scores: a cheap stand-in for class weights, which lifts the rare categories (1 and 3).
   */
  static double[] actionOffsets(double[][] oof, List<TrainingExample> rows, int[] classes) {
    int n = 0;
    for (int i = 0; i < rows.size(); i++) {
      n += oof[i] != null && rows.get(i).actionCategory() != null ? 1 : 0;
    }
    double[][] logp = new double[n][];
    int[] truth = new int[n];
    int j = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (oof[i] != null && rows.get(i).actionCategory() != null) {
        int t = Arrays.binarySearch(classes, rows.get(i).actionCategory());
        if (t < 0) {
          continue;
        }
        logp[j] = new double[classes.length];
        for (int c = 0; c < classes.length; c++) {
          logp[j][c] = Math.log(Math.max(oof[i][c], 1e-12));
        }
        truth[j++] = t;
      }
    }
    n = j;
    double[] offsets = new double[classes.length];
    double best = macroF1(logp, truth, n, offsets);
    for (int round = 0; round < 3; round++) {
      for (int c = 0; c < classes.length; c++) {
        double keep = offsets[c];
        double bestValue = keep;
        for (int step = -20; step <= 20; step++) {
          offsets[c] = step * 0.1;
          double f1 = macroF1(logp, truth, n, offsets);
          if (f1 > best + 1e-9) {
            best = f1;
            bestValue = offsets[c];
          }
        }
        offsets[c] = bestValue;
      }
    }
    return offsets;
  }

  private static double macroF1(double[][] logp, int[] truth, int n, double[] offsets) {
    int k = offsets.length;
    long[][] confusion = new long[k][k];
    for (int i = 0; i < n; i++) {
      int best = 0;
      for (int c = 1; c < k; c++) {
        if (logp[i][c] + offsets[c] > logp[i][best] + offsets[best]) {
          best = c;
        }
      }
      confusion[truth[i]][best]++;
    }
    return Metrics.macroF1(confusion);
  }

  /** Applies log-offsets to probabilities and renormalises. */
  static double[] shift(double[] p, double[] offsets) {
    double[] q = new double[p.length];
    double sum = 0;
    for (int c = 0; c < p.length; c++) {
      q[c] = Math.max(p[c], 1e-12) * Math.exp(offsets[c]);
      sum += q[c];
    }
    for (int c = 0; c < p.length; c++) {
      q[c] /= sum;
    }
    return q;
  }

  /**
   * Platt scaling: a and b of {@code sigmoid(a * logit(p) + b)} that minimise the log loss of the out-of-fold
   * scores. Newton's method with step halving, so that it can only go downhill (a plain Newton step overshoots
   * when the scores are far from calibrated).
   */
  static double[] platt(double[] p, int[] y) {
    double[] z = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      double q = Math.min(Math.max(p[i], 1e-9), 1 - 1e-9);
      z[i] = Math.log(q / (1 - q));
    }
    double a = 1;
    double b = 0;
    double loss = logLoss(z, y, a, b);
    for (int iter = 0; iter < 100; iter++) {
      double ga = 0;
      double gb = 0;
      double haa = 1e-9;
      double hab = 0;
      double hbb = 1e-9;
      for (int i = 0; i < z.length; i++) {
        double s = sigmoid(a * z[i] + b);
        double d = s - y[i];
        double w = s * (1 - s);
        ga += d * z[i];
        gb += d;
        haa += w * z[i] * z[i];
        hab += w * z[i];
        hbb += w;
      }
      double det = haa * hbb - hab * hab;
      double da = det > 0 ? (hbb * ga - hab * gb) / det : ga / z.length;
      double db = det > 0 ? (haa * gb - hab * ga) / det : gb / z.length;
      double step = 1;
      double next = logLoss(z, y, a - da, b - db);
      while (!(next <= loss) && step > 1e-6) {
        step /= 2;
        next = logLoss(z, y, a - step * da, b - step * db);
      }
      if (!(next <= loss)) {
        break;
      }
      a -= step * da;
      b -= step * db;
      boolean converged = loss - next < 1e-12 * z.length;
      loss = next;
      if (converged) {
        break;
      }
    }
    return new double[] {a, b};
  }

  private static double logLoss(double[] z, int[] y, double a, double b) {
    double sum = 0;
    for (int i = 0; i < z.length; i++) {
      double t = a * z[i] + b;
      // log(1 + e^t) - y t, computed without overflow
      sum += (t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t))) - y[i] * t;
    }
    return sum;
  }

  private static double sigmoid(double t) {
    return 1 / (1 + Math.exp(-t));
  }
}
