package org.uprlens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Needs: a document's text. Produces: the acronyms it defines, "the Sahel Lawyers Network (SLN)", "Commission
 * nationale des droits de l'homme (CNDH)", each with the name it stands for, so that a later "SLN recommends" is
 * credited to, and typed as, the Sahel Lawyers Network (an NGO), and "NHRC urged" as the national human rights
 * commission it is rather than an unknown acronym.
 *
 * <p>A definition counts only when the acronym's letters are the initials of the words just before it, where small
 * words ("of", "the", "des") may be left out and "l'homme" counts as "homme": "Prisons (PR)" defines nothing.
 */
final class Acronyms {
  private static final Pattern DEFINED = Pattern.compile("\\((\\p{Lu}[\\p{Lu}&-]{1,9})\\)");
  /** Small words a name's acronym leaves out, in the languages UN documents quote names in. */
  static final Set<String> SMALL = Set.of("of", "for", "the", "and", "on", "in", "to", "against", "de", "des",
      "du", "la", "le", "les", "pour", "et", "del", "los", "las", "y", "e", "da", "do", "dos", "das");
  /** A name has at most this many words. */
  private static final int MAX_WORDS = 12;

  private Acronyms() {}

  /** Acronym → the name it stands for, as printed; the first definition of an acronym wins. */
  static Map<String, String> definedIn(String text) {
    Map<String, String> found = new HashMap<>();
    Matcher m = DEFINED.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      if (!found.containsKey(acronym)) {
        String name = nameBefore(text, m.start(), acronym.replaceAll("[&-]", "").toLowerCase(Locale.ROOT));
        if (name != null) {
          found.put(acronym, name);
        }
      }
    }
    return found;
  }

  /** The words ending just before {@code end} whose initials spell {@code letters}, or null. */
  private static String nameBefore(String text, int end, String letters) {
    List<int[]> words = new ArrayList<>();   // [start, end] of each word, the nearest first
    int at = end;
    while (words.size() < MAX_WORDS) {
      int wordEnd = at;
      while (wordEnd > 0 && Character.isWhitespace(text.charAt(wordEnd - 1))) {
        wordEnd--;   // a name may wrap onto the next line of a PDF
      }
      int wordStart = wordEnd;
      while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1))
          || "'’-".indexOf(text.charAt(wordStart - 1)) >= 0)) {
        wordStart--;
      }
      if (wordStart == wordEnd) {
        break;   // a comma, a bracket, a digit: the name does not run on over it
      }
      words.add(new int[] {wordStart, wordEnd});
      at = wordStart;
    }
    int first = spell(text, words, 0, letters, letters.length());
    return first < 0 ? null : text.substring(words.get(first)[0], end).strip();
  }

  /**
   * Whether words {@code i} on (counting away from the acronym) spell the first {@code left} letters, read
   * backwards; the index of the name's first word, or -1. A small word may be spelt or left out: "Convention
   * against Torture (CAT)", "Convention on the Rights of the Child (CRC)".
   */
  private static int spell(String text, List<int[]> words, int i, String letters, int left) {
    if (i >= words.size()) {
      return -1;
    }
    String word = text.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT)
        .replaceFirst("^(?:l|d)['’]", "");   // "l'homme", "d'Ivoire"
    if (!word.isEmpty() && word.charAt(0) == letters.charAt(left - 1)) {
      int found = left == 1 ? i : spell(text, words, i + 1, letters, left - 1);
      if (found >= 0) {
        return found;
      }
    }
    return SMALL.contains(word) ? spell(text, words, i + 1, letters, left) : -1;
  }
}
