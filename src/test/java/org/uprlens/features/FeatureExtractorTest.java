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

  private static List<String> verbTermsOf(String text) {
    return FeatureExtractor.terms(text, new FeatureExtractor.Options(1, 10, 1, 0, true)).stream()
        .filter(t -> t.startsWith("v:") || t.startsWith("vo:") || t.startsWith("ov:") || t.startsWith("caps=")
            || t.startsWith("vc:"))
        .toList();
  }

  @Test
  void theMainVerbIsFoundPastAnOpeningThatAsksForMore() {
    assertEquals(List.of("v:adopt", "ov:take>adopt", "vo:adopt>law", "caps=0", "vc:adopt|caps=0"),
        verbTermsOf("Take all necessary measures to adopt the necessary law"));
    assertEquals(List.of("v:ratify", "ov:consider>ratify", "vo:ratify>optional", "caps=2",
        "vc:ratify|caps=2"),
        verbTermsOf("Consider the possibility of ratifying the Optional Protocol"));
    assertEquals(List.of("v:ensure", "ov:continue>ensure", "vo:ensure>that", "caps=0",
        "vc:ensure|caps=0"),
        verbTermsOf("Continue its efforts to ensure that children are protected"));
    assertEquals(List.of("v:abolish", "vo:abolish>death", "caps=0", "vc:abolish|caps=0"), verbTermsOf("Swiftly abolish the death penalty"));
    assertEquals(List.of("v:strengthen", "vo:strengthen>nhri", "caps=1", "vc:strengthen|caps=1"), verbTermsOf("Strengthen its NHRI"),
        "no 'to' after the opening: the opening is the verb");
    assertTrue(verbTermsOf("").isEmpty());
  }

  @Test
  void verbTermsAreOffUnlessAsked() {
    assertTrue(FeatureExtractor.terms("Take measures to adopt a law", new FeatureExtractor.Options(2, 10, 1, 3))
        .stream().noneMatch(t -> t.startsWith("v:")));
  }

  @Test
  void frequentVerbTermsComeOnTopOfTheNgramCap() {
    List<String> texts = java.util.Collections.nCopies(5, "Take measures to adopt a law");
    FeatureExtractor withVerbs = FeatureExtractor.fit(new FeatureExtractor.Options(1, 3, 1, 0, true), texts);
    FeatureExtractor without = FeatureExtractor.fit(new FeatureExtractor.Options(1, 3, 1, 0, false), texts);
    // 3 words (the cap) + v:adopt, ov:take>adopt, vo:adopt>law, caps=0, vc:adopt|caps=0, each in 5 texts.
    assertEquals(3, without.dimension());
    assertEquals(8, withVerbs.dimension());
    assertArrayEquals(without.features("take measures to adopt a law"),
        java.util.Arrays.copyOf(withVerbs.features("take measures to adopt a law"), 3), "the n-grams keep their ids");
    FeatureExtractor rare = FeatureExtractor.fit(new FeatureExtractor.Options(1, 3, 1, 0, true), texts.subList(0, 4));
    assertEquals(3, rare.dimension(), "verb terms in fewer than 5 texts are dropped");
  }

  @Test
  void actionCuesAreTheOpeningAndVerbTermsOnly() {
    List<String> texts = java.util.Collections.nCopies(5, "Take measures to adopt a law");
    FeatureExtractor f = FeatureExtractor.fit(new FeatureExtractor.Options(1, 100, 1, 2, true), texts);
    // 6 words, ^take and ^take measure, and the 5 verb terms of the test above.
    assertEquals(13, f.dimension());
    boolean[] cues = f.actionCues();
    assertEquals(13, cues.length);
    int chosen = 0;
    for (boolean c : cues) {
      chosen += c ? 1 : 0;
    }
    assertEquals(7, chosen);
    assertEquals(13 - 7, FeatureExtractor.fit(new FeatureExtractor.Options(1, 100, 1, 0, false), texts).dimension(),
        "what is not a cue is the plain words");
  }
}
