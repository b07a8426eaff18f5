package org.uprlens.train;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Quality measures used in cross-validation, evaluation and model cards. */
public final class Metrics {
  private Metrics() {}

  /** Precision, recall and F1 from counts; 0 where undefined. */
  public record Prf(double precision, double recall, double f1) {
    static Prf of(long tp, long fp, long fn) {
      double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /** Micro-averaged P/R/F1 of multi-label predictions against truth. */
  public static Prf micro(List<Set<String>> truth, List<Set<String>> predicted) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i = 0; i < truth.size(); i++) {
      for (String label : predicted.get(i)) {
        if (truth.get(i).contains(label)) {
          tp++;
        } else {
          fp++;
        }
      }
      for (String label : truth.get(i)) {
        if (!predicted.get(i).contains(label)) {
          fn++;
        }
      }
    }
    return Prf.of(tp, fp, fn);
  }

  /** P/R/F1 of one label. */
  public static Prf perLabel(String label, List<Set<String>> truth, List<Set<String>> predicted) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i = 0; i < truth.size(); i++) {
      boolean t = truth.get(i).contains(label);
      boolean p = predicted.get(i).contains(label);
      if (t && p) {
        tp++;
      } else if (p) {
        fp++;
      } else if (t) {
        fn++;
      }
    }
    return Prf.of(tp, fp, fn);
  }

  /** Mean F1 over the labels that occur in the truth. */
  public static double macroF1(List<String> labels, List<Set<String>> truth, List<Set<String>> predicted) {
    double sum = 0;
    int n = 0;
    for (String label : labels) {
      if (truth.stream().anyMatch(t -> t.contains(label))) {
        sum += perLabel(label, truth, predicted).f1();
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  /** Area under the ROC curve of scores for the positive class; ties count half (Mann-Whitney). */
  public static double rocAuc(boolean[] positive, double[] score) {
    int n = score.length;
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
    double rankSumPositive = 0;
    long positives = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
        j++;
      }
      double averageRank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (positive[order[k]]) {
          rankSumPositive += averageRank;
          positives++;
        }
      }
      i = j + 1;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  /** Share of rows where (score >= 0.5) equals the truth. */
  public static double accuracy(boolean[] positive, double[] score) {
    int right = 0;
    for (int i = 0; i < score.length; i++) {
      if ((score[i] >= 0.5) == positive[i]) {
        right++;
      }
    }
    return score.length == 0 ? Double.NaN : (double) right / score.length;
  }

  /** Mean squared error of the probabilities: lower is better, 0.25 is a coin. */
  public static double brier(boolean[] positive, double[] score) {
    double sum = 0;
    for (int i = 0; i < score.length; i++) {
      double d = score[i] - (positive[i] ? 1 : 0);
      sum += d * d;
    }
    return score.length == 0 ? Double.NaN : sum / score.length;
  }

  /**
   * Average precision (area under the precision-recall curve, step-wise) of scores for the positive class; ties are
   * taken together.
   */
  public static double averagePrecision(boolean[] positive, double[] score) {
    int n = score.length;
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
    long positives = 0;
    for (boolean p : positive) {
      positives += p ? 1 : 0;
    }
    if (positives == 0) {
      return Double.NaN;
    }
    double ap = 0;
    long tp = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      long newTp = 0;
      while (j < n && score[order[j]] == score[order[i]]) {
        newTp += positive[order[j]] ? 1 : 0;
        j++;
      }
      tp += newTp;
      ap += (double) newTp / positives * ((double) tp / j);
      i = j;
    }
    return ap;
  }

  /** One bin of a reliability table: rows whose probability fell in [from, to), their mean and observed rate. */
  public record Bin(double from, double to, long n, double meanPredicted, double observed) {}

  /** Reliability table in {@code bins} equal-width bins of the predicted probability (empty bins included). */
  public static List<Bin> reliability(boolean[] positive, double[] score, int bins) {
    long[] n = new long[bins];
    double[] sum = new double[bins];
    long[] hits = new long[bins];
    for (int i = 0; i < score.length; i++) {
      int b = Math.min(bins - 1, (int) Math.floor(score[i] * bins));
      n[b]++;
      sum[b] += score[i];
      hits[b] += positive[i] ? 1 : 0;
    }
    List<Bin> table = new java.util.ArrayList<>();
    for (int b = 0; b < bins; b++) {
      table.add(new Bin((double) b / bins, (double) (b + 1) / bins, n[b], n[b] == 0 ? Double.NaN : sum[b] / n[b],
          n[b] == 0 ? Double.NaN : (double) hits[b] / n[b]));
    }
    return table;
  }

  /** Confusion matrix of classes 0..k-1: rows are the truth, columns the prediction. */
  public static long[][] confusion(int[] truth, int[] predicted, int k) {
    long[][] m = new long[k][k];
    for (int i = 0; i < truth.length; i++) {
      m[truth[i]][predicted[i]]++;
    }
    return m;
  }

  /** Mean F1 over the classes that occur in the truth of a confusion matrix. */
  public static double macroF1(long[][] confusion) {
    double sum = 0;
    int classes = 0;
    for (int c = 0; c < confusion.length; c++) {
      long tp = confusion[c][c];
      long fn = 0;
      long fp = 0;
      for (int o = 0; o < confusion.length; o++) {
        if (o != c) {
          fn += confusion[c][o];
          fp += confusion[o][c];
        }
      }
      if (tp + fn > 0) {
        sum += Prf.of(tp, fp, fn).f1();
        classes++;
      }
    }
    return classes == 0 ? Double.NaN : sum / classes;
  }
}
