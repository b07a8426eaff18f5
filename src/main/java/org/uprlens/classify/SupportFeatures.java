package org.uprlens.classify;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.uprlens.States;

/**
 * Needs: a {@link Context} and the predicted issues and action category of a recommendation. Produces: sparse binary
 * features for the support model, placed after the text features ({@code offset}).
 *
 * <p>Why these: the share of Noted recommendations depends strongly on who recommends (WEOG about 34%, Asia about
 * 12%), on the State under review, on the pair, and on what is asked (action category 3 and 5, some issues); a
 * linear model needs the crossings spelled out. Regional groups come from {@link States}, so a document naming
 * a State in any of its spellings gets the same features as the training data.
 */
public final class SupportFeatures implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int offset;
  private final HashMap<String, Integer> vocabulary;
  /** Supported and labelled counts of the training rows per context term, or null when priors are off. */
  private final Priors priors;
  private final boolean openingCross;
  /** The State under review's own past responses, or null when the model does not use them. */
  private final StateHistory history;
  /** Whether the one-hot terms of the State under review (and of pairs with it) are left out for the history. */
  private final boolean historyOnly;
  /** The organisations of the States, or null in a model trained before they were read (none). */
  private final Memberships memberships;

  private SupportFeatures(int offset, HashMap<String, Integer> vocabulary, Priors priors, boolean openingCross,
                          StateHistory history, boolean historyOnly, Memberships memberships) {
    this.offset = offset;
    this.memberships = memberships;
    this.historyOnly = historyOnly;
    this.vocabulary = vocabulary;
    this.priors = priors == null ? null : priors.totals();
    this.openingCross = openingCross;
    this.history = history;
  }

  /** Keeps the terms seen in at least {@code minDf} training rows; ids start at {@code offset}. */
  public static SupportFeatures fit(int offset, Collection<List<String>> termsPerRow, int minDf) {
    return fit(offset, termsPerRow, minDf, null, false);
  }

  /**
   * As {@link #fit(int, Collection, int)}, keeping the support counts behind {@link #enrich} (null: none) and
   * whether the State under review is crossed with the opening word. {@code termsPerRow} must be enriched already.
   */
  public static SupportFeatures fit(int offset, Collection<List<String>> termsPerRow, int minDf, Priors priors,
                                    boolean openingCross) {
    return fit(offset, termsPerRow, minDf, priors, openingCross, null, false, Memberships.NONE);
  }

  /**
   * As above, with the State history behind {@link #withHistory} (null: none) and the memberships the terms were
   * made with ({@link #terms(Context, Collection, int, Memberships)}), which prediction must use too.
   */
  public static SupportFeatures fit(int offset, Collection<List<String>> termsPerRow, int minDf, Priors priors,
                                    boolean openingCross, StateHistory history, boolean historyOnly,
                                    Memberships memberships) {
    Map<String, Integer> df = new TreeMap<>();
    for (List<String> terms : termsPerRow) {
      for (String t : new LinkedHashSet<>(terms)) {
        df.merge(t, 1, Integer::sum);
      }
    }
    HashMap<String, Integer> vocabulary = new HashMap<>();
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      if (e.getValue() >= minDf) {
        vocabulary.put(e.getKey(), offset + vocabulary.size());
      }
    }
    return new SupportFeatures(offset, vocabulary, priors, openingCross, history, historyOnly, memberships);
  }

  /** The organisations this model knows the States by (none for a model trained without them). */
  public Memberships memberships() {
    return memberships == null ? Memberships.NONE : memberships;
  }

  /** The State history this model reads, or null. */
  public StateHistory history() {
    return history;
  }

  /**
   * {@code terms} plus, when the model has a {@link StateHistory}, what the State under review answered to its
   * most similar past recommendations (all stored reviews count: the document is new).
   */
  public List<String> withHistory(List<String> terms, int[] text, Context context) {
    if (history == null) {
      return terms;
    }
    List<String> t = new ArrayList<>(historyOnly ? withoutState(terms) : terms);
    t.addAll(StateHistory.terms(history.neighbours(iso(context.stateUnderReview()), text, null),
        StateHistory.actionTerm(terms)));
    return t;
  }

  /**
   * The terms without those naming the State under review ("sur:FRA", "dyad:CUB>FRA", "act:5|sur:FRA"): in
   * training they are learnt from the row's own review as well, which a new review never offers.
   */
  public static List<String> withoutState(List<String> terms) {
    return terms.stream().filter(t -> !t.startsWith("sur:") && !t.startsWith("dyad:") && !t.contains("|sur:"))
        .toList();
  }

  /** The ISO 3166 alpha-3 code of a State given by name or code, or null when unknown. */
  public static String iso(String state) {
    return resolve(state).map(States.State::iso3).orElse(null);
  }

  /**
   * Supported and labelled counts per context term ("sur:FRA", "rs:CUB", "dyad:CUB>FRA", "rsg:GRULAC>WEOG"), in
   * total and per review, so that a training row's prior can leave its own review out: the model must learn how
   * far a State's behaviour in <em>other</em> reviews predicts this one, which is all it knows of a new review.
   */
  public static final class Priors implements Serializable {
    private static final long serialVersionUID = 1L;
    private final HashMap<String, int[]> counts = new HashMap<>();
    private final Map<String, HashMap<String, int[]>> byReview = new HashMap<>();
    private int supported;
    private int labelled;

    public void add(String review, List<String> terms, boolean isSupported) {
      supported += isSupported ? 1 : 0;
      labelled++;
      HashMap<String, int[]> own = byReview.computeIfAbsent(review, r -> new HashMap<>());
      for (String t : new LinkedHashSet<>(terms)) {
        if (isPriorKey(t)) {
          int[] c = counts.computeIfAbsent(t, k -> new int[2]);
          int[] o = own.computeIfAbsent(t, k -> new int[2]);
          c[0] += isSupported ? 1 : 0;
          c[1]++;
          o[0] += isSupported ? 1 : 0;
          o[1]++;
        }
      }
    }

    /** The counts a row of this review must not see (empty for an unknown review). */
    public Map<String, int[]> ofReview(String review) {
      return byReview.getOrDefault(review, new HashMap<>());
    }

    double globalRate() {
      return labelled == 0 ? 0.5 : (double) supported / labelled;
    }

    /** A copy for prediction: the totals, without the per-review counts. */
    Priors totals() {
      Priors p = new Priors();
      p.counts.putAll(counts);
      p.supported = supported;
      p.labelled = labelled;
      return p;
    }
  }

  private static boolean isPriorKey(String t) {
    return t.startsWith("sur:") || t.startsWith("rs:") || t.startsWith("dyad:")
        || (t.startsWith("rsg:") && t.indexOf('>') > 0 && t.indexOf('|') < 0);
  }

  /** Pseudo-count of the smoothing toward the global rate: a State seen in a few rows says little. */
  private static final int PRIOR_WEIGHT = 20;
  private static final int PRIOR_BINS = 20;

  /**
   * The base {@link #terms} plus, when fitted with them, the binned prior support rate of each State, pair and
   * group pair ("prior|sur=16": 80-85% supported in the other reviews, smoothed), leaving out the counts in
   * {@code exclude} (a training row's own review; empty at prediction), and the State under review crossed with
   * the opening word ("sur:FRA|^ratify"): what a State accepts depends on what it is asked to do.
   */
  public List<String> enrich(List<String> base, String text, Map<String, int[]> exclude) {
    return enrich(base, text, exclude, priors, openingCross);
  }

  /** As {@link #enrich(List, String, Map)}, before a SupportFeatures exists (training). */
  public static List<String> enrich(List<String> base, String text, Map<String, int[]> exclude, Priors priors,
                                    boolean openingCross) {
    if (priors == null && !openingCross) {
      return base;
    }
    List<String> t = new ArrayList<>(base);
    String opening = openingCross ? openingWord(text) : null;
    double g = priors == null ? 0 : priors.globalRate();
    for (String key : base) {
      if (priors != null && isPriorKey(key)) {
        int[] c = priors.counts.get(key);
        int[] own = exclude.get(key);
        int s = (c == null ? 0 : c[0]) - (own == null ? 0 : own[0]);
        int n = (c == null ? 0 : c[1]) - (own == null ? 0 : own[1]);
        String kind = key.substring(0, key.indexOf(':'));
        kind = kind.equals("rsg") ? "pair" : kind;
        if (n <= 0) {
          t.add("prior|" + kind + "=none");
        } else {
          double rate = (s + PRIOR_WEIGHT * g) / (n + PRIOR_WEIGHT);
          t.add("prior|" + kind + "=" + Math.min(PRIOR_BINS - 1, (int) (rate * PRIOR_BINS)));
        }
      }
      if (opening != null && key.startsWith("sur:")) {
        t.add(key + "|^" + opening);
      }
    }
    return t;
  }

  /** The first word, lower-cased letters only ("Ratify" -> "ratify"), or "" when there is none. */
  static String openingWord(String text) {
    if (text == null) {
      return "";
    }
    int i = 0;
    while (i < text.length() && !Character.isLetter(text.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return text.substring(i, j).toLowerCase(Locale.ROOT);
  }

  public int dimension() {
    return offset + vocabulary.size();
  }

  /** The text features followed by the context terms known to the vocabulary, sorted. */
  public int[] features(int[] text, List<String> terms) {
    int[] ids = new int[terms.size()];
    int n = 0;
    for (String t : terms) {
      Integer id = vocabulary.get(t);
      if (id != null) {
        ids[n++] = id;
      }
    }
    Arrays.sort(ids, 0, n);
    int[] x = new int[text.length + n];
    System.arraycopy(text, 0, x, 0, text.length);
    int m = text.length;
    for (int i = 0; i < n; i++) {
      if (i == 0 || ids[i] != ids[i - 1]) {
        x[m++] = ids[i];
      }
    }
    return m == x.length ? x : Arrays.copyOf(x, m);
  }

  /** As {@link #terms(Context, Collection, int)}, plus the States' organisations ({@link Memberships#terms}). */
  public static List<String> terms(Context context, Collection<String> issues, int action, Memberships memberships) {
    List<String> t = terms(context, issues, action);
    t.addAll(memberships.terms(context, issues));
    return t;
  }

  /** The context terms of one recommendation. {@code action} is 1..5, or 0 when unknown. */
  public static List<String> terms(Context context, Collection<String> issues, int action) {
    List<String> t = new ArrayList<>();
    Set<String> groups = new LinkedHashSet<>();
    List<String> recommenders = new ArrayList<>();
    for (String name : context.recommendingStates()) {
      Optional<States.State> s = resolve(name);
      if (s.isPresent()) {
        recommenders.add(s.get().iso3());
        groups.add(s.get().region());
      }
    }
    Optional<States.State> sur = resolve(context.stateUnderReview());
    String surIso = sur.map(States.State::iso3).orElse("none");
    String surGroup = sur.map(States.State::region).orElse("none");
    if (recommenders.isEmpty()) {
      t.add("rs:none");
      t.add("actor:" + (context.actorType() == null ? "unknown" : context.actorType().toLowerCase(Locale.ROOT)));
      groups.add("none");
    }
    for (String rs : recommenders) {
      t.add("rs:" + rs);
      t.add("dyad:" + rs + ">" + surIso);
    }
    t.add("sur:" + surIso);
    t.add("surg:" + surGroup);
    String act = "act:" + action;
    t.add(act);
    t.add(act + "|sur:" + surIso);
    t.add(act + "|surg:" + surGroup);
    for (String g : groups) {
      t.add("rsg:" + g);
      t.add("rsg:" + g + ">" + surGroup);
      t.add(act + "|rsg:" + g);
      if (g.equals(surGroup) && !g.equals("none")) {
        t.add("same_group");
      }
    }
    for (String issue : issues) {
      String i = "iss:" + issue;
      t.add(i);
      t.add(i + "|sur:" + surIso);
      t.add(i + "|surg:" + surGroup);
      t.add(i + "|" + act);
      for (String g : groups) {
        t.add(i + "|rsg:" + g);
      }
    }
    return t;
  }

  /** Names seen before: normalising a name costs more than the rest of a prediction. Bounded. */
  private static final Map<String, Optional<States.State>> RESOLVED = new ConcurrentHashMap<>();

  private static Optional<States.State> resolve(String state) {
    if (state == null || state.isBlank()) {
      return Optional.empty();
    }
    Optional<States.State> known = RESOLVED.get(state);
    if (known != null) {
      return known;
    }
    Optional<States.State> byIso = state.length() == 3 ? States.byIso3(state) : Optional.empty();
    Optional<States.State> found = byIso.isPresent() ? byIso : States.byName(state);
    if (RESOLVED.size() < 10_000) {
      RESOLVED.put(state, found);
    }
    return found;
  }
}
