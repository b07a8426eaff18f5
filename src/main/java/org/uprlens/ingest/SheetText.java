package org.uprlens.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * An Excel workbook (.xlsx, or .xls 97-2003) of recommendations, as UPR Info's database and many offices export
 * them, written out as CSV text so that it is read as a {@code .csv} is ({@link RecommendationTable}): that text is the
 * document's text, and each row's span is its cell's place in it.
 *
 * <p>A sheet is a table when one of its first rows names a column of texts; rows above it (an export's title, its
 * date) are not data. Several such sheets (one per cluster, say) make one table whose columns are all theirs, matched
 * by name. A cell reads as Excel shows it (numbers in their format, a formula as its last computed value), and a
 * value merged down several rows of a column (one State, one response for a group) counts for each of them.
 */
final class SheetText {
  /** How far down a sheet its header row may start. */
  private static final int HEADER_ROWS = 20;

  private SheetText() {}

  /** A sheet's name and its rows of cell texts as shown, blank rows left out. */
  record Sheet(String name, List<List<String>> rows) {}

  static Extracted extract(byte[] bytes) throws RejectException {
    try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      DataFormatter shown = new DataFormatter();
      shown.setUseCachedValuesForFormulaCells(true);   // a workbook's last computed values, not its formulas
      List<Sheet> sheets = new ArrayList<>();
      for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
        sheets.add(new Sheet(sheet.getSheetName(), rows(sheet, shown)));
      }
      return of(sheets, "Excel workbook");
    } catch (EncryptedDocumentException e) {
      throw new RejectException(RejectReason.ENCRYPTED, "Excel workbook needs a password to open");
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new RejectException(RejectReason.DAMAGED,
          "Excel workbook cannot be parsed: " + (e.getMessage() != null ? e.getMessage() : e));
    }
  }

  /**
   * The sheets that are tables of recommendations, as one CSV text.
   *
   * @param what the kind of file, for the reject's detail ("Excel workbook")
   */
  static Extracted of(List<Sheet> sheets, String what) throws RejectException {
    List<List<List<String>>> tables = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (Sheet sheet : sheets) {
      List<List<String>> rows = sheet.rows();
      int header = headerRow(rows);
      if (header >= 0) {
        tables.add(rows.subList(header, rows.size()));
      } else {
        seen.add(sheet.name() + (rows.isEmpty() ? " (empty)" : " (" + String.join(", ", rows.get(0)) + ")"));
      }
    }
    if (sheets.isEmpty()) {
      throw new RejectException(RejectReason.EMPTY, what + " without any sheet");
    }
    if (tables.isEmpty()) {
      throw new RejectException(RejectReason.UNSUPPORTED_FORMAT, "an " + what + " is read as a table of"
          + " recommendations, one per row, and no sheet has a column of texts (" + RecommendationTable.textColumns()
          + ") in its first " + HEADER_ROWS + " rows; its sheets: " + String.join("; ", seen));
    }
    return new Extracted(csv(tables), List.of(), null, List.of());
  }

  /** The sheet's rows as Excel shows them, blank rows left out, with values merged down a column repeated. */
  private static List<List<String>> rows(org.apache.poi.ss.usermodel.Sheet sheet, DataFormatter shown) {
    Map<Integer, List<String>> byIndex = new LinkedHashMap<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < row.getLastCellNum(); c++) {
        Cell cell = row.getCell(c);
        cells.add(cell == null ? "" : shown.formatCellValue(cell).strip());
      }
      byIndex.put(row.getRowNum(), cells);
    }
    for (CellRangeAddress merged : sheet.getMergedRegions()) {
      List<String> top = byIndex.get(merged.getFirstRow());
      int c = merged.getFirstColumn();
      if (top == null || c >= top.size() || merged.getFirstColumn() != merged.getLastColumn()) {
        continue;   // only a value merged down one column means the same for each row it spans
      }
      for (int r = merged.getFirstRow() + 1; r <= merged.getLastRow(); r++) {
        List<String> below = byIndex.get(r);
        if (below != null) {
          while (below.size() <= c) {
            below.add("");
          }
          below.set(c, top.get(c));
        }
      }
    }
    List<List<String>> rows = new ArrayList<>();
    for (List<String> cells : byIndex.values()) {
      if (cells.stream().anyMatch(v -> !v.isEmpty())) {
        rows.add(cells);
      }
    }
    return rows;
  }

  /** The first of the sheet's first rows that names a column of texts, or -1. */
  private static int headerRow(List<List<String>> rows) {
    for (int r = 0; r < Math.min(rows.size(), HEADER_ROWS); r++) {
      if (rows.get(r).stream().anyMatch(v -> RecommendationTable.isTextColumn(CsvTable.normalised(v)))) {
        return r;
      }
    }
    return -1;
  }

  /**
   * The tables (each a header row, then its rows) as one CSV text: its columns are the tables' columns in order of
   * first appearance, a name shared by two sheets one column, as {@link CsvTable#normalised} compares names.
   */
  static String csv(List<List<List<String>>> tables) {
    List<String> names = new ArrayList<>();
    List<String> printed = new ArrayList<>();
    for (List<List<String>> table : tables) {
      for (String name : table.get(0)) {
        String key = CsvTable.normalised(name);
        if (!key.isEmpty() && !names.contains(key)) {
          names.add(key);
          printed.add(name);
        }
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, printed);
    for (List<List<String>> table : tables) {
      List<String> header = table.get(0).stream().map(CsvTable::normalised).toList();
      List<Integer> columns = names.stream().map(header::indexOf).toList();   // -1: the sheet has no such column
      for (List<String> row : table.subList(1, table.size())) {
        List<String> values = new ArrayList<>();
        for (int c : columns) {
          values.add(c >= 0 && c < row.size() ? row.get(c) : "");
        }
        line(out, values);
      }
    }
    return out.toString();
  }

  /** One CSV line, a value quoted (RFC 4180) when it holds a comma, a quote or a line break. */
  private static void line(StringBuilder out, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      out.append(i > 0 ? "," : "");
      boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
      out.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
    }
    out.append('\n');
  }
}
