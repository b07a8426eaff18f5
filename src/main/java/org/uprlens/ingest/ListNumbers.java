package org.uprlens.ingest;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Automatic numbering, which a list paragraph's text does not hold (Word, OpenDocument): each item is written with
 * its bullet or number as the editor shows it, so that a list of asks reads as printed: "124.1 " where the level's
 * text is "%1.%2" (Word's paragraph numbering, as a Working Group report's recommendations may have it), else in our
 * own style ("\u2022 ", "2. ", "b) ", "iv) "; "\u25E6 " for a bullet under another item). Counted per list and
 * level, from each level's start; an item of a higher level restarts the levels under it. One per document.
 */
final class ListNumbers {
  private static final int LEVELS = 9;
  private static final int UNSTARTED = Integer.MIN_VALUE;
  private final Map<Object, int[]> counts = new HashMap<>();

  /**
   * One level of a list's numbering.
   *
   * @param format Word's name of the number format: "decimal", "lowerLetter", "upperLetter", "lowerRoman",
   *     "upperRoman", "bullet", "none"; null is a bullet
   * @param start the level's first number
   * @param text what the editor shows, "%N" standing for level N's number ("%1.%2."), or null for our own style
   */
  record Level(String format, int start, String text) {
    static final Level BULLET = new Level("bullet", 1, null);

    /** A level known only by its format, counted from 1 and written in our own style. */
    static Level of(String format) {
      return new Level(format, 1, null);
    }
  }

  /** The marker of the next item of this list at this level, given the list's levels (missing ones are bullets). */
  String marker(Object list, int level, Level[] levels) {
    int at = Math.max(0, Math.min(LEVELS - 1, level));
    int[] numbers = counts.computeIfAbsent(list, k -> newCounts());
    Level own = levelOf(levels, at);
    numbers[at] = numbers[at] == UNSTARTED ? own.start() : numbers[at] + 1;
    Arrays.fill(numbers, at + 1, LEVELS, UNSTARTED);
    String format = own.format() == null ? "bullet" : own.format();
    if (format.equals("none")) {
      return "";
    }
    if (format.equals("bullet") || !isNumber(format)) {
      return at == 0 ? "\u2022 " : "\u25E6 ";   // a bullet under a bullet is a sub-item: "◦"
    }
    if (own.text() != null && own.text().contains("%")) {
      String shown = shown(own.text(), numbers, levels).strip();
      return shown.isEmpty() ? "" : shown + " ";
    }
    int n = numbers[at];
    return switch (format) {
      case "lowerLetter", "lowerRoman" -> number(format, n) + ") ";
      default -> number(format, n) + ". ";
    };
  }

  /** Makes the next item of this list and level number {@code start} (an OpenDocument item's start value). */
  void restart(Object list, int level, int start) {
    int at = Math.max(0, Math.min(LEVELS - 1, level));
    counts.computeIfAbsent(list, k -> newCounts())[at] = start - 1;
  }

  /** The number an attribute gives (a list's start, an item's value, a level), or {@code otherwise}. */
  static int parsed(String attribute, int otherwise) {
    if (attribute == null || attribute.isBlank()) {
      return otherwise;
    }
    try {
      return Integer.parseInt(attribute.strip());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  private static int[] newCounts() {
    int[] numbers = new int[LEVELS];
    Arrays.fill(numbers, UNSTARTED);
    return numbers;
  }

  private static Level levelOf(Level[] levels, int at) {
    return levels != null && at < levels.length && levels[at] != null ? levels[at] : Level.BULLET;
  }

  /** The level's text with each "%N" replaced by level N's number in its own format. */
  private static String shown(String text, int[] numbers, Level[] levels) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
        int k = text.charAt(++i) - '1';
        Level level = levelOf(levels, k);
        int n = numbers[k] == UNSTARTED ? level.start() : numbers[k];
        out.append(number(level.format() == null ? "decimal" : level.format(), n));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isNumber(String format) {
    return switch (format) {
      case "decimal", "decimalZero", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman" -> true;
      default -> false;
    };
  }

  /** A number as the format writes it: 3, "c", "C", "iii", "III"; letters go on "aa", "bb" after "z". */
  static String number(String format, int n) {
    switch (format) {
      case "lowerLetter", "upperLetter" -> {
        if (n < 1) {
          return String.valueOf(n);
        }
        String letters = String.valueOf((char) ('a' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
        return format.equals("upperLetter") ? letters.toUpperCase(java.util.Locale.ROOT) : letters;
      }
      case "lowerRoman", "upperRoman" -> {
        String roman = roman(n);
        return format.equals("upperRoman") ? roman.toUpperCase(java.util.Locale.ROOT) : roman;
      }
      case "decimalZero" -> {
        return n >= 0 && n < 10 ? "0" + n : String.valueOf(n);
      }
      default -> {
        return String.valueOf(n);
      }
    }
  }

  private static String roman(int n) {
    if (n < 1 || n > 3999) {
      return String.valueOf(n);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      for (; n >= values[i]; n -= values[i]) {
        out.append(symbols[i]);
      }
    }
    return out.toString();
  }

  /** The name .docx gives a legacy .doc number format code (Word's nfc: 0 decimal, 1 upper Roman, ...). */
  static String formatOf(int nfc) {
    return switch (nfc) {
      case 0 -> "decimal";
      case 1 -> "upperRoman";
      case 2 -> "lowerRoman";
      case 3 -> "upperLetter";
      case 4 -> "lowerLetter";
      case 22 -> "decimalZero";
      case 255 -> "none";
      default -> "bullet";
    };
  }
}
