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

  private SupportFeatures(int offset, HashMap<String, Integer> vocabulary) {
    this.offset = offset;
    this.vocabulary = vocabulary;
  }

  /** Keeps the terms seen in at least {@code minDf} training rows; ids start at {@code offset}. */
  public static SupportFeatures fit(int offset, Collection<List<String>> termsPerRow, int minDf) {
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
    return new SupportFeatures(offset, vocabulary);
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
