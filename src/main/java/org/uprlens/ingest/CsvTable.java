package org.uprlens.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CSV (or tab- or semicolon-separated) file as a table: its header and its rows, each cell with where its value
 * stands in the text, so that a recommendation read from a cell keeps its place in the document as one read from
 * prose does. RFC 4180 quoting: a quoted cell may hold the separator, line breaks and doubled quotes.
 *
 * @param header the column names, in lower case with runs of non-letters as one space ("recommending state(s)" →
 *     "recommending state s")
 */
public record CsvTable(List<String> header, List<List<Cell>> rows) {
  /** A cell: its value (quotes undone) and where it stands in the text, inside its quotes. */
  public record Cell(int begin, int end, String value) {}

  public CsvTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** The table in {@code text}, whose first line is its header; lines holding nothing are skipped. */
  public static CsvTable parse(String text) {
    char separator = separator(text);
    List<List<Cell>> lines = new ArrayList<>();
    List<Cell> row = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i <= n) {
      Cell cell;
      if (i < n && text.charAt(i) == '"') {
        StringBuilder value = new StringBuilder();
        int j = i + 1;
        while (j < n && !(text.charAt(j) == '"' && (j + 1 >= n || text.charAt(j + 1) != '"'))) {
          value.append(text.charAt(j));
          j += text.charAt(j) == '"' ? 2 : 1;   // a doubled quote is one
        }
        cell = new Cell(i + 1, Math.min(j, n), value.toString());
        i = Math.min(j + 1, n);
        while (i < n && text.charAt(i) != separator && text.charAt(i) != '\n') {
          i++;   // stray characters after the closing quote
        }
      } else {
        int j = i;
        while (j < n && text.charAt(j) != separator && text.charAt(j) != '\n') {
          j++;
        }
        cell = new Cell(i, j, text.substring(i, j));
        i = j;
      }
      row.add(cell);
      if (i < n && text.charAt(i) == separator) {
        i++;
        continue;
      }
      if (row.size() > 1 || !row.get(0).value().isBlank()) {
        lines.add(row);
      }
      row = new ArrayList<>();
      i++;   // past the line end, or past the text's end
    }
    List<String> header = new ArrayList<>();
    if (!lines.isEmpty()) {
      for (Cell cell : lines.get(0)) {
        header.add(normalised(cell.value()));
      }
    }
    return new CsvTable(header, lines.isEmpty() ? List.of() : lines.subList(1, lines.size()));
  }

  /** Index of the first column named any of {@code names} (as {@link #header} writes names), or -1. */
  public int column(List<String> names) {
    for (String name : names) {
      int at = header.indexOf(name);
      if (at >= 0) {
        return at;
      }
    }
    return -1;
  }

  /** The row's value in {@code column}, stripped; null when the column is -1, missing in the row or blank. */
  public static String value(List<Cell> row, int column) {
    if (column < 0 || column >= row.size() || row.get(column).value().isBlank()) {
      return null;
    }
    return row.get(column).value().strip();
  }

  /** The separator the header line uses most: comma, tab or semicolon. */
  private static char separator(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    char best = ',';
    long most = first.chars().filter(c -> c == ',').count();
    for (char c : new char[] {'\t', ';'}) {
      long count = first.chars().filter(x -> x == c).count();
      if (count > most) {
        best = c;
        most = count;
      }
    }
    return best;
  }

  /** A column name as {@link #header} writes it: "Recommending State(s)" → "recommending state s". */
  static String normalised(String name) {
    return name.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]+", " ").strip();
  }
}
