package org.uprlens.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Needs: the text of a document that quotes an earlier review's recommendations by the number they have in the
 * Working Group report, as a State's mid-term report does, or a national report or a submission looking back.
 * Produces: one {@link WorkingGroupList.Item} per quoted recommendation, with its States and, where the document
 * states it beside the quote, the response. Three layouts are read:
 * <ul>
 *   <li>labelled: {@code Recommendation 98.3 (Portugal): Ratify ...}, the States before or after the text, or
 *       none;</li>
 *   <li>as the report prints it: {@code 115.12 Strengthen ... (Netherlands);}, the States closing the text;</li>
 *   <li>a table read cell by cell: {@code 131.4}, the text, then a cell that is only State names, then perhaps
 *       the response ("Supported").</li>
 * </ul>
 * A number followed by text is a quote only when the word "Recommendation" introduces it, or States are named for
 * it and it opens as an ask does, so that a report's own numbered paragraphs ("1.2 The report was drafted ...",
 * "5.2 The case of a journalist held in Dushanbe (Tajikistan).") are not taken. Works on the text alone.
 */
public final class QuotedRecommendations {
  private QuotedRecommendations() {}

  /**
   * "Recommendation 98.3", "Recommendation No. 98.3", "• Recommendation 98.3"; in a report's own numbered paragraph,
   * "3. Recommendation 98.3".
   */
  private static final Pattern LABELLED = Pattern.compile(
      "(?i)^[ \\t]*(?:\\d{1,3}\\.[ \\t]+)?(?:[•*\\-–][ \\t]*)?recommendations?[ \\t]+(?:(?:no\\.?[ \\t]*)?"
          + "(\\d{1,3}\\.\\d{1,3})(?![\\d.]\\d)"
          // an assessment's count of the quotes it makes: "Recommendation nº1: Ratify ... (Recommended by Denmark)"
          + "|n[º°o]\\.?[ \\t]*(\\d{1,3})(?![\\d.]))");
  /** "115.12 ", "115.12. ", or the number alone in its cell. */
  private static final Pattern NUMBERED = Pattern.compile("^[ \\t]*(\\d{1,3}\\.\\d{1,3})\\.?(?=[ \\t]|$)");
  /** A line that starts another part of the document: a numbered paragraph, or a label ("Measures taken:"). */
  private static final Pattern NEW_PART = Pattern.compile(
      "^[ \\t]*(?:\\d{1,3}\\.(?:\\d{1,3}\\.?)?[ \\t]|[A-Z][\\p{L} ]{1,40}:|[A-Z]\\.[ \\t]|[IVX]{1,4}\\.[ \\t])");
  /** The response stated beside a quote: "Supported", "Position: Noted", "Response of Malawi: accepted." */
  private static final Pattern RESPONSE = Pattern.compile(
      "(?i)^[\\s\\-–—:;,.(\\[]*(?:(?:position|response|status)(?:[ \\t]+of[ \\t]+[^:\\n]{1,60})?[ \\t]*:[ \\t]*)?"
          + "(supported|accepted|noted|not[ \\t]+supported|not[ \\t]+accepted|rejected)[)\\].;]?[ \\t]*$");
  /** A label after a quote's text on its line: "Status:", "Position of Ghana:", "Response:". */
  private static final Pattern INLINE_LABEL = Pattern.compile(
      "(?i)\\s+(?=(?:status|position|response|level[ \\t]+of[ \\t]+implementation)(?:[ \\t]+of[ \\t]+[^:\\n]{1,60})?"
          + "[ \\t]*:)");
  /** How far after a quote its response may be stated: the cells or lines that follow it. */
  private static final int RESPONSE_LINES = 4;
  /** A quoted recommendation's text runs over at most this many lines. */
  private static final int MAX_LINES = 10;

  /** The quoted recommendations, in document order; empty when the text quotes none. */
  public static List<WorkingGroupList.Item> parse(String text) {
    List<int[]> lines = lines(text);
    List<WorkingGroupList.Item> items = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int next = quoteAt(text, lines, i, items);
      i = next > i ? next : i + 1;
    }
    return items;
  }

  /** Reads a quote starting on line {@code i} into {@code items}; the line after it, or {@code i} when none. */
  private static int quoteAt(String text, List<int[]> lines, int i, List<WorkingGroupList.Item> items) {
    String line = line(text, lines, i);
    Matcher m = LABELLED.matcher(line);
    boolean labelled = m.find();
    if (!labelled && !(m = NUMBERED.matcher(line)).find()) {
      return byMaker(text, lines, i, items);
    }
    String number = labelled && m.group(1) == null ? m.group(2) : m.group(1);
    int at = lines.get(i)[0] + m.end();
    // States before the text: "Recommendation 98.3 (Portugal; Uruguay): Ratify ..."
    List<String> leading = List.of();
    int k = skip(text, at, " \t");
    if (k < text.length() && text.charAt(k) == '(') {
      int close = text.indexOf(')', k);
      List<String> states = close < 0 ? null : WorkingGroupList.states(text.substring(k + 1, close));
      if (states != null) {
        leading = states;
        at = close + 1;
      }
    }
    at = skip(text, at, " \t:.-–—");
    int first = i;
    if (at >= lines.get(i)[1]) {   // the number alone in its cell: the text is the next paragraph
      first = nextNonBlank(text, lines, i + 1);
      if (first < 0 || first > i + 2 || isQuoteStart(line(text, lines, first))) {
        return i;
      }
      at = lines.get(first)[0];
    }
    int last = lastLineOf(text, lines, first);
    int end = lines.get(last)[1];
    // "Abolish the death penalty. Status: partially implemented.": a label after the text on its line
    Matcher label = INLINE_LABEL.matcher(text).region(at, end);
    Stated inline = null;
    if (label.find()) {
      String rest = text.substring(label.end(), end);
      inline = stated(rest, rest, last);
      end = label.start();
    }
    List<WorkingGroupList.Segment> segments = WorkingGroupList.segments(text, at, end);
    int after = last + 1;
    List<String> cell = List.of();
    if (leading.isEmpty() && segments.stream().allMatch(s -> s.states().isEmpty())) {
      int c = nextNonBlank(text, lines, after);   // a table's next cell names the States
      List<String> states = c < 0 || c > after + 1 ? null : WorkingGroupList.states(line(text, lines, c));
      if (states != null) {
        cell = states;
        after = c + 1;
      }
    }
    boolean named = !leading.isEmpty() || !cell.isEmpty() || segments.stream().anyMatch(s -> !s.states().isEmpty());
    if (segments.isEmpty() || !named && !labelled || !labelled && !opensAsAsk(text, segments.get(0))) {
      return i;   // "5.2 The case of a journalist detained in Dushanbe (Tajikistan)." reports, it does not ask
    }
    Stated response = inline != null ? inline : response(text, lines, last, after);
    for (WorkingGroupList.Segment s : segments) {
      Set<String> states = new LinkedHashSet<>(leading);
      states.addAll(s.states());
      states.addAll(cell);
      items.add(new WorkingGroupList.Item(number, s.begin(), s.end(),
          WorkingGroupList.collapse(text.substring(s.begin(), s.end())), List.copyOf(states),
          response == null ? null : response.support(), response == null ? null : response.evidence(), null,
          null));
    }
    return response != null ? Math.max(after, response.line() + 1) : after;
  }

  /** "Germany: Ratify the Convention (supported).": a recommendation listed under its makers' names. */
  private static final Pattern MAKER_LABEL =
      Pattern.compile("^[ \\t]*(?:[•*\\-–][ \\t]*)?(\\p{Lu}[^:\\n]{1,80}?)[ \\t]*:[ \\t]+(?=\\p{Lu})");
  /** The response in brackets closing such a line: "(supported)", "(Noted)." */
  private static final Pattern BRACKETED_RESPONSE =
      Pattern.compile("(?i)[ \\t]*\\((supported|accepted|noted|rejected)\\)[.;]?[ \\t]*$");
  private static final int MIN_ASK_WORDS = 3;

  /**
   * Reads line {@code i} into {@code items} when it lists a recommendation under the States that made it with its
   * response in brackets, "Germany: Ratify the Convention (supported).", so that a transcript's "Norway: Thank you"
   * and a headline's "Kenya: Free the Bloggers" are not taken. The line after it, or {@code i} when it is none.
   */
  private static int byMaker(String text, List<int[]> lines, int i, List<WorkingGroupList.Item> items) {
    String line = line(text, lines, i);
    Matcher label = MAKER_LABEL.matcher(line);
    List<String> states = label.find() ? WorkingGroupList.states(label.group(1)) : null;
    if (states == null || states.isEmpty()) {
      return i;
    }
    int at = lines.get(i)[0] + label.end();
    int end = lines.get(i)[1];
    Matcher bracketed = BRACKETED_RESPONSE.matcher(text).region(at, end);
    Stated response = bracketed.find() ? stated(bracketed.group(1), line, i) : null;
    if (response == null) {
      return i;
    }
    end = bracketed.start();
    String words = text.substring(at, end).strip();
    if (words.split("\\s+").length < MIN_ASK_WORDS
        || !opensAsAsk(text, new WorkingGroupList.Segment(at, end, List.of()))) {
      return i;
    }
    items.add(new WorkingGroupList.Item(null, at, end, WorkingGroupList.collapse(words), List.copyOf(states),
        response.support(), response.evidence(), null, null));
    return i + 1;
  }

  /**
   * The last line of a quote's text from line {@code first}: the text ends at a blank line, before a line that
   * starts something else, after a line that closes with its States or a full stop or semicolon.
   */
  private static int lastLineOf(String text, List<int[]> lines, int first) {
    int last = first;
    while (last - first < MAX_LINES) {
      if (closesText(line(text, lines, last)) || last + 1 >= lines.size()) {
        break;
      }
      String following = line(text, lines, last + 1);
      if (following.isBlank() || NEW_PART.matcher(following).find() || isQuoteStart(following)) {
        break;
      }
      last++;
    }
    return last;
  }

  /** A response the document states beside a quote, the line that states it, and that line's index. */
  private record Stated(String support, String evidence, int line) {}

  /**
   * The response stated on the quote's last line after its States ("(Chile) – Supported"), or on one of the few
   * lines after it, before the next quote; null when none.
   */
  private static Stated response(String text, List<int[]> lines, int last, int after) {
    String tail = line(text, lines, last);
    int close = tail.lastIndexOf(')');
    Stated stated = close < 0 ? null : stated(tail.substring(close + 1), tail, last);
    for (int j = after, seen = 0; stated == null && j < lines.size() && seen < RESPONSE_LINES; j++) {
      String line = line(text, lines, j);
      if (line.isBlank()) {
        continue;
      }
      if (isQuoteStart(line)) {
        return null;
      }
      seen++;
      stated = stated(line, line, j);
    }
    return stated;
  }

  private static Stated stated(String words, String line, int index) {
    Matcher m = RESPONSE.matcher(words);
    if (!m.find()) {
      return null;
    }
    String word = m.group(1).toLowerCase(Locale.ROOT);
    return new Stated(word.equals("supported") || word.equals("accepted")
        ? WorkingGroupList.SUPPORTED : WorkingGroupList.NOTED, line.strip(), index);
  }

  /**
   * Whether a line closes a quote's text: a full stop or semicolon, or a group of States ("(Canada) (Mexico)");
   * another bracket ("of the Covenant (ICCPR)") may be a line break's place.
   */
  private static boolean closesText(String line) {
    String s = line.strip();
    if (s.endsWith(".") || s.endsWith(";")) {
      return true;
    }
    s = s.endsWith(",") ? s.substring(0, s.length() - 1) : s;
    int open = s.lastIndexOf('(');
    return s.endsWith(")") && open >= 0 && WorkingGroupList.states(s.substring(open + 1, s.length() - 1)) != null;
  }

  /** A recommendation as the report prints it opens with what is asked: "Ratify", "Consider", not "The case". */
  private static boolean opensAsAsk(String text, WorkingGroupList.Segment segment) {
    String first = text.substring(segment.begin(), segment.end()).strip().split("[\\s,;:]+", 2)[0];
    return !first.isEmpty() && Character.isLetter(first.charAt(0))
        && !ListedAsks.NOT_ASKING.contains(first.toLowerCase(Locale.ROOT));
  }

  private static boolean isQuoteStart(String line) {
    return LABELLED.matcher(line).find() || NUMBERED.matcher(line).find();
  }

  /** [begin, end) of every line, without its line break. */
  private static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int begin = 0;
    while (begin <= text.length()) {
      int end = text.indexOf('\n', begin);
      end = end < 0 ? text.length() : end;
      lines.add(new int[] {begin, end});
      begin = end + 1;
    }
    return lines;
  }

  private static String line(String text, List<int[]> lines, int i) {
    return text.substring(lines.get(i)[0], lines.get(i)[1]);
  }

  private static int nextNonBlank(String text, List<int[]> lines, int from) {
    for (int j = from; j < lines.size(); j++) {
      if (!line(text, lines, j).isBlank()) {
        return j;
      }
    }
    return -1;
  }

  private static int skip(String text, int from, String chars) {
    int i = from;
    while (i < text.length() && chars.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }
}
