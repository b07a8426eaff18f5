package org.uprlens.classify;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The organisations each State belongs to (the OIC, the African Union, the EU, the Commonwealth, ...), as the
 * training data records them, and the support terms they give.
 *
 * <p>Why: a State reviewed for the first time has no responses of its own to learn from, and more than half of the
 * held-out rows in a grouped cross-validation are such reviews. Its regional group says little (Asia-Pacific spans
 * very different States); the organisations it belongs to are known for every State and say more about which
 * recommendations it accepts, alone and crossed with the issue ("iss:Death penalty|surorg:Commonwealth"). Learnt
 * from the data's own columns ({@code sur_orgs}, {@code recommending_orgs}), so the model carries them: a document
 * never states them.
 */
public final class Memberships implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final Memberships NONE = new Memberships(new TreeMap<>());

  /** ISO 3166 alpha-3 code to the organisations' short names, sorted. */
  private final TreeMap<String, List<String>> byState;

  private Memberships(TreeMap<String, List<String>> byState) {
    this.byState = byState;
  }

  /**
   * The union of what {@code perRow} says (each a map of State to its organisations), keyed by ISO code; a State
   * named two ways counts once, a name no States table knows is left out.
   */
  public static Memberships of(Collection<Map<String, List<String>>> perRow) {
    TreeMap<String, TreeSet<String>> union = new TreeMap<>();
    for (Map<String, List<String>> row : perRow) {
      for (Map.Entry<String, List<String>> e : row.entrySet()) {
        String iso = SupportFeatures.iso(e.getKey());
        if (iso != null && !e.getValue().isEmpty()) {
          union.computeIfAbsent(iso, k -> new TreeSet<>()).addAll(e.getValue());
        }
      }
    }
    TreeMap<String, List<String>> byState = new TreeMap<>();
    union.forEach((iso, orgs) -> byState.put(iso, List.copyOf(orgs)));
    return new Memberships(byState);
  }

  /** How many States have at least one organisation. */
  public int states() {
    return byState.size();
  }

  /** The organisations of a State given by name or ISO code; empty when unknown. */
  public List<String> organisations(String state) {
    String iso = SupportFeatures.iso(state);
    return iso == null ? List.of() : byState.getOrDefault(iso, List.of());
  }

  /**
   * The State under review's organisations ("surorg:OIC"), each crossed with the recommendation's issues; the
   * recommending States' ("rsorg:EU"), and the organisations both sides share ("sameorg:AU").
   */
  public List<String> terms(Context context, Collection<String> issues) {
    List<String> t = new ArrayList<>();
    List<String> sur = organisations(context.stateUnderReview());
    for (String org : sur) {
      t.add("surorg:" + org);
      for (String issue : issues) {
        t.add("iss:" + issue + "|surorg:" + org);
      }
    }
    for (String state : context.recommendingStates()) {
      for (String org : organisations(state)) {
        t.add("rsorg:" + org);
        if (sur.contains(org)) {
          t.add("sameorg:" + org);
        }
      }
    }
    return t;
  }
}
