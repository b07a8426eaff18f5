package org.uprlens.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * K folds in which every group (a review: State + session) falls wholly in one fold, so that near-identical
 * recommendations of one review never sit on both sides of a split. Groups are shuffled with the seed, then placed
 * largest first into the fold with the fewest rows, which keeps fold sizes even.
 */
public final class GroupedFolds {
  private GroupedFolds() {}

  /** The fold (0..k-1) of each row. */
  public static int[] assign(List<String> groups, int k, long seed) {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (String g : groups) {
      sizes.merge(g, 1, Integer::sum);
    }
    if (k < 2 || k > sizes.size()) {
      throw new IllegalArgumentException("folds must be between 2 and the number of groups (" + sizes.size()
          + "): " + k);
    }
    List<String> order = new ArrayList<>(sizes.keySet());
    Collections.sort(order);
    Collections.shuffle(order, new Random(seed));
    order.sort(Comparator.comparing(sizes::get, Comparator.reverseOrder()));
    long[] rows = new long[k];
    Map<String, Integer> foldOf = new LinkedHashMap<>();
    for (String g : order) {
      int best = 0;
      for (int f = 1; f < k; f++) {
        if (rows[f] < rows[best]) {
          best = f;
        }
      }
      foldOf.put(g, best);
      rows[best] += sizes.get(g);
    }
    int[] folds = new int[groups.size()];
    for (int i = 0; i < folds.length; i++) {
      folds[i] = foldOf.get(groups.get(i));
    }
    return folds;
  }
}
