package org.uprlens.classify;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Needs: the text features of a recommendation and the State under review. Produces: what that State answered to
 * its most similar recommendations in <em>other</em> reviews, as a few binned terms for the support model.
 *
 * <p>Why: States are asked the same things again (ratify a treaty, abolish the death penalty, decriminalise
 * same-sex relations) and tend to answer them the same way again. The text and context features cannot say "this
 * State noted this very recommendation last time"; a nearest-neighbour look-up in the State's own past can.
 *
 * <p>What it holds: per State, every labelled training recommendation as its {@value #DEFAULT_MAX_TERMS} rarest
 * text features (TF-IDF, terms in more than a share of all texts dropped), whether it was supported and its review.
 * Similarity is the cosine of the idf-weighted binary vectors. A training row never sees its own review (its
 * recommendations, and the response to them, are unknown when a new review is scored); at prediction every stored
 * review of the State counts.
 */
public final class StateHistory implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int DEFAULT_MAX_TERMS = 48;
  /** Terms in more than this share of the texts carry no identity ("the", "ensure") and are left out. */
  public static final double DEFAULT_MAX_DF_SHARE = 0.05;
  /** Neighbours averaged into the similarity-weighted support rate. */
  static final int NEIGHBOURS = 10;
  /** Neighbours below this cosine do not count. */
  static final double MIN_SIMILARITY = 0.1;

  /** One State's stored recommendations; row r's terms are {@code terms[start[r] .. start[r+1])}. */
  static final class Rows implements Serializable {
    private static final long serialVersionUID = 1L;
    final String[] reviews;
    final int[] start;
    final int[] terms;
    final boolean[] supported;
    final int[] review;

    Rows(String[] reviews, int[] start, int[] terms, boolean[] supported, int[] review) {
      this.reviews = reviews;
      this.start = start;
      this.terms = terms;
      this.supported = supported;
      this.review = review;
    }

    int size() {
      return supported.length;
    }
  }

  /** The inverted index of one State, built on first use (not serialised). */
  private static final class Index {
    final int[] keys;      // sorted distinct term ids
    final int[][] postings; // rows containing keys[j]
    final double[] norm;   // per row
    final int[] supportedPerReview;
    final int[] rowsPerReview;

    Index(Rows rows, float[] idf) {
      TreeMap<Integer, List<Integer>> p = new TreeMap<>();
      norm = new double[rows.size()];
      supportedPerReview = new int[rows.reviews.length];
      rowsPerReview = new int[rows.reviews.length];
      for (int r = 0; r < rows.size(); r++) {
        double s = 0;
        for (int j = rows.start[r]; j < rows.start[r + 1]; j++) {
          int t = rows.terms[j];
          s += (double) idf[t] * idf[t];
          p.computeIfAbsent(t, k -> new ArrayList<>()).add(r);
        }
        norm[r] = Math.sqrt(s);
        rowsPerReview[rows.review[r]]++;
        supportedPerReview[rows.review[r]] += rows.supported[r] ? 1 : 0;
      }
      keys = new int[p.size()];
      postings = new int[p.size()][];
      int j = 0;
      for (Map.Entry<Integer, List<Integer>> e : p.entrySet()) {
        keys[j] = e.getKey();
        postings[j++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      }
    }
  }

  private final float[] idf;
  private final int maxTerms;
  private final TreeMap<String, Rows> byState;
  private transient Map<String, Index> indexes = new ConcurrentHashMap<>();

  private StateHistory(float[] idf, int maxTerms, TreeMap<String, Rows> byState) {
    this.idf = idf;
    this.maxTerms = maxTerms;
    this.byState = byState;
  }

  /**
   * @param x text features of every row (sorted ids below {@code dimension})
   * @param state ISO code of the State under review per row, or null (the row is left out)
   * @param review the review of each row (State + session)
   * @param supported 1 Supported, 0 Noted, -1 unknown (left out)
   */
  public static StateHistory build(int dimension, int[][] x, String[] state, String[] review, int[] supported,
                                   int maxTerms, double maxDfShare) {
    int[] df = new int[dimension];
    for (int[] row : x) {
      for (int t : row) {
        df[t]++;
      }
    }
    float[] idf = new float[dimension];
    int n = Math.max(1, x.length);
    for (int t = 0; t < dimension; t++) {
      idf[t] = df[t] == 0 || df[t] > maxDfShare * n ? 0f : (float) Math.log((double) n / df[t]);
    }
    TreeMap<String, List<Integer>> rowsOf = new TreeMap<>();
    for (int i = 0; i < x.length; i++) {
      if (state[i] != null && supported[i] >= 0) {
        rowsOf.computeIfAbsent(state[i], s -> new ArrayList<>()).add(i);
      }
    }
    TreeMap<String, Rows> byState = new TreeMap<>();
    for (Map.Entry<String, List<Integer>> e : rowsOf.entrySet()) {
      List<Integer> members = e.getValue();
      List<String> reviews = new ArrayList<>();
      int[] start = new int[members.size() + 1];
      List<int[]> kept = new ArrayList<>();
      boolean[] sup = new boolean[members.size()];
      int[] rev = new int[members.size()];
      int total = 0;
      for (int r = 0; r < members.size(); r++) {
        int i = members.get(r);
        int[] terms = rarest(x[i], idf, maxTerms);
        kept.add(terms);
        start[r] = total;
        total += terms.length;
        sup[r] = supported[i] == 1;
        int at = reviews.indexOf(review[i]);
        if (at < 0) {
          at = reviews.size();
          reviews.add(review[i]);
        }
        rev[r] = at;
      }
      start[members.size()] = total;
      int[] flat = new int[total];
      for (int r = 0; r < kept.size(); r++) {
        System.arraycopy(kept.get(r), 0, flat, start[r], kept.get(r).length);
      }
      byState.put(e.getKey(), new Rows(reviews.toArray(String[]::new), start, flat, sup, rev));
    }
    return new StateHistory(idf, maxTerms, byState);
  }

  /** The {@code k} terms of highest idf (ties: lower id), sorted by id; terms of idf 0 never. */
  static int[] rarest(int[] x, float[] idf, int k) {
    int[] kept = Arrays.stream(x).filter(t -> t < idf.length && idf[t] > 0).toArray();
    if (kept.length > k) {
      Integer[] boxed = Arrays.stream(kept).boxed().toArray(Integer[]::new);
      Arrays.sort(boxed, (a, b) -> idf[a] != idf[b] ? Float.compare(idf[b], idf[a]) : Integer.compare(a, b));
      kept = Arrays.stream(boxed, 0, k).mapToInt(Integer::intValue).toArray();
      Arrays.sort(kept);
    }
    return kept;
  }

  /** What the State's other reviews say about a recommendation. */
  public record Neighbours(int rows, int supported, double topSimilarity, boolean topSupported, double weightedRate,
                           int used) {
    public static final Neighbours NONE = new Neighbours(0, 0, 0, false, Double.NaN, 0);
  }

  /**
   * The State's stored recommendations most similar to {@code x}, leaving out the review {@code exclude} (a
   * training row's own; null at prediction).
   */
  public Neighbours neighbours(String state, int[] x, String exclude) {
    Rows rows = state == null ? null : byState.get(state);
    if (rows == null) {
      return Neighbours.NONE;
    }
    Index index = indexes.computeIfAbsent(state, s -> new Index(rows, idf));
    int excluded = -1;
    if (exclude != null) {
      for (int r = 0; r < rows.reviews.length; r++) {
        if (rows.reviews[r].equals(exclude)) {
          excluded = r;
        }
      }
    }
    int total = rows.size() - (excluded < 0 ? 0 : index.rowsPerReview[excluded]);
    int supported = Arrays.stream(index.supportedPerReview).sum()
        - (excluded < 0 ? 0 : index.supportedPerReview[excluded]);
    if (total == 0) {
      return Neighbours.NONE;
    }
    int[] q = rarest(x, idf, maxTerms);
    double qn = 0;
    double[] dot = new double[rows.size()];
    int[] touched = new int[rows.size()];
    int nt = 0;
    for (int t : q) {
      double w = idf[t];
      qn += w * w;
      int j = Arrays.binarySearch(index.keys, t);
      if (j < 0) {
        continue;
      }
      for (int r : index.postings[j]) {
        if (rows.review[r] == excluded) {
          continue;
        }
        if (dot[r] == 0) {
          touched[nt++] = r;
        }
        dot[r] += w * w;
      }
    }
    if (nt == 0 || qn == 0) {
      return new Neighbours(total, supported, 0, false, Double.NaN, 0);
    }
    qn = Math.sqrt(qn);
    // The NEIGHBOURS most similar rows, by insertion into a small sorted list.
    double[] bestSim = new double[NEIGHBOURS];
    int[] bestRow = new int[NEIGHBOURS];
    int found = 0;
    for (int i = 0; i < nt; i++) {
      int r = touched[i];
      double s = dot[r] / (qn * index.norm[r]);
      if (s < MIN_SIMILARITY || (found == NEIGHBOURS && s <= bestSim[found - 1])) {
        continue;
      }
      int at = found < NEIGHBOURS ? found : NEIGHBOURS - 1; // when full, the last one drops out
      while (at > 0 && (bestSim[at - 1] < s || (bestSim[at - 1] == s && bestRow[at - 1] > r))) {
        bestSim[at] = bestSim[at - 1];
        bestRow[at] = bestRow[at - 1];
        at--;
      }
      bestSim[at] = s;
      bestRow[at] = r;
      found = Math.min(found + 1, NEIGHBOURS);
    }
    if (found == 0) {
      return new Neighbours(total, supported, 0, false, Double.NaN, 0);
    }
    double sw = 0;
    double sy = 0;
    for (int i = 0; i < found; i++) {
      sw += bestSim[i];
      sy += rows.supported[bestRow[i]] ? bestSim[i] : 0;
    }
    return new Neighbours(total, supported, bestSim[0], rows.supported[bestRow[0]], sy / sw, found);
  }

  /**
   * Binned terms for the support model: "hist:none" without history; else the State's support rate in its other
   * reviews ("hist:rate=8"), the response to its most similar recommendation by similarity ("hist:nn=N|s=4"), and
   * the similarity-weighted support rate of its nearest neighbours, crossed with that similarity ("hist:knn=1|s=4").
   */
  public static List<String> terms(Neighbours n) {
    return terms(n, null);
  }

  /**
   * As {@link #terms(Neighbours)}; when {@code act} (the predicted action category term, "act:5") is given, the
   * nearest response and the weighted rate are also crossed with it: a State that noted "abolish the death
   * penalty" may well support "consider abolishing" it.
   */
  public static List<String> terms(Neighbours n, String act) {
    if (n.rows() == 0) {
      return List.of("hist:none");
    }
    List<String> t = new ArrayList<>(7);
    t.add("hist:rate=" + Math.min(9, (int) (10.0 * n.supported() / n.rows())));
    if (n.used() == 0) {
      t.add("hist:nn=none");
      return t;
    }
    int s = similarityBin(n.topSimilarity());
    String nn = "hist:nn=" + (n.topSupported() ? "S" : "N") + "|s=" + s;
    String knn = "hist:knn=" + Math.min(4, (int) (5 * n.weightedRate()));
    t.add(nn);
    t.add(knn + "|s=" + s);
    t.add(knn);
    if (act != null) {
      t.add(nn + "|" + act);
      t.add(knn + "|" + act);
    }
    return t;
  }

  /** The action category term ("act:4") among the context terms, or null. */
  public static String actionTerm(List<String> terms) {
    for (String t : terms) {
      if (t.startsWith("act:") && t.indexOf('|') < 0) {
        return t;
      }
    }
    return null;
  }

  static int similarityBin(double s) {
    return s >= 0.95 ? 5 : s >= 0.8 ? 4 : s >= 0.6 ? 3 : s >= 0.4 ? 2 : s >= 0.2 ? 1 : 0;
  }

  public int states() {
    return byState.size();
  }

  public int rows() {
    return byState.values().stream().mapToInt(Rows::size).sum();
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    indexes = new ConcurrentHashMap<>();
  }
}
