package org.uprlens.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateHistoryTest {
  // Term ids: 0 is in every row (too common, dropped); 1-2 "death penalty", 3-4 "torture", 5-6 "same-sex", 7 rare.
  private static final int[][] X = {
      {0, 1, 2}, {0, 3, 4}, {0, 5, 6}, // AAA, review A1
      {0, 1, 2, 7}, {0, 3, 4}, // AAA, review A2
      {0, 1, 2}, {0, 5, 6}, // BBB, review B1
      {0, 8}, {0, 9}, {0, 10}, {0, 11}, {0, 12}, {0, 13}, {0, 14}, {0, 15}, {0, 16}, {0, 17}, {0, 18}, {0, 19},
      {0, 20}, {0, 21}, {0, 22}, {0, 23}, {0, 24}, {0, 25}, {0, 26}}; // CCC, filler so that idf means something
  private static final String[] STATE = new String[X.length];
  private static final String[] REVIEW = new String[X.length];
  private static final int[] SUPPORTED = new int[X.length];

  static {
    String[] s = {"AAA", "AAA", "AAA", "AAA", "AAA", "BBB", "BBB"};
    String[] r = {"A1", "A1", "A1", "A2", "A2", "B1", "B1"};
    int[] y = {0, 1, 0, 1, 1, 1, -1};
    for (int i = 0; i < X.length; i++) {
      STATE[i] = i < s.length ? s[i] : "CCC";
      REVIEW[i] = i < s.length ? r[i] : "C1";
      SUPPORTED[i] = i < s.length ? y[i] : 1;
    }
  }

  private static StateHistory history() {
    return StateHistory.build(30, X, STATE, REVIEW, SUPPORTED, 16, 0.5);
  }

  @Test
  void aTrainingRowSeesOnlyTheOtherReviewsOfItsState() {
    StateHistory h = history();
    // "death penalty" in A2, leaving A2 out: the death-penalty row of A1 (Noted) is the nearest.
    StateHistory.Neighbours n = h.neighbours("AAA", new int[] {0, 1, 2, 7}, "A2");
    assertEquals(3, n.rows(), "the three rows of A1");
    assertEquals(1, n.supported());
    assertFalse(n.topSupported());
    assertTrue(n.topSimilarity() > 0.6 && n.topSimilarity() < 1, "shares 2 of 3 rare terms: " + n.topSimilarity());
    assertEquals(0.0, n.weightedRate(), 1e-9, "only the death-penalty row is similar");
    // A new review of AAA sees both reviews: the identical A2 row (Supported) comes first.
    StateHistory.Neighbours all = h.neighbours("AAA", new int[] {0, 1, 2, 7}, null);
    assertEquals(5, all.rows());
    assertTrue(all.topSupported());
    assertEquals(1.0, all.topSimilarity(), 1e-9);
    assertTrue(all.weightedRate() > 0.5 && all.weightedRate() < 1, "one Noted neighbour too: " + all.weightedRate());
  }

  @Test
  void unknownStatesUnlabelledRowsAndOwnOnlyReviewsGiveNoHistory() {
    StateHistory h = history();
    assertEquals(StateHistory.Neighbours.NONE, h.neighbours("ZZZ", new int[] {1, 2}, null));
    assertEquals(StateHistory.Neighbours.NONE, h.neighbours(null, new int[] {1, 2}, null));
    assertEquals(StateHistory.Neighbours.NONE, h.neighbours("BBB", new int[] {1, 2}, "B1"), "B1 is BBB's only review");
    assertEquals(1, h.neighbours("BBB", new int[] {1, 2}, null).rows(), "the unlabelled row is not stored");
    assertEquals(List.of("hist:none"), StateHistory.terms(StateHistory.Neighbours.NONE));
  }

  @Test
  void termsBinTheRateTheNearestResponseAndTheWeightedRate() {
    StateHistory h = history();
    List<String> t = StateHistory.terms(h.neighbours("AAA", new int[] {0, 1, 2, 7}, "A2"));
    assertEquals(List.of("hist:rate=3", "hist:nn=N|s=3", "hist:knn=0|s=3", "hist:knn=0"), t);
    List<String> unrelated = StateHistory.terms(h.neighbours("AAA", new int[] {0, 9}, null));
    assertEquals(List.of("hist:rate=6", "hist:nn=none"), unrelated, "no shared rare term: no neighbour");
  }

  @Test
  void rarestTermsAreCappedAndSorted() {
    float[] idf = {0f, 3f, 1f, 2f, 5f};
    assertArrayEquals(new int[] {1, 4}, StateHistory.rarest(new int[] {0, 1, 2, 3, 4}, idf, 2));
    assertArrayEquals(new int[] {2, 3}, StateHistory.rarest(new int[] {0, 2, 3}, idf, 5), "idf 0 is never kept");
  }

  @Test
  void survivesSerialisationAndRebuildsItsIndex() throws Exception {
    StateHistory h = history();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(h);
    }
    StateHistory copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (StateHistory) in.readObject();
    }
    assertEquals(h.neighbours("AAA", new int[] {0, 3, 4}, null), copy.neighbours("AAA", new int[] {0, 3, 4}, null));
    assertEquals(3, copy.states());
    assertEquals(25, copy.rows(), "BBB's unlabelled row is not stored");
  }
}
