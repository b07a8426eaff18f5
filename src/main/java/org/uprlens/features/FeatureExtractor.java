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
import java.util.Set;
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
   * @param maxFeatures vocabulary cap of the n-grams (verb terms come on top, see {@code verbs})
   * @param minDf an n-gram must occur in at least this many training texts
   * @param opening the first 1..{@code opening} words also become one "opening" term each ("^consider",
   *     "^take measure"): the leading verb of a recommendation says much about the action asked for; 0 = none
   * @param verbs add the main verb and its object as terms ("v:adopt", "vo:adopt>law"), found past an opening
   *     such as "Continue to", "Take measures to", "Consider", and cues of specificity (capitalised names,
   *     acronyms): see {@link #verbTerms}
   */
  public record Options(int ngrams, int maxFeatures, int minDf, int opening, boolean verbs) implements Serializable {
    public Options(int ngrams, int maxFeatures, int minDf) {
      this(ngrams, maxFeatures, minDf, 0, false);
    }

    public Options(int ngrams, int maxFeatures, int minDf, int opening) {
      this(ngrams, maxFeatures, minDf, opening, false);
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
      return new Options(2, 12_000, 2, 3, true);
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
      for (String term : new HashSet<>(terms(text, options))) {
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
    // The n-grams up to the cap; then the verb terms, outside it (they must not push n-grams out), if frequent.
    for (Map.Entry<String, Integer> e : kept) {
      if (!isVerbTerm(e.getKey()) && vocabulary.size() < options.maxFeatures()) {
        vocabulary.put(e.getKey(), vocabulary.size());
      }
    }
    for (Map.Entry<String, Integer> e : kept) {
      if (isVerbTerm(e.getKey()) && e.getValue() >= VERB_MIN_DF) {
        vocabulary.put(e.getKey(), vocabulary.size());
      }
    }
    return new FeatureExtractor(options, vocabulary);
  }

  public int[] features(String text) {
    List<String> terms = terms(text, options);
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

  /** Indexed by vocabulary id: whether it is an opening term ("^consider") or a main-verb term ("v:adopt"). */
  public boolean[] actionCues() {
    boolean[] cue = new boolean[vocabulary.size()];
    vocabulary.forEach((term, id) -> cue[id] = term.startsWith("^") || isVerbTerm(term));
    return cue;
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

  /** All terms of a text under the given options. */
  public static List<String> terms(String text, Options options) {
    return terms(text, options.ngrams(), options.opening(), options.verbs());
  }

  /** As {@link #terms(String, int)}, plus the opening terms "^w1", "^w1 w2", ... up to {@code opening} words. */
  public static List<String> terms(String text, int n, int opening) {
    return terms(text, n, opening, false);
  }

  private static List<String> terms(String text, int n, int opening, boolean verbs) {
    List<String> words = new ArrayList<>();
    List<String> raw = verbs ? new ArrayList<>() : null;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(normalise(m.group()));
      if (raw != null) {
        raw.add(m.group());
      }
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
    if (verbs) {
      terms.addAll(verbTerms(words, raw));
    }
    return terms;
  }

  /** Verb terms seen in fewer training texts are dropped: a few thousand stay, not tens of thousands. */
  static final int VERB_MIN_DF = 5;

  /** A term of {@link #verbTerms}: n-grams hold no ':' or '='. */
  static boolean isVerbTerm(String term) {
    return term.startsWith("v:") || term.startsWith("vo:") || term.startsWith("ov:") || term.startsWith("caps=")
        || term.startsWith("vc:");
  }

  /** Openings that ask for more of something rather than name the action: the main verb follows them. */
  private static final Set<String> LEAD = Set.of("continue", "consider", "take", "make", "redouble", "intensify",
      "step", "pursue", "undertake", "increase", "enhance", "further", "strengthen", "scale", "spare", "deploy",
      "exert", "endeavour", "endeavor", "strive", "seek", "accelerate", "expedite");
  /** Words between an opening and its "to": "take all necessary measures to", "continue its efforts to". */
  private static final Set<String> FILLER = Set.of("also", "further", "fully", "effectively", "all", "its",
      "their", "the", "necessary", "measure", "step", "effort", "appropriate", "concrete", "additional", "effective",
      "urgent", "more", "possible", "action", "legislative", "other", "and", "up", "in", "order",
      "possibility", "of", "efficient", "adequate", "specific", "practical", "immediate", "firm", "strong",
      "positive", "serious", "it", "work", "working", "with", "view", "a");
  /** Skipped between a verb and its object: "adopt the necessary laws" -> law. */
  private static final Set<String> BEFORE_OBJECT = Set.of("the", "a", "an", "all", "its", "their", "his", "her",
      "any", "such", "this", "these", "those", "and", "or", "more", "further", "necessary", "appropriate",
      "effective", "adequate", "concrete", "additional", "specific", "urgent", "without", "as", "soon", "possible",
      "expeditiously", "promptly", "swiftly", "fully", "effectively", "also", "immediately", "urgently");

  /**
   * The main verb ("v:adopt") and verb + object ("vo:adopt>law"): past an opening that asks for more ("Continue
   * to", "Take all necessary measures to", "Consider ratifying"), the first word after its "to" (or its "-ing"
   * word); else the first word that is not an adverb. Plus "opening>verb" when they differ ("ov:take>ensure") and
   * how many capitalised words or acronyms follow the first word ("caps=2", capped at 3), also crossed with the
   * verb ("vc:adopt|caps=2", capped at 2): named laws, treaties and bodies mark a specific action.
   */
  static List<String> verbTerms(List<String> words, List<String> raw) {
    List<String> t = new ArrayList<>(4);
    if (words.isEmpty()) {
      return t;
    }
    int i = 0;
    while (i < words.size() - 1 && (words.get(i).endsWith("ly") || words.get(i).equals("also"))) {
      i++;
    }
    String opening = words.get(i);
    int verb = i;
    if (LEAD.contains(opening)) {
      int limit = Math.min(words.size() - 1, i + 9);
      for (int j = i + 1; j <= limit; j++) {
        String w = words.get(j);
        if (w.equals("to") && j + 1 < words.size()) {
          verb = j + 1;
          break;
        }
        if (w.endsWith("ing") && w.length() > 5) {
          verb = j;
          break;
        }
        if (!FILLER.contains(w)) {
          break;
        }
      }
    }
    while (verb < words.size() - 1 && (words.get(verb).endsWith("ly") || words.get(verb).equals("further")
        || words.get(verb).equals("also") || words.get(verb).equals("continue"))) {
      verb++;
    }
    String v = verbStem(words.get(verb));
    t.add("v:" + v);
    if (verb != i) {
      t.add("ov:" + opening + ">" + v);
    }
    int o = verb + 1;
    while (o < words.size() && BEFORE_OBJECT.contains(words.get(o))) {
      o++;
    }
    t.add("vo:" + v + ">" + (o < words.size() ? words.get(o) : "$"));
    int caps = 0;
    for (int j = 1; j < raw.size(); j++) {
      String w = raw.get(j);
      if (Character.isUpperCase(w.charAt(0))) {
        caps++;
      }
    }
    t.add("caps=" + Math.min(caps, 3));
    t.add("vc:" + v + "|caps=" + Math.min(caps, 2));
    return t;
  }

  /** "ratifying" -> "ratify", "establishing" -> "establish", "adopting" -> "adopt": enough to meet the base form. */
  private static String verbStem(String w) {
    if (w.endsWith("ying") && w.length() > 6) {
      return w.substring(0, w.length() - 3);
    }
    if (w.endsWith("ing") && w.length() > 5) {
      String stem = w.substring(0, w.length() - 3);
      if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
          && "bdgmnprt".indexOf(stem.charAt(stem.length() - 1)) >= 0) {
        return stem.substring(0, stem.length() - 1);
      }
      return stem;
    }
    return w;
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
