package org.uprlens.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uprlens.States;

/**
 * Tables of recommendations as a Word document or a web page prints them once their text is extracted ({@link
 * DocxText}, {@link HtmlText}): every cell a paragraph of its own, row after row, under a header row of column names
 * ("Recommendation", "Recommending State", "Response"), read by the names {@link RecommendationTable} knows. The
 * text keeps no row boundaries, so each row is checked against what its columns hold (a text of a few words, State
 * names, a short response, a number): the first row that does not fit, as when an empty cell shifts the rest, ends
 * the table, and no cell is read under another's column.
 */
public final class PrintedTable {
  /** A header has at least a text column and one other, and at most this many. */
  private static final int MAX_COLUMNS = 8;
  /** A column name is a short label: "Recommending State(s)", "Status of implementation". */
  private static final int MAX_LABEL_WORDS = 5;
  private static final int MAX_LABEL_CHARS = 50;
  /** A recommendation has a verb and its object at least: "Ratify the Convention". */
  private static final int MIN_TEXT_WORDS = 3;
  /** A response cell: "Supported", "Partially supported", "Supported/Noted", "Under consideration". */
  private static final int MAX_RESPONSE_WORDS = 5;
  /** The makers in parentheses that close a recommendation as a report prints it: "... (Costa Rica);". */
  private static final Pattern MAKERS_AFTER = Pattern.compile("\\(([^()]{2,300})\\)[;.]?\\s*$");

  private PrintedTable() {}

  /**
   * A table of recommendations printed in a text: where its header begins, where the short lines above it that
   * could be column names begin (a heading, a first header row: {@code top <= header}), and its rows.
   */
  public record Table(int top, int header, List<RecommendationTable.Row> rows) {}

  /** The rows of every table of recommendations printed in {@code text}, in order; none when it prints none. */
  public static List<RecommendationTable.Row> rows(String text) {
    return tables(text).stream().flatMap(t -> t.rows().stream()).toList();
  }

  /** Every table of recommendations printed in {@code text} that has a row, in order. */
  public static List<Table> tables(String text) {
    if (!text.toLowerCase(Locale.ROOT).contains("recommendation")) {
      return List.of();   // a table of them names them: its header ("Recommendation"), or the words over it
    }
    List<CsvTable.Cell> blocks = blocks(text);
    List<Table> tables = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      int labels = i;
      while (labels < blocks.size() && labels - i < MAX_COLUMNS + 1 && isLabel(blocks.get(labels).value())) {
        labels++;
      }
      int end = read(blocks, i, labels, tables);
      i = end > i ? end - 1 : i;
    }
    return tables;
  }

  /**
   * Reads the table whose header is among the labels in [from, labels) into {@code tables}: where the block after the
   * table is, or {@code from} when there is none. A heading just above the header ("Progress on accepted
   * recommendations") is a label too, so the header may start later; and a short first cell ("Repeal the law")
   * looks like one, so it may end earlier. Of the headers that give rows, the one with the most rows is read, and
   * of equals the later: a heading taken for a first column of anything fits as well.
   */
  private static int read(List<CsvTable.Cell> blocks, int from, int labels, List<Table> tables) {
    int bestStart = -1;
    int bestHeaderEnd = -1;
    int bestEnd = from;
    for (int start = from; start < labels - 1; start++) {
      for (int headerEnd = labels; headerEnd >= start + 2; headerEnd--) {
        int end = bodyEnd(header(blocks, start, headerEnd), blocks, headerEnd);
        if (end > headerEnd) {
          if (rowCount(start, headerEnd, end) >= rowCount(bestStart, bestHeaderEnd, bestEnd)) {
            bestStart = start;
            bestHeaderEnd = headerEnd;
            bestEnd = end;
          }
          break;
        }
      }
    }
    if (bestStart < 0) {
      return from;
    }
    List<String> header = header(blocks, bestStart, bestHeaderEnd);
    List<List<CsvTable.Cell>> body = new ArrayList<>();
    for (int r = bestHeaderEnd; r < bestEnd; r += header.size()) {
      body.add(blocks.subList(r, r + header.size()));
    }
    List<RecommendationTable.Row> rows = RecommendationTable.rows(new CsvTable(header, body), true);
    if (!rows.isEmpty()) {
      tables.add(new Table(blocks.get(from).begin(), blocks.get(bestStart).begin(), rows));
    }
    return bestEnd;
  }

  private static List<String> header(List<CsvTable.Cell> blocks, int start, int end) {
    return blocks.subList(start, end).stream().map(b -> CsvTable.normalised(b.value())).toList();
  }

  private static int rowCount(int start, int headerEnd, int end) {
    return start < 0 ? 0 : (end - headerEnd) / (headerEnd - start);
  }

  /**
   * Where the rows under {@code header} end: the index of the first block after the last row whose cells fit their
   * columns; {@code from} when the first does not, or when the header is no table of recommendations.
   */
  private static int bodyEnd(List<String> header, List<CsvTable.Cell> blocks, int from) {
    boolean texts = header.stream().anyMatch(RecommendationTable::isTextColumn);
    long known = header.stream().filter(RecommendationTable::isKnownColumn).count();
    // A name twice is two header rows taken for one: a cell spanning both rows is repeated in each.
    if (!texts || header.size() > MAX_COLUMNS || header.stream().distinct().count() < header.size()) {
      return from;
    }
    int end = from;
    while (end + header.size() <= blocks.size() && fits(header, blocks.subList(end, end + header.size()))) {
      end += header.size();
    }
    // A text column alone among columns this class does not read is one beside a plan's columns ("Recommendation |
    // Lead institution | Timeline", an implementation plan or an organisation's agenda), or when its texts are
    // cited from a report.
    return known >= 2 || header.stream().anyMatch(RecommendationTable::isPlanColumn)
        || cited(header, blocks, from, end) ? end : from;
  }

  /**
   * Whether the rows in [from, end) are two or more, each text as its report prints it: opening with its number
   * ("40.12 Adopt") or closing with its makers ("... (Ireland);").
   */
  private static boolean cited(List<String> header, List<CsvTable.Cell> blocks, int from, int end) {
    int column = 0;
    while (!RecommendationTable.isTextColumn(header.get(column))) {
      column++;
    }
    for (int r = from; r < end; r += header.size()) {
      String value = blocks.get(r + column).value();
      Matcher makers = MAKERS_AFTER.matcher(value);
      if (!RecommendationTable.NUMBERED.matcher(value).lookingAt()
          && !(makers.find() && !States.mentions(makers.group(1)).isEmpty())) {
        return false;
      }
    }
    return end - from >= 2 * header.size();
  }

  /** Whether each cell holds what its column does. */
  private static boolean fits(List<String> header, List<CsvTable.Cell> row) {
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      String value = row.get(c).value();
      if (RecommendationTable.isKnownColumn(CsvTable.normalised(value)) || !fits(name, value)) {
        return false;
      }
    }
    return true;
  }

  private static boolean fits(String column, String value) {
    RecommendationTable.Column kind = RecommendationTable.kindOf(column);
    if (kind == null) {
      return true;
    }
    return switch (kind) {
      case TEXT -> words(value) >= MIN_TEXT_WORDS;
      case MAKERS, REVIEWED -> !States.mentions(value).isEmpty() || RecommendationTable.isNone(value);
      case RESPONSE -> words(value) <= MAX_RESPONSE_WORDS && States.byName(value).isEmpty();
      case ID -> value.chars().anyMatch(Character::isDigit);
    };
  }

  /**
   * A column name: a few words ("No.", "Recommendation No." for ones; "#"), no number, no State's name, no sentence.
   */
  private static boolean isLabel(String value) {
    if (value.strip().equals("#")) {
      return true;   // a column of numbers
    }
    boolean sentence = value.endsWith(";") || value.endsWith(".") && !value.matches("(?s).*\\b\\p{L}{1,3}\\.");
    return value.length() <= MAX_LABEL_CHARS && words(value) <= MAX_LABEL_WORDS && !sentence
        && value.chars().anyMatch(Character::isLetter) && value.chars().noneMatch(Character::isDigit)
        && States.mentions(value).isEmpty();
  }

  private static int words(String value) {
    String stripped = value.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }

  /** The text's paragraphs, runs of lines that are not blank, each as one line of words where it stands. */
  static List<CsvTable.Cell> blocks(String text) {
    List<CsvTable.Cell> blocks = new ArrayList<>();
    int begin = -1;
    int end = -1;
    int i = 0;
    while (i <= text.length()) {
      int lineEnd = text.indexOf('\n', i);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      String line = text.substring(i, lineEnd);
      if (line.isBlank()) {
        if (begin >= 0) {
          blocks.add(block(text, begin, end));
          begin = -1;
        }
      } else {
        int lead = 0;
        while (Character.isWhitespace(line.charAt(lead))) {
          lead++;
        }
        begin = begin < 0 ? i + lead : begin;
        end = i + line.stripTrailing().length();
      }
      i = lineEnd + 1;
    }
    if (begin >= 0) {
      blocks.add(block(text, begin, end));
    }
    return blocks;
  }

  private static CsvTable.Cell block(String text, int begin, int end) {
    return new CsvTable.Cell(begin, end, text.substring(begin, end).replaceAll("\\s+", " "));
  }
}
