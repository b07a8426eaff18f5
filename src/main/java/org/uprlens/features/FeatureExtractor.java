package org.uprlens.features;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Needs: text. Produces: sorted unique indices of the word n-grams it contains that are in the vocabulary.
 *
 * <p>The vocabulary keeps the most frequent n-grams (by number of training texts containing them): a capped
 * vocabulary keeps the models small (weights grow with it, per label) without the collisions of hashing.
 */
public final class FeatureExtractor implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * @param ngrams longest word n-gram (1 = words only)
   * @param maxFeatures vocabulary cap
   * @param minDf an n-gram must occur in at least this many training texts
   * @param opening the first 1..{@code opening} words also become one "opening" term each ("^consider",
   *     "^take measure"): the leading verb of a recommendation says much about the action asked for; 0 = none
   */
  public record Options(int ngrams, int maxFeatures, int minDf, int opening) implements Serializable {
    public Options(int ngrams, int maxFeatures, int minDf) {
      this(ngrams, maxFeatures, minDf, 0);
    }

    public Options {
      if (opening < 0 || opening > 4) {
        throw new IllegalArgumentException("opening must be 0..4: " + opening);
      }
      if (ngrams < 1 || ngrams > 4) {
        throw new IllegalArgumentException("ngrams must be 1..4: " + ngrams);
      }
      if (maxFeatures < 1) {
        throw new IllegalArgumentException("maxFeatures must be positive: " + maxFeatures);
      }
      if (minDf < 1) {
        throw new IllegalArgumentException("minDf must be positive: " + minDf);
      }
    }

    public static Options defaults() {
      return new Options(2, 12_000, 2, 3);
    }
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

  private final Options options;
  private final HashMap<String, Integer> vocabulary;

  private FeatureExtractor(Options options, HashMap<String, Integer> vocabulary) {
    this.options = options;
    this.vocabulary = vocabulary;
  }

  /** Builds the vocabulary from training texts. Deterministic: ties are broken by the n-gram itself. */
  public static FeatureExtractor fit(Options options, List<String> texts) {
    Map<String, Integer> df = new HashMap<>();
    for (String text : texts) {
      for (String term : new HashSet<>(terms(text, options.ngrams(), options.opening()))) {
        df.merge(term, 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> kept = new ArrayList<>();
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      if (e.getValue() >= options.minDf()) {
        kept.add(e);
      }
    }
    kept.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    HashMap<String, Integer> vocabulary = new HashMap<>();
    for (int i = 0; i < Math.min(kept.size(), options.maxFeatures()); i++) {
      vocabulary.put(kept.get(i).getKey(), i);
    }
    return new FeatureExtractor(options, vocabulary);
  }

  public int[] features(String text) {
    List<String> terms = terms(text, options.ngrams(), options.opening());
    int[] ids = new int[terms.size()];
    int n = 0;
    for (String term : terms) {
      Integer id = vocabulary.get(term);
      if (id != null) {
        ids[n++] = id;
      }
    }
    Arrays.sort(ids, 0, n);
    int unique = 0;
    for (int i = 0; i < n; i++) {
      if (unique == 0 || ids[i] != ids[unique - 1]) {
        ids[unique++] = ids[i];
      }
    }
    return Arrays.copyOf(ids, unique);
  }

  public int dimension() {
    return vocabulary.size();
  }

  public Options options() {
    return options;
  }

  /** Lower-cased words, numbers folded to "#", plural "s" dropped; then all n-grams up to {@code n}. */
  public static List<String> terms(String text, int n) {
    return terms(text, n, 0);
  }

  /** As {@link #terms(String, int)}, plus the opening terms "^w1", "^w1 w2", ... up to {@code opening} words. */
  public static List<String> terms(String text, int n, int opening) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(normalise(m.group()));
    }
    List<String> terms = new ArrayList<>(words.size() * n);
    for (int i = 0; i < words.size(); i++) {
      StringBuilder gram = new StringBuilder(words.get(i));
      terms.add(gram.toString());
      for (int k = 1; k < n && i + k < words.size(); k++) {
        gram.append(' ').append(words.get(i + k));
        terms.add(gram.toString());
      }
    }
    StringBuilder start = new StringBuilder("^");
    for (int i = 0; i < Math.min(opening, words.size()); i++) {
      start.append(i == 0 ? "" : " ").append(words.get(i));
      terms.add(start.toString());
    }
    return terms;
  }

  private static String normalise(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (Character.isDigit(w.charAt(0))) {
      return "#";
    }
    if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
