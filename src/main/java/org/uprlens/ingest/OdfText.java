package org.uprlens.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * OpenDocument files, as LibreOffice and many public offices save them: a text (.odt) is read as {@link DocxText}
 * reads Word, each paragraph, heading and table cell its own paragraph and a list item with the number or bullet it
 * shows; a spreadsheet (.ods) as {@link SheetText} reads Excel, a table of recommendations. The parts are plain XML
 * in a ZIP, so the JDK's own StAX parser reads them; external entities and DTDs are refused.
 */
final class OdfText {
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  /** A presentation's speaker notes are a presenter's script, not what the slides show (as {@link SlideText}). */
  private static final String PRESENTATION = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0";
  private static final String XML = "http://www.w3.org/XML/1998/namespace";
  /** Not the document's running text: footnotes (as {@link DocText} leaves them out), comments, deleted changes. */
  private static final Set<String> SKIPPED = Set.of("note", "annotation", "tracked-changes", "sequence-decls",
      "variable-decls", "user-field-decls");
  /** A spreadsheet's empty rows and columns may be declared repeated a million times; only so many are real. */
  private static final int MAX_REPEAT = 1000;
  /**
   * How far a part may expand: 100 times the file, as Apache POI allows a .docx or .xlsx (its minimum inflate ratio
   * of 1%), and never less than 16 MB. More is a ZIP bomb, which would take the executor's memory.
   */
  private static final int MIN_PART_LIMIT = 16 << 20;
  private static final int EXPANSION = 100;
  /** The cells a spreadsheet may hold once its repeated rows and columns are written out. */
  private static final long MAX_CELLS = 5_000_000;

  private OdfText() {}

  /** The parts of an OpenDocument package this reader needs. */
  private record Parts(String mimetype, byte[] content, byte[] styles, boolean encrypted) {}

  static Extracted extract(byte[] bytes) throws RejectException {
    try {
      Parts parts = parts(bytes);
      String kind = parts.mimetype() == null ? "" : parts.mimetype().strip();
      if (parts.encrypted()) {
        throw new RejectException(RejectReason.ENCRYPTED, "OpenDocument file needs a password to open");
      }
      if (parts.content() == null) {
        throw new RejectException(RejectReason.DAMAGED, "OpenDocument file without its content.xml part");
      }
      if (kind.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
        return SheetText.of(sheets(parts.content()), "OpenDocument spreadsheet");
      }
      // List styles are declared in styles.xml (named ones) and in content.xml (automatic ones, before the body,
      // read on the way by text()).
      Map<String, ListNumbers.Level[]> lists = new HashMap<>();
      if (parts.styles() != null) {
        listStyles(parts.styles(), lists);
      }
      return new Extracted(text(parts.content(), lists), List.of(), null, List.of());
    } catch (IOException | XMLStreamException | RuntimeException | StackOverflowError e) {
      throw new RejectException(RejectReason.DAMAGED,
          "OpenDocument file cannot be parsed: " + (e.getMessage() != null ? e.getMessage() : e));
    }
  }

  private static Parts parts(byte[] bytes) throws IOException, RejectException {
    long limit = Math.max(MIN_PART_LIMIT, (long) EXPANSION * bytes.length);
    String mimetype = null;
    byte[] content = null;
    byte[] styles = null;
    boolean encrypted = false;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        switch (entry.getName()) {
          case "mimetype" -> mimetype = new String(read(zip, entry, limit), StandardCharsets.US_ASCII);
          case "content.xml" -> content = read(zip, entry, limit);
          case "styles.xml" -> styles = read(zip, entry, limit);
          // A password-protected package says so in its manifest, one encryption-data element per encrypted part.
          case "META-INF/manifest.xml" -> encrypted = new String(read(zip, entry, limit), StandardCharsets.UTF_8)
              .contains("encryption-data");
          default -> { }
        }
      }
    }
    return new Parts(mimetype, content, styles, encrypted);
  }

  /** An entry's bytes, refused when they would pass {@code limit}. */
  private static byte[] read(ZipInputStream zip, ZipEntry entry, long limit) throws IOException, RejectException {
    byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (bytes.length > limit) {
      throw new RejectException(RejectReason.TOO_LARGE, "OpenDocument part " + entry.getName() + " expands to more"
          + " than " + limit + " bytes, " + EXPANSION + " times the file: refused as a ZIP bomb");
    }
    return bytes;
  }

  private static XMLStreamReader open(byte[] xml) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory.createXMLStreamReader(new ByteArrayInputStream(xml));
  }

  /**
   * Each list style's levels, as {@link ListNumbers} takes them: the number format, the start, and the text shown,
   * the number with its prefix and suffix ("(a)", "1."), and the levels above it where the style shows them
   * ("124.1").
   */
  private static void listStyles(byte[] xml, Map<String, ListNumbers.Level[]> lists) throws XMLStreamException {
    XMLStreamReader in = open(xml);
    ListNumbers.Level[] levels = null;
    while (in.hasNext()) {
      if (in.next() == XMLStreamConstants.START_ELEMENT) {
        levels = listStyle(in, lists, levels);
      }
    }
  }

  /**
   * One element of a list style's declaration read into {@code lists}: a {@code text:list-style} opens a style, a
   * {@code text:list-level-style-*} sets a level of the style being declared ({@code levels}). The style being
   * declared after it.
   */
  private static ListNumbers.Level[] listStyle(XMLStreamReader in, Map<String, ListNumbers.Level[]> lists,
                                               ListNumbers.Level[] levels) {
    if (!TEXT.equals(in.getNamespaceURI())) {
      return levels;
    }
    String name = in.getLocalName();
    if (name.equals("list-style")) {
      ListNumbers.Level[] style = new ListNumbers.Level[10];
      lists.put(in.getAttributeValue(STYLE, "name"), style);
      return style;
    }
    int level = ListNumbers.parsed(in.getAttributeValue(TEXT, "level"), 1) - 1;
    if (levels == null || !name.startsWith("list-level-style-") || level < 0 || level >= levels.length) {
      return levels;
    }
    if (!name.equals("list-level-style-number")) {
      levels[level] = ListNumbers.Level.BULLET;
      return levels;
    }
    StringBuilder shown = new StringBuilder();
    int above = Math.min(level, ListNumbers.parsed(in.getAttributeValue(TEXT, "display-levels"), 1) - 1);
    for (int k = level - Math.max(0, above); k <= level; k++) {
      shown.append(k < level ? "%" + (k + 1) + "." : "%" + (k + 1));
    }
    String prefix = in.getAttributeValue(STYLE, "num-prefix");
    String suffix = in.getAttributeValue(STYLE, "num-suffix");
    levels[level] = new ListNumbers.Level(numberFormat(in.getAttributeValue(STYLE, "num-format")),
        ListNumbers.parsed(in.getAttributeValue(TEXT, "start-value"), 1),
        (prefix == null ? "" : prefix) + shown + (suffix == null ? "" : suffix));
    return levels;
  }

  /** ListNumbers' name for an OpenDocument number format ("1", "a", "A", "i", "I", empty for none). */
  private static String numberFormat(String format) {
    return format == null || format.isEmpty() ? "none" : switch (format) {
      case "1" -> "decimal";
      case "a" -> "lowerLetter";
      case "A" -> "upperLetter";
      case "i" -> "lowerRoman";
      case "I" -> "upperRoman";
      default -> "bullet";
    };
  }

  /** One text:list being read: its numbering key, style and the nesting level it opens. */
  private record OpenList(Object key, String style, int level) {}

  /** The running text of a document. */
  private static String text(byte[] xml, Map<String, ListNumbers.Level[]> lists) throws XMLStreamException {
    XMLStreamReader in = open(xml);
    StringBuilder out = new StringBuilder();
    Deque<StringBuilder> paragraphs = new ArrayDeque<>();   // a frame's paragraph inside a paragraph stacks
    Deque<OpenList> open = new ArrayDeque<>();
    Map<String, Object> byId = new HashMap<>();
    Map<String, Object> lastByStyle = new HashMap<>();
    ListNumbers numbers = new ListNumbers();
    String pendingMarker = null;   // the marker for the first paragraph of the list item just opened
    ListNumbers.Level[] declared = null;   // the automatic list style being declared
    Deque<Grid> tables = new ArrayDeque<>();
    for (int event = next(in); event != XMLStreamConstants.END_DOCUMENT; event = next(in)) {
      if (event == XMLStreamConstants.START_ELEMENT) {
        String ns = in.getNamespaceURI();
        String name = in.getLocalName();
        declared = listStyle(in, lists, declared);
        if (TABLE.equals(ns)) {
          cellStart(in, name, tables, out);
          continue;
        }
        if (!TEXT.equals(ns)) {
          continue;
        }
        switch (name) {
          case "list" -> {
            OpenList outer = open.peek();
            String style = in.getAttributeValue(TEXT, "style-name");
            Object key;
            if (outer != null) {
              key = outer.key();   // a nested list counts its own level of the same list
              style = style != null ? style : outer.style();
            } else {
              String continued = in.getAttributeValue(TEXT, "continue-list");
              boolean continues = "true".equals(in.getAttributeValue(TEXT, "continue-numbering"));
              key = continued != null && byId.containsKey(continued) ? byId.get(continued)
                  : continues && lastByStyle.containsKey(style) ? lastByStyle.get(style) : new Object();
              lastByStyle.put(style, key);
            }
            String id = in.getAttributeValue(XML, "id");
            if (id != null) {
              byId.put(id, key);
            }
            open.push(new OpenList(key, style, outer == null ? 0 : outer.level() + 1));
          }
          case "list-item" -> {
            OpenList list = open.peek();
            if (list != null) {
              int start = ListNumbers.parsed(in.getAttributeValue(TEXT, "start-value"), 0);
              if (start > 0) {
                numbers.restart(list.key(), list.level(), start);
              }
              pendingMarker = numbers.marker(list.key(), list.level(), lists.get(list.style()));
            }
          }
          case "list-header" -> pendingMarker = "";
          case "p", "h" -> {
            StringBuilder paragraph = new StringBuilder();
            if (pendingMarker != null) {
              paragraph.append(pendingMarker);
              pendingMarker = null;
            }
            paragraphs.push(paragraph);
          }
          case "s" -> append(paragraphs, " ".repeat(Math.min(MAX_REPEAT, ListNumbers.parsed(in.getAttributeValue(TEXT, "c"),
              1))));
          case "tab" -> append(paragraphs, "\t");
          case "line-break" -> append(paragraphs, "\n");
          default -> { }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (TABLE.equals(in.getNamespaceURI())) {
          cellEnd(in.getLocalName(), tables, out);
          continue;
        }
        if (!TEXT.equals(in.getNamespaceURI())) {
          continue;
        }
        switch (in.getLocalName()) {
          case "list" -> open.poll();
          case "list-item", "list-header" -> pendingMarker = null;
          case "p", "h" -> {
            StringBuilder paragraph = paragraphs.pop();
            String line = paragraph.toString();
            if (!line.isBlank()) {
              out.append(line.strip()).append("\n\n");
            }
          }
          default -> { }
        }
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        // Outside a paragraph, white space is the file's indentation, not text.
        append(paragraphs, in.getText());
      }
    }
    return out.toString();
  }

  /**
   * A text's table as it is read: the column of the cell at hand, where that cell's text starts in the output and how
   * many rows it spans, and for each column the text of a cell spanning down it with the rows it has still to cover.
   */
  private static final class Grid {
    int column = -1;
    int cellStart;
    int rowsSpanned = 1;
    final Map<Integer, String> spanText = new HashMap<>();
    final Map<Integer, Integer> spanLeft = new HashMap<>();
  }

  /**
   * A table's start, a row's or a cell's. A covered cell under one that spans rows gets that cell's text again, as a
   * grouped table shows its State beside each of its rows: the text keeps no row boundaries, so a row without it
   * would shift its cells under the wrong columns. Covered cells beside a cell that spans columns stay empty.
   */
  private static void cellStart(XMLStreamReader in, String name, Deque<Grid> tables, StringBuilder out) {
    Grid grid = tables.peek();
    switch (name) {
      case "table" -> tables.push(new Grid());
      case "table-row" -> {
        if (grid != null) {
          grid.column = -1;
        }
      }
      case "table-cell" -> {
        if (grid != null) {
          grid.column++;
          grid.cellStart = out.length();
          grid.rowsSpanned = Math.min(MAX_REPEAT,
              ListNumbers.parsed(in.getAttributeValue(TABLE, "number-rows-spanned"), 1));
        }
      }
      case "covered-table-cell" -> {
        if (grid != null) {
          grid.column++;
          int left = grid.spanLeft.getOrDefault(grid.column, 0);
          if (left > 0) {
            out.append(grid.spanText.get(grid.column));
            grid.spanLeft.put(grid.column, left - 1);
          }
        }
      }
      default -> { }
    }
  }

  /** A table's end or a cell's: a cell that spans rows leaves its text for the covered cells below it. */
  private static void cellEnd(String name, Deque<Grid> tables, StringBuilder out) {
    Grid grid = tables.peek();
    if (name.equals("table")) {
      tables.poll();
    } else if (name.equals("table-cell") && grid != null) {
      if (grid.rowsSpanned > 1) {
        grid.spanText.put(grid.column, out.substring(grid.cellStart));
        grid.spanLeft.put(grid.column, grid.rowsSpanned - 1);
      } else {
        grid.spanLeft.remove(grid.column);
      }
    }
  }

  /** The next event outside the parts that are not running text ({@link #SKIPPED}), whose subtrees it passes over. */
  private static int next(XMLStreamReader in) throws XMLStreamException {
    int event = in.next();
    while (event == XMLStreamConstants.START_ELEMENT && (SKIPPED.contains(in.getLocalName())
        && (TEXT.equals(in.getNamespaceURI()) || OFFICE.equals(in.getNamespaceURI()))
        || PRESENTATION.equals(in.getNamespaceURI()) && in.getLocalName().equals("notes"))) {
      for (int depth = 1; depth > 0; ) {
        event = in.next();
        depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
      }
      event = in.next();
    }
    return event;
  }

  private static void append(Deque<StringBuilder> paragraphs, String s) {
    if (!paragraphs.isEmpty()) {
      paragraphs.peek().append(s);
    }
  }

  /** A spreadsheet's tables as {@link SheetText} takes them: each sheet's name and its rows of cell texts. */
  private static List<SheetText.Sheet> sheets(byte[] xml) throws XMLStreamException, RejectException {
    long cells = 0;
    XMLStreamReader in = open(xml);
    List<SheetText.Sheet> sheets = new ArrayList<>();
    List<List<String>> rows = null;
    List<String> row = null;
    Map<Integer, String> mergedDown = new HashMap<>();   // a column's value merged down over the rows below
    Map<Integer, Integer> mergedRows = new HashMap<>();   // and how many of them are still to come
    StringBuilder cell = null;
    int spanned = 1;
    int cellRepeat = 1;
    int rowRepeat = 1;
    String sheetName = null;
    for (int event = next(in); event != XMLStreamConstants.END_DOCUMENT; event = next(in)) {
      if (event == XMLStreamConstants.START_ELEMENT) {
        String ns = in.getNamespaceURI();
        String name = in.getLocalName();
        if (TABLE.equals(ns) && name.equals("table")) {
          sheetName = in.getAttributeValue(TABLE, "name");
          rows = new ArrayList<>();
          mergedDown.clear();
          mergedRows.clear();
        } else if (TABLE.equals(ns) && name.equals("table-row") && rows != null) {
          row = new ArrayList<>();
          rowRepeat = Math.min(MAX_REPEAT, ListNumbers.parsed(in.getAttributeValue(TABLE, "number-rows-repeated"), 1));
        } else if (TABLE.equals(ns) && (name.equals("table-cell") || name.equals("covered-table-cell"))
            && row != null) {
          cell = new StringBuilder();
          cellRepeat = Math.min(MAX_REPEAT, ListNumbers.parsed(in.getAttributeValue(TABLE, "number-columns-repeated"), 1));
          // Only a value merged down one column means the same for each row it spans, as SheetText takes it.
          spanned = ListNumbers.parsed(in.getAttributeValue(TABLE, "number-columns-spanned"), 1) == 1
              ? ListNumbers.parsed(in.getAttributeValue(TABLE, "number-rows-spanned"), 1) : 1;
        } else if (TEXT.equals(ns) && name.equals("p") && cell != null && !cell.isEmpty()) {
          cell.append('\n');
        } else if (TEXT.equals(ns) && name.equals("s") && cell != null) {
          cell.append(" ".repeat(Math.min(MAX_REPEAT, ListNumbers.parsed(in.getAttributeValue(TEXT, "c"), 1))));
        } else if (TEXT.equals(ns) && name.equals("line-break") && cell != null) {
          cell.append('\n');
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String ns = in.getNamespaceURI();
        String name = in.getLocalName();
        if (TABLE.equals(ns) && (name.equals("table-cell") || name.equals("covered-table-cell")) && cell != null) {
          String value = cell.toString().strip();
          int column = row.size();
          if (name.equals("covered-table-cell") && mergedRows.getOrDefault(column, 0) > 0) {
            value = mergedDown.get(column);
            mergedRows.merge(column, -1, Integer::sum);
          } else if (spanned > 1) {
            mergedDown.put(column, value);
            mergedRows.put(column, spanned - 1);
          }
          for (int i = 0; i < cellRepeat; i++) {
            row.add(value);
          }
          cell = null;
        } else if (TABLE.equals(ns) && name.equals("table-row") && row != null) {
          while (!row.isEmpty() && row.get(row.size() - 1).isEmpty()) {
            row.remove(row.size() - 1);
          }
          if (!row.isEmpty()) {
            cells += (long) row.size() * rowRepeat;
            if (cells > MAX_CELLS) {
              throw new RejectException(RejectReason.TOO_LARGE, "OpenDocument spreadsheet with more than " + MAX_CELLS
                  + " cells once its repeated rows and columns are written out");
            }
            for (int i = 0; i < rowRepeat; i++) {
              rows.add(new ArrayList<>(row));
            }
          }
          row = null;
        } else if (TABLE.equals(ns) && name.equals("table") && rows != null) {
          sheets.add(new SheetText.Sheet(sheetName, rows));
          rows = null;
        }
      } else if (cell != null && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
        cell.append(in.getText());
      }
    }
    return sheets;
  }
}
