package org.uprlens.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells which of the six UN languages a text is in: the script for Arabic, Chinese and Russian, the share of each
 * language's commonest function words for English, French and Spanish. Enough to keep non-English documents away
 * from English-only extraction; not a general language identifier.
 */
public final class Languages {
  public static final String ENGLISH = "en";

  private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
      "en", Set.of("the", "of", "and", "to", "in", "that", "is", "for", "on", "with", "by", "was", "its", "be"),
      "fr", Set.of("le", "la", "les", "des", "et", "du", "de", "pour", "dans", "une", "est", "sur", "aux", "que"),
      "es", Set.of("el", "la", "los", "las", "de", "y", "del", "en", "que", "por", "para", "con", "una", "se"));

  private static final int SAMPLE = 20_000;
  private static final int LONGEST_FUNCTION_WORD = FUNCTION_WORDS.values().stream().flatMap(Set::stream)
      .mapToInt(String::length).max().orElse(0);

  private Languages() {}

  /** ISO 639-1 code, or null when the text is too short or has too few letters to tell. */
  public static String detect(String text) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    int latin = 0;
    int cyrillic = 0;
    int arabic = 0;
    int han = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (c < 128) {   // most of an English text: no script lookup needed
        latin += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? 1 : 0;
        continue;
      }
      if (!Character.isLetter(c)) {
        continue;
      }
      switch (Character.UnicodeScript.of(c)) {
        case LATIN -> latin++;
        case CYRILLIC -> cyrillic++;
        case ARABIC -> arabic++;
        case HAN -> han++;
        default -> { }
      }
    }
    int letters = latin + cyrillic + arabic + han;
    if (letters < 40) {
      return null;
    }
    if (cyrillic > letters / 2) {
      return "ru";
    }
    if (arabic > letters / 2) {
      return "ar";
    }
    if (han > letters / 4) {
      return "zh";
    }
    Map<String, Integer> hits = new java.util.HashMap<>();
    int words = 0;
    String lower = sample.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); ) {
      int start = i;
      while (i < lower.length() && Character.isLetter(lower.codePointAt(i))) {
        i += Character.charCount(lower.codePointAt(i));
      }
      if (i == start) {
        i += Character.charCount(lower.codePointAt(i));
        continue;
      }
      words++;
      if (i - start > LONGEST_FUNCTION_WORD) {
        continue;   // most words: no substring, no lookups
      }
      String word = lower.substring(start, i);
      for (var e : FUNCTION_WORDS.entrySet()) {
        if (e.getValue().contains(word)) {
          hits.merge(e.getKey(), 1, Integer::sum);
        }
      }
    }
    String best = null;
    int bestHits = 0;
    for (var e : hits.entrySet()) {
      if (e.getValue() > bestHits) {
        best = e.getKey();
        bestHits = e.getValue();
      }
    }
    // Too few function words: a list, a table, a title page; say nothing rather than guess.
    int enough = Math.max(3, words / 25);
    if (words < 20 || bestHits < enough) {
      return null;
    }
    // A bilingual text ("Statement / Déclaration", a Canadian or Swiss document in two languages) is read for its
    // English half: its other half yields nothing, but it is no reason to lose the English.
    int english = hits.getOrDefault(ENGLISH, 0);
    return english >= enough && 3 * english >= bestHits ? ENGLISH : best;
  }
}
