package org.uprlens.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {
  private static final List<String> TEXTS = List.of(
      "Ratify the Convention against Torture",
      "Ratify the Optional Protocol to the Convention",
      "Abolish the death penalty",
      "Abolish the death penalty for all crimes in 2025");

  @Test
  void termsAreLowerCasedNgramsWithNumbersFoldedAndPluralsDropped() {
    assertEquals(List.of("abolish", "abolish crime", "crime", "crime in", "in", "in #", "#"),
        FeatureExtractor.terms("Abolish crimes in 2025", 2));
    assertEquals(List.of("access", "process"), FeatureExtractor.terms("access process", 1));
  }

  @Test
  void vocabularyKeepsFrequentTermsUpToTheCap() {
    FeatureExtractor all = FeatureExtractor.fit(new FeatureExtractor.Options(2, 1000, 2), TEXTS);
    // "the" occurs in all four texts; "ratify the", "the convention", "abolish the", "the death"... in two.
    assertTrue(all.dimension() > 5, "vocabulary " + all.dimension());
    FeatureExtractor capped = FeatureExtractor.fit(new FeatureExtractor.Options(2, 3, 2), TEXTS);
    assertEquals(3, capped.dimension());
    assertArrayEquals(new int[] {0}, capped.features("the"), "the most frequent term gets index 0");
  }

  @Test
  void featuresAreSortedUniqueAndDeterministic() {
    FeatureExtractor a = FeatureExtractor.fit(FeatureExtractor.Options.defaults(), TEXTS);
    FeatureExtractor b = FeatureExtractor.fit(FeatureExtractor.Options.defaults(), TEXTS);
    int[] x = a.features("Abolish the death penalty, abolish the death penalty");
    assertArrayEquals(x, b.features("Abolish the death penalty, abolish the death penalty"));
    for (int i = 1; i < x.length; i++) {
      assertTrue(x[i - 1] < x[i]);
    }
    assertEquals(0, a.features("entirely unseen words").length);
  }

  @Test
  void optionsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> new FeatureExtractor.Options(0, 10, 1));
    assertThrows(IllegalArgumentException.class, () -> new FeatureExtractor.Options(2, 0, 1));
  }
}
