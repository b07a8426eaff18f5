package org.uprlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uprlens.ingest.OutlineReader;

/**
 * Needs: a document's text. Produces: the rows of an OHCHR thematic matrix ("UPR of X: thematic list of
 * recommendations"), one {@link WorkingGroupList.Item} per recommendation text with its "(State)" groups, the
 * position the matrix prints beside it and the theme it is listed under.
 *
 * <p>A matrix is a table: per row a cell "124.12 Ratify ... (Germany);" often followed by "Source of position:
 * A/HRC/../Add.1", then a cell with the position ("Supported", "Noted"), then the themes. Ingest gives each cell
 * its own paragraph (Word tables) in row order. Rows are grouped by theme, so their numbers do not run in order as
 * a Working Group report's list does: a row is any line that starts with a two-part number, in a document that
 * ingest found to be a matrix ({@link org.uprlens.ingest.DocKind#MATRIX}).
 */
public final class ThematicMatrix {
  /** A row's number at the start of its cell, before its text or alone on its line (the text then follows). */
  private static final Pattern ROW =
      Pattern.compile("^[ \\t]*(\\d{1,3})\\.(\\d{1,3})\\.?(?:[ \\t]+(?=\\S)|[ \\t]*$)");
  private static final Pattern THEME = Pattern.compile("^[ \\t]*themes?[ \\t]*:[ \\t]*(\\S.*?)[ \\t]*$",
      Pattern.CASE_INSENSITIVE);
  /**
   * A position cell, perhaps with a footnote star: alone on its line (a Word table's cell), or followed on its line
   * by the first theme code (a PDF prints a row's cells side by side: "Noted D23 Death penalty"). "Supported/Noted"
   * (partly supported) counts as Noted, as UPR Info does.
   */
  private static final Pattern POSITION = Pattern.compile(
      "^[ \\t]*(supported[ \\t]*/[ \\t]*noted|partially[ \\t]+supported|partly[ \\t]+supported|not[ \\t]+supported"
          + "|supported[ \\t]+in[ \\t]+part|not[ \\t]+accepted|supported|accepted|noted|rejected|pending)"
          + "\\.?\\*{0,2}(?:[ \\t]*$|[ \\t]+(?=[A-Z]\\d{1,2}[ \\t]+\\p{Lu}))", Pattern.CASE_INSENSITIVE);
  /** The addendum a position is taken from, inside the source of position. */
  private static final Pattern ADDENDUM_SYMBOL = Pattern.compile("\\bA/[\\w./-]+?/Add\\.\\s?\\d+");
  private static final Pattern SOURCE =
      Pattern.compile("(?i)source[ \\t]+of[ \\t]+position[ \\t]*:?[ \\t]*([^\\n]*)");
  /** The first line of the next cell: a theme code ("A12 Acceptance of ..."), affected persons, or a position. */
  private static final Pattern NEXT_CELL = Pattern.compile(
      "^[ \\t]*(?:[A-Z]\\d{1,2}[ \\t]+\\p{Lu}|(?i:affected[ \\t]+persons|source[ \\t]+of[ \\t]+position))");

  /** A theme heading is a line or two; beyond this, what follows it is not the heading. */
  private static final int MAX_THEME = 200;

  private ThematicMatrix() {}

  private static boolean lineMatches(String text, int[] line, Pattern p) {
    return p.matcher(text).region(line[0], line[1]).lookingAt();
  }

  /** The rows of the matrix in document order (ingest decides that a text is a matrix: its kind). */
  public static List<WorkingGroupList.Item> parse(String text, String reviewed) {
    return rows(text, reviewed).stream().flatMap(r -> r.items().stream()).toList();
  }

  /**
   * The positions of the matrix as responses to the recommendations of the Working Group report its "Source of
   * position" names (the stem of "A/HRC/39/11/Add.1" is the report "A/HRC/39/11"), one per row that has both.
   */
  public static List<AddendumResponses.Response> responses(String text) {
    List<AddendumResponses.Response> responses = new ArrayList<>();
    for (Row row : rows(text, null)) {
      Matcher symbol = row.source() == null ? null : ADDENDUM_SYMBOL.matcher(row.source());
      String report = symbol != null && symbol.find() ? AddendumResponses.reportSymbol(symbol.group()) : null;
      WorkingGroupList.Item first = row.items().isEmpty() ? null : row.items().get(0);
      if (report != null && first != null && first.supportStated() != null) {
        responses.add(new AddendumResponses.Response(report, first.paragraph(), first.supportStated(),
            first.supportEvidence()));
      }
    }
    return responses;
  }

  /** One row of the table: the texts of its recommendation cell, and its source of position as printed. */
  private record Row(List<WorkingGroupList.Item> items, String source) {}

  private static List<Row> rows(String text, String reviewed) {
    List<int[]> lines = OutlineReader.lines(text);
    List<Row> rows = new ArrayList<>();
    String theme = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = text.substring(lines.get(i)[0], lines.get(i)[1]);
      Matcher themeLine = THEME.matcher(line);
      if (themeLine.lookingAt()) {
        // A PDF wraps a long theme cell onto the next lines, up to the next row (a Word cell ends at a blank line).
        StringBuilder wrapped = new StringBuilder(themeLine.group(1));
        for (; i + 1 < lines.size() && !text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1]).isBlank()
            && !lineMatches(text, lines.get(i + 1), ROW) && !lineMatches(text, lines.get(i + 1), THEME)
            && wrapped.length() < MAX_THEME; i++) {
          wrapped.append(' ').append(text, lines.get(i + 1)[0], lines.get(i + 1)[1]);
        }
        theme = WorkingGroupList.collapse(wrapped.toString());
        continue;
      }
      Matcher row = ROW.matcher(line);
      if (!row.lookingAt()) {
        continue;
      }
      int body = lines.get(i)[0] + row.end();
      int cellEnd = text.length();
      String position = null;
      String source = null;
      int j = i + 1;
      for (; j < lines.size(); j++) {
        String next = text.substring(lines.get(j)[0], lines.get(j)[1]);
        if (ROW.matcher(next).lookingAt() || THEME.matcher(next).lookingAt()) {
          break;
        }
        String printed = position(next, j + 1 < lines.size() ? text.substring(lines.get(j + 1)[0],
            lines.get(j + 1)[1]) : "");
        if (cellEnd == text.length() && (printed != null || NEXT_CELL.matcher(next).lookingAt())) {
          cellEnd = lines.get(j)[0];
        }
        if (printed != null && position == null) {
          position = printed;
        }
      }
      int rowEnd = j < lines.size() ? lines.get(j)[0] : text.length();
      cellEnd = Math.min(cellEnd, rowEnd);
      Matcher src = SOURCE.matcher(text).region(body, rowEnd);
      if (src.find()) {
        cellEnd = Math.min(cellEnd, src.start());
        source = src.group(1).strip();
      }
      String paragraph = row.group(1) + "." + row.group(2);
      String support = support(position);
      String evidence = support == null ? null : "position: " + position
          + (source == null || source.isEmpty() ? "" : " (source of position: " + source + ")");
      List<WorkingGroupList.Item> items = new ArrayList<>();
      for (WorkingGroupList.Segment s : WorkingGroupList.segments(text, body, cellEnd)) {
        String words =
            WorkingGroupList.withoutStateGroups(WorkingGroupList.collapse(text.substring(s.begin(), s.end())));
        items.add(new WorkingGroupList.Item(paragraph, s.begin(), s.end(), words, s.states(), support, evidence,
            reviewed, theme));
      }
      rows.add(new Row(items, source));
      i = j - 1;
    }
    return rows;
  }

  /**
   * The position a line prints, as printed ("Supported/Noted"), or null. A PDF may wrap "Supported/" before
   * "Noted", so a line ending in a slash is read together with the next.
   */
  private static String position(String line, String nextLine) {
    String cell = line.stripTrailing().endsWith("/") ? line.stripTrailing() + nextLine : line;
    Matcher m = POSITION.matcher(cell);
    return m.lookingAt() ? m.group(1).replaceAll("\\s*/\\s*", "/") + m.group().substring(m.end(1)).strip() : null;
  }

  /** "Supported", "Noted", or null for a pending position or none. */
  static String support(String position) {
    if (position == null) {
      return null;
    }
    String p = position.toLowerCase(Locale.ROOT).replaceAll("[\\s.*]+", " ").strip();
    if (p.equals("pending")) {
      return null;
    }
    return p.equals("supported") || p.equals("accepted") ? WorkingGroupList.SUPPORTED : WorkingGroupList.NOTED;
  }
}
