package org.uprlens.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.HWPFDocumentCore;
import org.apache.poi.hwpf.HWPFOldDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Text of a legacy Word file (.doc: Word 97-2003, and Word 6/95) with Apache POI's HWPF: the main text's paragraphs
 * and table cells in document order, each ending with a blank line as {@link DocxText} writes them, so that a
 * matrix reads the same from either format. Headers, footers and footnotes are not main text and are left out.
 */
final class DocText {
  private DocText() {}

  static Extracted extract(byte[] bytes) throws RejectException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      if (fs.getRoot().hasEntry("EncryptedPackage")) {
        // A password-protected .docx or .xlsx is kept in a compound file, its ZIP encrypted inside.
        throw new RejectException(RejectReason.ENCRYPTED, "Office file (.docx or .xlsx) needs a password to open");
      }
      String other = notWord(fs.getRoot());
      if (other != null) {
        throw new RejectException(RejectReason.UNSUPPORTED_FORMAT, other);
      }
      try (HWPFDocumentCore doc = open(fs)) {
        return new Extracted(paragraphs(doc.getRange()), List.of(), null, List.of());
      }
    } catch (EncryptedDocumentException e) {
      throw new RejectException(RejectReason.ENCRYPTED, "Word file needs a password to open");
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new RejectException(RejectReason.DAMAGED,
          "Word (.doc) file cannot be parsed: " + (e.getMessage() != null ? e.getMessage() : e));
    }
  }

  /** What a compound file that is not a Word document is (its main stream names it), or null for a Word file. */
  private static String notWord(DirectoryEntry root) {
    if (root.hasEntry("WordDocument")) {
      return null;
    }
    return root.hasEntry("Workbook") || root.hasEntry("Book") ? "legacy Excel workbook (.xls)"
        : "legacy Office file that is not a Word document";
  }

  private static HWPFDocumentCore open(POIFSFileSystem fs) throws IOException {
    try {
      return new HWPFDocument(fs);
    } catch (OldWordFileFormatException e) {
      return new HWPFOldDocument(fs);
    }
  }

  private static String paragraphs(Range range) {
    StringBuilder text = new StringBuilder();
    ListNumbers numbers = new ListNumbers();
    Map<Integer, ListNumbers.Level[]> lists = new HashMap<>();   // each list's levels, read once
    for (int i = 0; i < range.numParagraphs(); i++) {
      Paragraph paragraph = range.getParagraph(i);
      String line = plain(Range.stripFields(paragraph.text()));
      if (!line.isBlank()) {
        text.append(marker(paragraph, numbers, lists)).append(line.strip()).append("\n\n");
      }
    }
    return text.toString();
  }

  /** The bullet or number Word shows before a list paragraph; empty for other paragraphs. */
  private static String marker(Paragraph paragraph, ListNumbers numbers, Map<Integer, ListNumbers.Level[]> lists) {
    try {
      if (!paragraph.isInList()) {
        return "";
      }
      ListNumbers.Level[] levels = lists.computeIfAbsent(paragraph.getIlfo(), k -> levels(paragraph.getList()));
      return numbers.marker(paragraph.getIlfo(), paragraph.getIlvl(), levels);
    } catch (RuntimeException e) {
      return "";   // list tables POI cannot read (Word 6/95 has none): the text without its marker
    }
  }

  /**
   * A list's levels as {@link ListNumbers} takes them: the level text's placeholders (characters 0 to 8, standing for
   * levels 1 to 9) written as .docx writes them, "%1".
   */
  private static ListNumbers.Level[] levels(HWPFList list) {
    ListNumbers.Level[] levels = new ListNumbers.Level[9];
    for (char level = 0; level < levels.length; level++) {
      try {
        StringBuilder text = new StringBuilder();
        for (char c : list.getNumberText(level).toCharArray()) {
          text.append(c < 9 ? "%" + (char) ('1' + c) : String.valueOf(c));
        }
        levels[level] = new ListNumbers.Level(ListNumbers.formatOf(list.getNumberFormat(level)),
            list.getStartAt(level), text.toString());
      } catch (RuntimeException e) {
        break;   // a simple list defines one level only
      }
    }
    return levels;
  }

  /**
   * Word's marks as text: a line break inside a paragraph (11) is a line break; the paragraph and cell ends (13, 7),
   * page and section breaks (12) and the placeholders of pictures and drawn objects (1, 8) are not text.
   */
  static String plain(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u000b') {
        out.append('\n');
      } else if (c == '\t' || c >= ' ' && c != '\u007f') {
        out.append(c);
      } else if (c == '\r' || c == '\u0007' || c == '\f') {
        out.append(' ');
      }
    }
    return out.toString();
  }
}
