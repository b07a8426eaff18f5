package org.uprlens.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
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
      append(docx.getBodyElements(), text, 0, new ListNumbers());
      return new Extracted(text.toString(), List.of(), null, List.of());
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new RejectException(RejectReason.DAMAGED,
          "Word file cannot be parsed: " + (e.getMessage() != null ? e.getMessage() : e));
    }
  }

  private static void append(List<IBodyElement> elements, StringBuilder text, int depth, ListNumbers numbers) {
    for (IBodyElement element : elements) {
      if (element instanceof XWPFParagraph paragraph) {
        String line = paragraph.getText();
        if (!line.isBlank()) {
          text.append(marker(paragraph, numbers)).append(line.strip()).append("\n\n");
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

  /** The bullet or number Word shows before a list paragraph; empty for other paragraphs. */
  private static String marker(XWPFParagraph paragraph, ListNumbers numbers) {
    try {
      BigInteger list = paragraph.getNumID();
      return list == null ? "" : numbers.marker(list, paragraph.getNumIlvl() == null ? 0
          : paragraph.getNumIlvl().intValue(), paragraph.getNumFmt());
    } catch (RuntimeException e) {
      return "";   // a numbering part POI cannot read: the text without its marker
    }
  }
}
