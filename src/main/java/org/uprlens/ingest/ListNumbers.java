package org.uprlens.ingest;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Word's automatic numbering, which a list paragraph's text does not hold: each item is written with its bullet or
 * number as Word shows it ("\u2022 ", "2. ", "b) ", "iv) "; "\u25E6 " for a bullet under another item), so that a
 * list of asks reads as printed. Counted per list and level; an item of a higher level restarts the levels under
 * it. One per document.
 */
final class ListNumbers {
  private static final String[] ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
      "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"};
  private static final int LEVELS = 9;
  private final Map<Object, int[]> counts = new HashMap<>();

  /**
   * @param list the list the paragraph belongs to (Word's numbering id)
   * @param level its level, 0 outermost
   * @param format Word's number format: "decimal", "lowerLetter", "lowerRoman", "bullet", "none", ...; null is a
   *     bullet
   */
  String marker(Object list, int level, String format) {
    int at = Math.max(0, Math.min(LEVELS - 1, level));
    int[] levels = counts.computeIfAbsent(list, k -> new int[LEVELS]);
    int n = ++levels[at];
    Arrays.fill(levels, at + 1, LEVELS, 0);
    return switch (format == null ? "bullet" : format) {
      case "decimal" -> n + ". ";
      case "lowerLetter" -> n <= 26 ? (char) ('a' + n - 1) + ") " : "\u2022 ";
      case "lowerRoman" -> n <= ROMAN.length ? ROMAN[n - 1] + ") " : "\u2022 ";
      case "none" -> "";
      default -> at == 0 ? "\u2022 " : "\u25E6 ";   // a bullet under a bullet is a sub-item: "◦"
    };
  }

  /** The name .docx gives a legacy .doc number format code (Word's nfc: 0 decimal, 2 lower Roman, ...). */
  static String formatOf(int nfc) {
    return switch (nfc) {
      case 0 -> "decimal";
      case 2 -> "lowerRoman";
      case 4 -> "lowerLetter";
      case 255 -> "none";
      default -> "bullet";
    };
  }
}
