package org.uprlens.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsTest {
  @Test
  void microAndMacroF1() {
    List<Set<String>> truth = List.of(Set.of("a", "b"), Set.of("a"), Set.of("c"));
    List<Set<String>> predicted = List.of(Set.of("a"), Set.of("a", "c"), Set.of("c"));
    // tp: a, a, c = 3; fp: c = 1; fn: b = 1
    Metrics.Prf micro = Metrics.micro(truth, predicted);
    assertEquals(0.75, micro.precision(), 1e-12);
    assertEquals(0.75, micro.recall(), 1e-12);
    assertEquals(0.75, micro.f1(), 1e-12);
    // a: 1.0; b: 0.0; c: p=1/2 r=1 f=2/3
    assertEquals((1.0 + 0.0 + 2.0 / 3) / 3, Metrics.macroF1(List.of("a", "b", "c", "never"), truth, predicted),
        1e-12);
  }

  @Test
  void rocAucCountsTiesAsHalf() {
    boolean[] positive = {true, true, false, false};
    assertEquals(1.0, Metrics.rocAuc(positive, new double[] {0.9, 0.8, 0.2, 0.1}), 1e-12);
    assertEquals(0.0, Metrics.rocAuc(positive, new double[] {0.1, 0.2, 0.8, 0.9}), 1e-12);
    assertEquals(0.5, Metrics.rocAuc(positive, new double[] {0.5, 0.5, 0.5, 0.5}), 1e-12);
    assertEquals(0.75, Metrics.rocAuc(positive, new double[] {0.9, 0.3, 0.5, 0.1}), 1e-12);
  }

  @Test
  void accuracyAndBrier() {
    boolean[] positive = {true, false};
    assertEquals(0.5, Metrics.accuracy(positive, new double[] {0.7, 0.6}), 1e-12);
    assertEquals((0.09 + 0.36) / 2, Metrics.brier(positive, new double[] {0.7, 0.6}), 1e-12);
  }

  @Test
  void averagePrecisionOfARanking() {
    // ranking: +, -, +, - : precision at the positives 1/1 and 2/3
    boolean[] positive = {true, false, true, false};
    double[] score = {0.9, 0.8, 0.7, 0.1};
    assertEquals((1.0 + 2.0 / 3) / 2, Metrics.averagePrecision(positive, score), 1e-12);
  }

  @Test
  void reliabilityTableBinsPredictedAgainstObserved() {
    boolean[] positive = {true, false, true, true};
    double[] score = {0.05, 0.08, 0.95, 1.0};
    List<Metrics.Bin> table = Metrics.reliability(positive, score, 10);
    assertEquals(10, table.size());
    assertEquals(2, table.get(0).n());
    assertEquals(0.065, table.get(0).meanPredicted(), 1e-12);
    assertEquals(0.5, table.get(0).observed(), 1e-12);
    assertEquals(2, table.get(9).n(), "a probability of 1 falls in the last bin");
    assertEquals(0, table.get(5).n());
  }

  @Test
  void confusionMatrixAndItsMacroF1() {
    long[][] m = Metrics.confusion(new int[] {0, 0, 1, 2}, new int[] {0, 1, 1, 2}, 3);
    assertEquals(1, m[0][0]);
    assertEquals(1, m[0][1]);
    // class 0: p 1 r 1/2 -> 2/3; class 1: p 1/2 r 1 -> 2/3; class 2: 1
    assertEquals((2.0 / 3 + 2.0 / 3 + 1) / 3, Metrics.macroF1(m), 1e-12);
  }
}
