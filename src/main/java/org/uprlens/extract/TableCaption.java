package org.uprlens.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uprlens.ingest.PrintedTable;
import org.uprlens.nlp.Sentence;

/**
 * The response a table's caption states for all its rows, as a mid-term report or a scorecard sorts its tables
 * instead of giving each row a response cell: "Recommendations supported by Zambia", "Progress on accepted
 * recommendations", "the recommendations Nepal did not accept". A caption that names both responses ("accepted and
 * noted alike") or neither states none.
 */
final class TableCaption {
  /** The caption: the last lines above the table's labels, a heading and a sentence at most. */
  private static final int LINES = 2;
  /** How far above the header a caption may start. */
  private static final int REACH = 400;
  /** Up to four words between "recommendations" and the response: "recommendations that Peru has supported". */
  private static final String BETWEEN = "(?:(?!not\\b|did\\b|does\\b)[\\p{L}'’-]+\\s+){0,4}?";
  private static final Pattern SUPPORTED = Pattern.compile("(?i)\\b(?:accepted|supported)\\s+recommendations\\b"
      + "|\\brecommendations\\s+" + BETWEEN + "(?:accepted|supported)\\b");
  private static final Pattern NOTED = Pattern.compile("(?i)\\b(?:noted|rejected)\\s+recommendations\\b"
      + "|\\brecommendations\\s+" + BETWEEN + "(?:noted|rejected)\\b"
      + "|\\brecommendations\\s+" + BETWEEN + "(?:did|does|do|could)\\s+not\\s+(?:accept|support)\\b"
      + "|\\brecommendations\\s+not\\s+(?:accepted|supported)\\b");

  /** A caption's response and the caption that states it. */
  record Stated(String support, String evidence) {}

  private TableCaption() {}

  /**
   * The response stated by the caption of {@code table}, looking no further up than {@code floor} (the end of the
   * table before): the lines above it and the short lines over its header; null when it states none.
   */
  static Stated of(String text, PrintedTable.Table table, int floor) {
    int header = table.header();
    int begin = table.top();
    for (int line = 0; line < LINES; line++) {
      int end = begin;
      while (end > floor && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end <= floor) {
        break;
      }
      begin = text.lastIndexOf('\n', end - 1) + 1;
    }
    begin = Math.max(begin, Math.max(floor, header - REACH));
    String caption = text.substring(begin, header);
    Matcher supported = SUPPORTED.matcher(caption);
    Matcher noted = NOTED.matcher(caption);
    boolean yes = supported.find();
    boolean no = noted.find();
    if (yes == no) {
      return null;
    }
    // The evidence: from the line that says it to the end of its sentence, which a PDF may wrap over lines.
    Matcher said = yes ? supported : noted;
    int from = caption.lastIndexOf('\n', said.start()) + 1;
    int to = caption.indexOf('\n', said.end());
    while (to >= 0 && !closed(caption.substring(from, to)) && goesOn(caption, to)) {
      to = caption.indexOf('\n', to + 1);
    }
    return new Stated(yes ? WorkingGroupList.SUPPORTED : WorkingGroupList.NOTED,
        Sentence.collapseSpace(caption.substring(from, to < 0 ? caption.length() : to)).strip());
  }

  private static boolean closed(String lines) {
    return lines.strip().matches("(?s).*[.:;]");
  }

  /** Whether a line follows the line break at {@code at}, not a blank line or the caption's end. */
  private static boolean goesOn(String caption, int at) {
    return at + 1 < caption.length() && caption.charAt(at + 1) != '\n' && !caption.substring(at + 1).isBlank();
  }
}
