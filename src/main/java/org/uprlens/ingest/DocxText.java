package org.uprlens.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtContentBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * Text of a Word (.docx) file with Apache POI: paragraphs and table cells in document order, with those inside
 * content controls and text boxes, which POI's own text leaves out. OHCHR matrices are tables whose rows are
 * recommendations, so every paragraph, in the body or in a cell, ends with a blank line: the sentence splitter then
 * never runs one paragraph or cell into the next.
 */
final class DocxText {
  private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(?:footnoteRef|endnoteRef):\\d+\\]");

  private DocxText() {}

  static Extracted extract(byte[] bytes) throws RejectException {
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      StringBuilder text = new StringBuilder();
      append(docx.getBodyElements(), text, 0, new Reading(docx, controls(docx)));
      return new Extracted(text.toString(), List.of(), null, List.of());
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new RejectException(RejectReason.DAMAGED,
          "Word file cannot be parsed: " + (e.getMessage() != null ? e.getMessage() : e));
    }
  }

  /**
   * What reading the document carries from one element to the next: its numbering (the counters, and each list's
   * levels as its numbering part defines them) and its content controls around paragraphs, in the order the body
   * lists them.
   */
  private record Reading(XWPFDocument docx, ListNumbers numbers, Map<BigInteger, ListNumbers.Level[]> levels,
                         Iterator<CTSdtBlock> controls) {
    Reading(XWPFDocument docx, Iterator<CTSdtBlock> controls) {
      this(docx, new ListNumbers(), new HashMap<>(), controls);
    }

    /** The levels of a list (w:num), its abstract definition's with the list's own overrides; null if unknown. */
    ListNumbers.Level[] of(BigInteger id) {
      return levels.computeIfAbsent(id, k -> read(docx.getNumbering(), k));
    }

    private static ListNumbers.Level[] read(XWPFNumbering numbering, BigInteger id) {
      XWPFNum num = numbering == null ? null : numbering.getNum(id);
      if (num == null || num.getCTNum().getAbstractNumId() == null) {
        return null;
      }
      XWPFAbstractNum definition = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
      if (definition == null) {
        return null;
      }
      ListNumbers.Level[] levels = new ListNumbers.Level[9];
      for (CTLvl lvl : definition.getCTAbstractNum().getLvlArray()) {
        put(levels, lvl);
      }
      for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
        if (override.isSetLvl()) {
          put(levels, override.getLvl());
        }
        if (override.isSetStartOverride()) {
          int at = override.getIlvl().intValue();
          if (at >= 0 && at < levels.length && levels[at] != null) {
            ListNumbers.Level level = levels[at];
            levels[at] = new ListNumbers.Level(level.format(), override.getStartOverride().getVal().intValue(),
                level.text());
          }
        }
      }
      return levels;
    }

    private static void put(ListNumbers.Level[] levels, CTLvl lvl) {
      int at = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
      if (at >= 0 && at < levels.length) {
        levels[at] = new ListNumbers.Level(lvl.isSetNumFmt() ? lvl.getNumFmt().getVal().toString() : "decimal",
            lvl.isSetStart() ? lvl.getStart().getVal().intValue() : 1,
            lvl.isSetLvlText() ? lvl.getLvlText().getVal() : null);
      }
    }
  }

  private static void append(List<IBodyElement> elements, StringBuilder text, int depth, Reading reading) {
    for (IBodyElement element : elements) {
      if (element instanceof XWPFParagraph paragraph) {
        for (XWPFParagraph boxed : textBoxes(paragraph, reading.docx())) {
          append(List.of(boxed), text, depth, reading);
        }
        String line = withoutNotes(paragraph);
        if (!line.isBlank()) {
          text.append(marker(paragraph, reading)).append(line.strip()).append("\n\n");
        }
      } else if (element instanceof XWPFSDT && reading.controls().hasNext() && depth < 20) {
        append(contents(reading.controls().next().getSdtContent(), reading.docx()), text, depth + 1, reading);
      } else if (element instanceof XWPFTable table && depth < 20) {
        Map<Integer, String> merged = new HashMap<>();   // column → the text of the cell merged down it
        for (XWPFTableRow row : table.getRows()) {
          int column = 0;
          for (XWPFTableCell cell : row.getTableCells()) {
            var properties = cell.getCTTc().getTcPr();
            var merge = properties == null ? null : properties.getVMerge();
            if (merge != null && (merge.getVal() == null || "continue".equals(merge.getVal().toString()))) {
              // A cell merged down from the row above is empty here; its text is repeated, as the table shows it
              // beside each row, so that no row's cells shift under the wrong columns.
              String above = merged.getOrDefault(column, "");
              text.append(above.isBlank() ? "" : above.strip() + "\n\n");
            } else {
              int from = text.length();
              append(cell.getBodyElements(), text, depth + 1, reading);
              if (merge != null) {
                merged.put(column, text.substring(from));
              } else {
                merged.remove(column);
              }
            }
            var span = properties == null ? null : properties.getGridSpan();
            column += span == null || span.getVal() == null ? 1 : Math.max(1, span.getVal().intValue());
          }
        }
      }
    }
  }

  /**
   * The content controls around the body's paragraphs and tables (a template's "Recommendations" block), in the
   * order POI lists them among the body's elements. POI lists such a control but not what it holds.
   */
  private static Iterator<CTSdtBlock> controls(XWPFDocument docx) {
    var body = docx.getDocument().getBody();
    return body == null ? Collections.emptyIterator() : Arrays.asList(body.getSdtArray()).iterator();
  }

  /** What a content control holds: its paragraphs and tables, and those of the controls inside it, in order. */
  private static List<IBodyElement> contents(CTSdtContentBlock content, XWPFDocument docx) {
    List<IBodyElement> elements = new ArrayList<>();
    if (content == null) {
      return elements;
    }
    try (XmlCursor cursor = content.newCursor()) {
      for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
        XmlObject child = cursor.getObject();
        if (child instanceof CTP p) {
          elements.add(new XWPFParagraph(p, docx));
        } else if (child instanceof CTTbl table) {
          elements.add(new XWPFTable(table, docx));
        } else if (child instanceof CTSdtBlock inner) {
          elements.addAll(contents(inner.getSdtContent(), docx));
        }
      }
    }
    return elements;
  }

  /**
   * The paragraphs of the text boxes anchored in a paragraph, as Word writes them (a "Key recommendations" box in
   * its drawing markup, with a copy in older markup for older readers, which is skipped). POI's paragraph text holds
   * neither; the boxes' paragraphs are written before the paragraph they are anchored in, as OpenDocument has them.
   */
  private static List<XWPFParagraph> textBoxes(XWPFParagraph paragraph, XWPFDocument docx) {
    XmlObject[] boxes = paragraph.getCTP().selectPath(TEXT_BOXES);
    if (boxes.length == 0) {
      return List.of();
    }
    List<XWPFParagraph> paragraphs = new ArrayList<>();
    for (XmlObject box : boxes) {
      for (XmlObject p : box.selectPath(BOX_PARAGRAPHS)) {
        try {
          // Parsed as a paragraph of its own: POI does not type what stands inside the drawing markup.
          paragraphs.add(new XWPFParagraph(CTP.Factory.parse(p.getDomNode(), AS_ROOT), docx));
        } catch (XmlException e) {
          // a box paragraph POI cannot read: left out, as before
        }
      }
    }
    return paragraphs;
  }

  private static final String NAMESPACES =
      "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "
          + "declare namespace mc='http://schemas.openxmlformats.org/markup-compatibility/2006' ";
  private static final String TEXT_BOXES = NAMESPACES + ".//mc:Choice//w:txbxContent";
  private static final String BOX_PARAGRAPHS = NAMESPACES + "./w:p";
  private static final XmlOptions AS_ROOT = new XmlOptions().setLoadReplaceDocumentElement(null);

  /**
   * The paragraph's own text: POI's text also holds its footnotes and endnotes, each reference as "[footnoteRef:2]"
   * in the sentence and the note's text after the paragraph, which would split the sentence and run the note into it.
   * Notes are left out, as {@link DocText} leaves them out.
   */
  static String withoutNotes(XWPFParagraph paragraph) {
    String text = paragraph.getText();
    String notes = paragraph.getFootnoteText();
    if (notes != null && !notes.isEmpty() && text.endsWith(notes)) {
      text = text.substring(0, text.length() - notes.length());
    }
    return NOTE_REFERENCE.matcher(text).replaceAll("");
  }

  /** The bullet or number Word shows before a list paragraph; empty for other paragraphs. */
  private static String marker(XWPFParagraph paragraph, Reading reading) {
    try {
      BigInteger list = paragraph.getNumID();
      // Numbering id 0 is Word's way to take away the numbering a style would give (LibreOffice's headings have it).
      if (list == null || list.signum() == 0) {
        return "";
      }
      int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
      ListNumbers.Level[] levels = reading.of(list);
      if (levels == null) {
        levels = new ListNumbers.Level[] {ListNumbers.Level.of(paragraph.getNumFmt())};
        level = 0;
      }
      return reading.numbers().marker(list, level, levels);
    } catch (RuntimeException e) {
      return "";   // a numbering part POI cannot read: the text without its marker
    }
  }
}
