package org.uprlens.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tables of recommendations on a PDF page, written cell by cell. PDFBox prints a table line by line: a line holds
 * the words of every cell that has a line at its height ("Denmark Partially"), and a cell's lines are scattered
 * among its neighbours'. Here a table is found by its header row, whose column names stand apart on one to four
 * lines and one of which names the recommendations ("Recommendation", "Recommendations to the Government", "Text");
 * a name over a group of columns ("Assessment" over "Status" and "Evidence") is left out; each word under it goes
 * to the column it stands in, and the cells are written a paragraph each, row after row, as {@link DocxText} writes
 * a Word table, so that {@link PrintedTable} and the list rules read both alike. Writers (Word, LibreOffice) draw a
 * table cell after cell, so a row ends where the words go back to an earlier column on a lower line, or at the next
 * table's header. A line that crosses a column's edge is a row of its own when the table goes on after it (a
 * matrix's "Theme: ..." row), else it ends the table.
 */
final class PdfTables {
  /** A word where the page draws it: its left and right edges, its baseline (down the page) and type size. */
  record Word(String text, float x0, float x1, float y, float size) {}

  /** Labels of a header stand further apart than this share of the type size: more than a space, even a wide one. */
  private static final float COLUMN_GAP = 0.8f;
  private static final int MAX_HEADER_LINES = 4;
  /** A column name is a short label: "Recommending State(s)", "Assessment of implementation". */
  private static final int MAX_LABEL_WORDS = 6;
  /**
   * A label's lines stand within this many type sizes of the header's first line or of each other (a label centred
   * in a tall header starts above it); a table's first row stands further down.
   */
  private static final float HEADER_LEADING = 1.5f;
  /**
   * Further below the table's lowest line so far than this many type sizes, a line is no longer the table's. A
   * writer may centre a cell's text in a tall row, so the next row's first cell may stand well below the last.
   */
  private static final float MAX_ROW_GAP = 6f;
  /** A line that crosses a column's edge and has more words than this is prose after the table, not a row. */
  private static final int MAX_SPANNING_WORDS = 12;
  /** A line further below the cell it would go on than this many type sizes starts a row: a page's foot. */
  private static final float MAX_CELL_LEADING = 2.5f;
  /** How many lines at the top of a page (a running head) may stand before a table goes on from the page before. */
  private static final int MAX_LEAD_LINES = 3;
  /** A page's number or "Page 3 of 12" on its last line: the page's foot, not the table's. */
  private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*(?:Page\\s+)?\\d{1,3}(?:\\s+of\\s+\\d{1,3})?\\s*");

  private record Column(float x0, float x1, StringBuilder label) {}

  /**
   * A table that ran to the foot of the page before: its column names and edges, and its last row, held back, as the
   * row may go on at the top of the next page, under its header repeated or straight on.
   */
  private record Held(List<String> names, float[] edges, List<List<Word>> row) {}

  private Held held;

  /**
   * The page's text with each table of recommendations written cell by cell; null when it has none and no row is
   * held from the page before. Pages are read in order.
   *
   * @param lines the page's lines as PDFBox made them, each as its words
   * @param printed the same lines as PDFBox printed them
   */
  String rewrite(List<List<Word>> lines, List<String> printed) {
    StringBuilder out = new StringBuilder();
    boolean found = false;
    int i = 0;
    if (held != null && !headerNear(lines)) {
      int start = 0;
      while (start < Math.min(MAX_LEAD_LINES, lines.size()) && crosses(lines.get(start), held.edges())) {
        start++;
      }
      if (start < lines.size() && goesOn(lines, start, held.edges())) {   // the table goes on without a header
        printed.subList(0, start).forEach(line -> out.append(line).append('\n'));
        List<List<List<Word>>> rows = new ArrayList<>();
        i = rows(lines, printed, start, held.edges(), held.row().size(), rows);
        write(held.names(), held.edges(), rows, toFoot(lines, printed, i), false, out);
        found = true;
      }
    }
    while (i < lines.size()) {
      int end = table(lines, printed, i, out);
      if (end > i) {
        found = true;
        i = end;
      } else {
        out.append(printed.get(i)).append('\n');
        i++;
      }
    }
    if (held != null && !found) {
      return flush() + out;   // the table did not go on: its last row is written where the page starts
    }
    return found ? out.toString() : null;
  }

  /** The row held back at the foot of the last page, written out; "" when none is held. */
  String flush() {
    String text = held == null ? "" : "\n" + rowText(held.row());
    held = null;
    return text;
  }

  /** Whether a table's header stands among the first lines of the page. */
  private static boolean headerNear(List<List<Word>> lines) {
    for (int i = 0; i < Math.min(MAX_LEAD_LINES, lines.size()); i++) {
      if (header(lines, i) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The labels of a table's header starting on line {@code first}, or null when no header starts there: column
   * names standing apart, one of them naming the recommendations.
   */
  private static List<List<Word>> header(List<List<Word>> lines, int first) {
    if (lines.get(first).stream().noneMatch(w -> namesTexts(w.text()))) {
      return null;   // cheap: most lines name no recommendations
    }
    List<List<Word>> labels = groups(lines.get(first));
    if (labels.size() < 2 || !labels.stream().allMatch(PdfTables::isLabel)
        || labels.stream().noneMatch(g -> namesTexts(text(g)))) {
      return null;
    }
    return labels;
  }

  /** Whether a column name names a column of recommendations: "Recommendations to the Government", "Text". */
  private static boolean namesTexts(String label) {
    String lower = label.strip().toLowerCase(Locale.ROOT);
    return lower.contains("recommendation") || lower.equals("text");
  }

  /**
   * The columns the header's labels name. A label over two labels that stand apart below or above it names a group
   * of columns ("Assessment" over "Status" and "Evidence"), not a column, and is left out.
   */
  private static List<Column> columns(List<List<Word>> labels) {
    List<Column> columns = new ArrayList<>();
    for (List<Word> label : labels) {
      List<List<Word>> under = labels.stream().filter(other -> other != label && overlap(label, other)).toList();
      boolean apart = false;
      for (int a = 0; a < under.size(); a++) {
        for (int b = a + 1; b < under.size(); b++) {
          apart |= !overlap(under.get(a), under.get(b));
        }
      }
      if (!apart) {
        add(columns, label);
      }
    }
    return columns;
  }

  private static boolean overlap(List<Word> a, List<Word> b) {
    return a.get(0).x0() < b.get(b.size() - 1).x1() && a.get(a.size() - 1).x1() > b.get(0).x0();
  }

  /**
   * Writes the table whose header starts on line {@code first} into {@code out}: the index of the line after it, or
   * {@code first} (nothing written) when no table starts there.
   */
  private int table(List<List<Word>> lines, List<String> printed, int first, StringBuilder out) {
    List<List<Word>> labels = header(lines, first);
    if (labels == null) {
      return first;
    }
    labels = new ArrayList<>(labels);
    int body = first + 1;
    while (body < lines.size() && body - first < MAX_HEADER_LINES && isHeaderLine(lines, first, body)) {
      labels.addAll(groups(lines.get(body)));
      body++;
    }
    List<Column> columns = columns(labels);
    if (columns.size() < 2) {
      return first;
    }
    float[] edges = edges(columns, lines, body);
    List<List<List<Word>>> rows = new ArrayList<>();   // row, column, words
    int end = rows(lines, printed, body, edges, columns.size(), rows);
    if (rows.stream().filter(r -> r.stream().filter(c -> !c.isEmpty()).count() >= 2).count() < 2) {
      return first;   // fewer than two rows with two cells: no table
    }
    write(columns.stream().map(c -> c.label().toString()).toList(), edges, rows, toFoot(lines, printed, end), true,
        out);
    return end;
  }

  /** Whether a table that ends before line {@code end} runs to the page's foot (its number aside). */
  private static boolean toFoot(List<List<Word>> lines, List<String> printed, int end) {
    return end == lines.size() || end == lines.size() - 1 && PAGE_NUMBER.matcher(printed.get(end)).matches();
  }

  /**
   * Writes a table's header (when {@code header}) and rows into {@code out}, the row held from the page before
   * first: as the first row's start when that row has no first cell, as a row of its own otherwise. The last row of
   * a table that runs to the page's foot is held back in turn.
   */
  private void write(List<String> names, float[] edges, List<List<List<Word>>> rows, boolean toFoot,
                     boolean header, StringBuilder out) {
    String before = "";
    if (held != null) {
      List<List<Word>> top = rows.get(0);
      if (names.equals(held.names()) && top.size() == held.row().size() && top.get(0).isEmpty()) {
        for (int c = 0; c < top.size(); c++) {
          held.row().get(c).addAll(top.get(c));
        }
        rows.set(0, held.row());
        held = null;
      } else {
        before = flush();
      }
    }
    out.append(before).append('\n');
    if (header) {
      names.forEach(name -> out.append(name).append("\n\n"));
    }
    for (int r = 0; r < rows.size() - (toFoot ? 1 : 0); r++) {
      out.append(rowText(rows.get(r)));
    }
    held = toFoot ? new Held(names, edges, rows.get(rows.size() - 1)) : null;
  }

  /**
   * Reads the rows of the table whose body starts on line {@code body} into {@code rows}: where the table ends.
   * Writers draw a table cell after cell, so a row ends where the words go back to an earlier column on a lower
   * line.
   */
  private static int rows(List<List<Word>> lines, List<String> printed, int body, float[] edges, int columns,
                          List<List<List<Word>>> rows) {
    List<List<Word>> row = null;
    int lastColumn = -1;
    float rowTop = 0;
    float bottom = Float.NEGATIVE_INFINITY;
    int end = body;
    for (; end < lines.size(); end++) {
      List<Word> line = lines.get(end);
      Word firstWord = line.get(0);
      if (end > body && (firstWord.y() - bottom > MAX_ROW_GAP * firstWord.size() || header(lines, end) != null)
          || end == lines.size() - 1 && PAGE_NUMBER.matcher(printed.get(end)).matches()) {
        break;   // far below the table, the next table's header, or the page's number
      }
      bottom = Math.max(bottom, (float) line.stream().mapToDouble(Word::y).max().orElse(bottom));
      if (crosses(line, edges)) {
        if (words(line) > MAX_SPANNING_WORDS || !goesOn(lines, end + 1, edges)) {
          break;
        }
        List<List<Word>> across = new ArrayList<>();   // a row across the table: "Theme: A12 Acceptance of ..."
        across.add(line);
        rows.add(across);
        row = null;
        continue;
      }
      for (Word word : line) {
        int column = columnOf(word, edges);
        List<Word> cell = row == null ? null : row.get(column);
        boolean back = column < lastColumn && word.y() > rowTop + word.size() / 2;
        boolean apart = cell != null && !cell.isEmpty()
            && word.y() - cell.get(cell.size() - 1).y() > MAX_CELL_LEADING * word.size();
        if (row == null || back || apart) {
          row = new ArrayList<>();
          for (int c = 0; c < columns; c++) {
            row.add(new ArrayList<>());
          }
          rows.add(row);
          rowTop = word.y();
        }
        row.get(column).add(word);
        lastColumn = column;
      }
    }
    return end;
  }

  /** A row's cells, each a paragraph; empty cells left out, as a Word table's text leaves them. */
  private static String rowText(List<List<Word>> row) {
    StringBuilder text = new StringBuilder();
    for (List<Word> cell : row) {
      if (!cell.isEmpty()) {
        text.append(cellText(cell)).append("\n\n");
      }
    }
    return text.toString();
  }

  private static int words(List<Word> line) {
    return line.stream().mapToInt(w -> w.text().strip().split("\\s+").length).sum();
  }

  /** The line's words in groups that stand apart by more than {@link #COLUMN_GAP}. */
  private static List<List<Word>> groups(List<Word> line) {
    List<List<Word>> groups = new ArrayList<>();
    List<Word> group = new ArrayList<>();
    Word before = null;
    for (Word word : line) {
      if (before != null && word.x0() - before.x1() > COLUMN_GAP * Math.max(word.size(), before.size())) {
        groups.add(group);
        group = new ArrayList<>();
      }
      group.add(word);
      before = word;
    }
    if (!group.isEmpty()) {
      groups.add(group);
    }
    return groups;
  }

  /** A column name: a few words, no number ("No." is one), no sentence's end. */
  private static boolean isLabel(List<Word> group) {
    String text = text(group);
    boolean sentence = text.endsWith(";") || text.endsWith(".") && !text.matches("\\p{L}{1,3}\\.");
    return group.size() <= MAX_LABEL_WORDS && !sentence && text.chars().noneMatch(Character::isDigit)
        && text.chars().anyMatch(Character::isLetter);
  }

  /**
   * Whether line {@code i} goes on with the header that starts on line {@code first}: labels only, level with a
   * line of the header or right above or below it.
   */
  private static boolean isHeaderLine(List<List<Word>> lines, int first, int i) {
    Word word = lines.get(i).get(0);
    boolean near = false;
    for (int k = first; k < i; k++) {
      for (Word label : lines.get(k)) {
        near |= Math.abs(word.y() - label.y()) <= HEADER_LEADING * Math.max(word.size(), label.size());
      }
    }
    return near && groups(lines.get(i)).stream().allMatch(PdfTables::isLabel);
  }

  /** Adds a label to the column it stands over, or as a column of its own. */
  private static void add(List<Column> columns, List<Word> group) {
    float x0 = group.get(0).x0();
    float x1 = group.get(group.size() - 1).x1();
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      if (x0 < column.x1() && x1 > column.x0()) {
        columns.set(c, new Column(Math.min(x0, column.x0()), Math.max(x1, column.x1()),
            column.label().append(' ').append(text(group))));
        return;
      }
    }
    int at = 0;
    while (at < columns.size() && columns.get(at).x0() < x0) {
      at++;
    }
    columns.add(at, new Column(x0, x1, new StringBuilder(text(group))));
  }

  /**
   * Where each column after the first begins: in the space between its label and the one before, where the
   * fewest words of the lines below the header (up to the next table's) cross (the middle of the widest such
   * stretch), since a label may stand centred over a column whose text runs wider.
   */
  private static float[] edges(List<Column> columns, List<List<Word>> lines, int body) {
    float[] edges = new float[columns.size() - 1];
    int end = body;
    while (end < lines.size() && header(lines, end) == null) {
      end++;   // up to the next table
    }
    for (int k = 1; k < columns.size(); k++) {
      float from = columns.get(k - 1).x1();
      float to = columns.get(k).x0();
      List<Word> below = new ArrayList<>();
      for (List<Word> line : lines.subList(body, end)) {
        if (line.stream().noneMatch(w -> w.x0() < from && w.x1() > to)) {
          below.addAll(line);   // a line across the whole gap (prose, a row across the table) tells nothing
        }
      }
      int best = Integer.MAX_VALUE;
      float bestStart = from;
      float bestEnd = from;
      float runStart = from;
      int runCount = -1;
      for (float x = from; x <= to + 0.01f; x += 0.5f) {
        float at = x;
        int count = (int) below.stream().filter(w -> w.x0() < at && w.x1() > at).count();
        if (count != runCount) {
          runStart = x;
          runCount = count;
        }
        if (count < best || count == best && x - runStart > bestEnd - bestStart) {
          best = count;
          bestStart = runStart;
          bestEnd = x;
        }
      }
      edges[k - 1] = (bestStart + bestEnd) / 2;
    }
    return edges;
  }

  private static int columnOf(Word word, float[] edges) {
    int column = 0;
    while (column < edges.length && word.x0() >= edges[column]) {
      column++;
    }
    return column;
  }

  private static boolean crosses(List<Word> line, float[] edges) {
    for (Word word : line) {
      for (float edge : edges) {
        if (word.x0() < edge && word.x1() > edge) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the table goes on from line {@code i}: the lines from there to the next that crosses a column's edge
   * have words in two columns at least.
   */
  private static boolean goesOn(List<List<Word>> lines, int i, float[] edges) {
    Set<Integer> columns = new HashSet<>();
    for (int k = i; k < lines.size() && !crosses(lines.get(k), edges); k++) {
      lines.get(k).forEach(w -> columns.add(columnOf(w, edges)));
    }
    return columns.size() >= 2;
  }

  /**
   * A cell's words, its lines joined as one paragraph's (a line that ends with a hyphen stays a line, for the
   * cleaner to join the word); a new paragraph for each sentence that ends a line before one that opens with a
   * capital, a bullet or a recommendation's number, as a cell's paragraphs are printed.
   */
  private static String cellText(List<Word> cell) {
    StringBuilder text = new StringBuilder();
    Word before = null;
    for (Word word : cell) {
      String words = word.text().strip();
      if (before != null) {
        while (Character.isWhitespace(text.charAt(text.length() - 1))) {
          text.setLength(text.length() - 1);
        }
        char end = text.charAt(text.length() - 1);
        char start = words.charAt(0);
        boolean newLine = word.y() - before.y() > word.size() / 2;
        boolean paragraph = newLine && (isBullet(start) || ".;!?".indexOf(end) >= 0 && Character.isUpperCase(start)
            || RecommendationTable.NUMBERED.matcher(words).lookingAt());
        text.append(paragraph ? "\n\n" : newLine && end == '-' ? "\n" : " ");
      }
      text.append(words);
      before = word;
    }
    return text.toString();
  }

  /** A list's bullet: "•", a dingbat or geometric shape, a symbol font's private-use glyph. */
  private static boolean isBullet(char c) {
    return "•‣⁃∙·".indexOf(c) >= 0 || c >= '\u25A0' && c <= '\u25FF' || c >= '\u2700' && c <= '\u27BF'
        || c >= '\uF000' && c <= '\uF0FF';
  }

  private static String text(List<Word> words) {
    StringBuilder text = new StringBuilder();
    for (Word word : words) {
      text.append(text.length() > 0 ? " " : "").append(word.text());
    }
    return text.toString();
  }
}
