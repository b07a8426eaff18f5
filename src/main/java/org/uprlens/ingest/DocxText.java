package org.uprlens.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Text of a Word (.docx) file with Apache POI: paragraphs and table cells in document order. OHCHR matrices are
 * tables whose rows are recommendations, so every paragraph, in the body or in a cell, ends with a blank line: the
 * sentence splitter then never runs one paragraph or cell into the next.
 */
final class DocxText {
  private DocxText() {}

  static Extracted extract(byte[] bytes) throws RejectException {
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      StringBuilder text = new StringBuilder();
      append(docx.getBodyElements(), text, 0, new Numbers());
      return new Extracted(text.toString(), List.of(), null, List.of());
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new RejectException(RejectReason.DAMAGED,
          "Word file cannot be parsed: " + (e.getMessage() != null ? e.getMessage() : e));
    }
  }

  private static void append(List<IBodyElement> elements, StringBuilder text, int depth, Numbers numbers) {
    for (IBodyElement element : elements) {
      if (element instanceof XWPFParagraph paragraph) {
        String line = paragraph.getText();
        if (!line.isBlank()) {
          text.append(numbers.marker(paragraph)).append(line.strip()).append("\n\n");
        }
      } else if (element instanceof XWPFTable table && depth < 20) {
        for (XWPFTableRow row : table.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            append(cell.getBodyElements(), text, depth + 1, numbers);
          }
        }
      }
    }
  }

  /**
   * Word's automatic numbering, which the paragraph text does not hold: a list item is written with its bullet or
   * number as Word shows it ("• ", "2. ", "b) "), so that a list of asks reads as one. Counted per list and level;
   * a higher level restarts the levels under it.
   */
  private static final class Numbers {
    private static final String[] ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi",
        "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"};
    private final Map<BigInteger, int[]> counts = new HashMap<>();

    String marker(XWPFParagraph paragraph) {
      try {
        BigInteger list = paragraph.getNumID();
        if (list == null) {
          return "";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : Math.min(8, paragraph.getNumIlvl().intValue());
        int[] levels = counts.computeIfAbsent(list, k -> new int[9]);
        int n = ++levels[level];
        java.util.Arrays.fill(levels, level + 1, levels.length, 0);
        String format = paragraph.getNumFmt();
        return switch (format == null ? "bullet" : format) {
          case "decimal" -> n + ". ";
          case "lowerLetter" -> n <= 26 ? (char) ('a' + n - 1) + ") " : "\u2022 ";
          case "lowerRoman" -> n <= ROMAN.length ? ROMAN[n - 1] + ") " : "\u2022 ";
          case "none" -> "";
          default -> "\u2022 ";
        };
      } catch (RuntimeException e) {
        return "";   // a numbering part POI cannot read: the text without its marker
      }
    }
  }
}
