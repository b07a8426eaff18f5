package org.uprlens.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupedFoldsTest {
  private static List<String> groups() {
    List<String> groups = new ArrayList<>();
    for (int g = 0; g < 40; g++) {
      for (int r = 0; r < 5 + g % 7 * 10; r++) {
        groups.add("review-" + g);
      }
    }
    return groups;
  }

  @Test
  void aGroupNeverSpansTwoFolds() {
    List<String> groups = groups();
    int[] folds = GroupedFolds.assign(groups, 5, 1);
    Map<String, Integer> foldOf = new HashMap<>();
    for (int i = 0; i < folds.length; i++) {
      Integer previous = foldOf.putIfAbsent(groups.get(i), folds[i]);
      assertTrue(previous == null || previous == folds[i], groups.get(i) + " is in two folds");
    }
  }

  @Test
  void foldsAreEvenAndDeterministic() {
    List<String> groups = groups();
    int[] folds = GroupedFolds.assign(groups, 5, 1);
    int[] sizes = new int[5];
    for (int f : folds) {
      sizes[f]++;
    }
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (int s : sizes) {
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    assertTrue(max - min <= 65, "fold sizes " + java.util.Arrays.toString(sizes));
    assertArrayEquals(folds, GroupedFolds.assign(groups, 5, 1));
    assertEquals(false, java.util.Arrays.equals(folds, GroupedFolds.assign(groups, 5, 2)));
  }

  @Test
  void moreFoldsThanGroupsIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> GroupedFolds.assign(List.of("a", "b"), 3, 1));
  }
}
