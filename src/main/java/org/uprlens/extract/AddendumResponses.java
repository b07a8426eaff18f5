package org.uprlens.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Needs: the text of an addendum to a Working Group report (the State's views on the recommendations). Produces:
 * the State's response to each recommendation, keyed by its paragraph number ("124.12"), from sentences such as
 * "Recommendations 124.1, 124.5–124.9 and 124.33 are supported", lists introduced by "The following
 * recommendations are noted:", and per-recommendation tables ("124.1 | Ratify ... | Supported"). Works on the
 * text alone. {@link #link} applies the responses to the report's own recommendations.
 */
public final class AddendumResponses {
  private AddendumResponses() {}

  /**
   * The response to one recommendation, and the text that states it.
   *
   * @param report the symbol of the Working Group report the recommendation is numbered in, or null if unknown
   */
  public record Response(String report, String paragraph, String support, String evidence) {}

  /** "124.5", "124.5–124.9", "124.5 to 124.9", "124.5-9". */
  private static final Pattern REFERENCE = Pattern.compile(
      "(?<![\\d.])(\\d{1,3})\\.(\\d{1,3})(?:\\s*(?:[-–—]|to)\\s*(?:(\\d{1,3})\\.)?(\\d{1,3}))?(?![\\d])");
  private static final Pattern NOTED = Pattern.compile(
      "(?i)\\b(?:noted|not\\s+(?:be\\s+)?(?:supported|accepted)|(?:does|do|did|can)\\s*not\\s+(?:support|accept)"
          + "|cannot\\s+(?:support|accept)|reject(?:s|ed)?|not\\s+enjoy"
          // "Ruritania notes recommendations 12.2 and 12.6", "takes note of the following recommendations:"
          + "|notes\\s+(?:the\\s+following\\s+)?recommendations?|t(?:akes?|ook)\\s+note\\s+of)\\b");
  private static final Pattern SUPPORTED = Pattern.compile(
      "(?i)\\b(?:supported|supports|accepted|accepts|enjoys?\\s+(?:the\\s+|its\\s+)?support"
          + "|already\\s+implemented)\\b");
  /** A new numbered paragraph of the addendum ("5. "): it ends a list introduced before it. */
  private static final Pattern PARAGRAPH_START = Pattern.compile("\\d{1,3}\\.\\s");
  /** The symbol of an addendum: its report's symbol and "/Add.N". */
  private static final Pattern ADDENDUM_SYMBOL = Pattern.compile("^(.*?)/Add\\.\\s*\\d+$", Pattern.CASE_INSENSITIVE);

  /**
   * A first-cycle addendum answers by the number a recommendation has in the report's list of those awaiting a
   * response, one paragraph per answer: "2. Ruritania accepts the recommendation.", "5., 6., 7. The Government
   * accepts these recommendations."
   */
  private static final Pattern BY_ORDINAL = Pattern.compile(
      "(?m)^[ \\t]*(\\d{1,3}\\.(?:[ \\t]*,?[ \\t]*(?:and[ \\t]+)?\\d{1,3}\\.)*)[ \\t]+(?=\\p{Lu})");
  /** An answer to the recommendation itself, not to a topic: "accepts the recommendation", "rejects these recommendations". */
  private static final Pattern ANSWERS_IT = Pattern.compile(
      "(?i)\\b(?:accepts?|supports?|rejects?|(?:does|do|can)\\s*not\\s+(?:accept|support)|notes|takes\\s+note\\s+of)"
          + "\\s+(?:the|this|these|both|all\\s+these)\\s+recommendations?\\b(?!\\s+(?:on|of|concerning|regarding|to"
          + "|that|made|relating|related|in)\\b)");
  /** An answer is in a paragraph's first sentence; its reasons follow. */
  private static final int FIRST_SENTENCE = 400;
  /** The key of the answer to the {@code n}th recommendation awaiting a response: "#5". */
  public static final String ORDINAL = "#";

  /** Responses by paragraph number, in order of appearance; a later statement for a number wins. */
  public static Map<String, Response> parse(String text) {
    return parse(text, null);
  }

  /**
   * Answers by ordinal ({@link #BY_ORDINAL}), keyed "#5"; read only from an addendum that answers no
   * recommendation by its paragraph number ("124.5"), as later addenda do, since their own paragraphs are numbered
   * too.
   */
  static Map<String, Response> byOrdinal(String text, String report) {
    Map<String, Response> responses = new LinkedHashMap<>();
    Matcher m = BY_ORDINAL.matcher(text);
    while (m.find()) {
      int end = Math.min(text.length(), m.end() + FIRST_SENTENCE);
      int stop = text.indexOf(". ", m.end());
      int stopLine = text.indexOf(".\n", m.end());
      stop = stop < 0 || stopLine >= 0 && stopLine < stop ? stopLine : stop;
      String sentence = text.substring(m.end(), stop < 0 || stop > end ? end : stop + 1).replaceAll("\\s+", " ");
      String stated = ANSWERS_IT.matcher(sentence).find() ? response(sentence) : null;
      if (stated != null) {
        List<String> numbers = new ArrayList<>();
        for (String n : m.group(1).split("[^\\d]+")) {
          if (!n.isEmpty()) {
            numbers.add(ORDINAL + Integer.parseInt(n));
          }
        }
        put(responses, report, numbers, stated, (m.group(1) + " " + sentence).strip());
      }
    }
    return responses;
  }

  /** As {@link #parse(String)}, for the recommendations of the report with symbol {@code report}. */
  public static Map<String, Response> parse(String text, String report) {
    Map<String, Response> responses = new LinkedHashMap<>();
    String carried = null;            // set by "The following recommendations are noted:"
    List<String> pendingRow = null;   // a table row's numbers waiting for its response cell
    for (String unit : text.split("\\n")) {
      String line = unit.strip();
      if (line.isEmpty()) {
        continue;
      }
      List<String> numbers = references(line);
      String stated = response(line);
      if (!numbers.isEmpty() && stated != null) {
        put(responses, report, numbers, stated, line);
        pendingRow = null;
        carried = line.endsWith(":") ? stated : carried;
      } else if (!numbers.isEmpty()) {
        if (!startsWithReference(line)) {
          carried = null;   // prose about a recommendation ends an introduced list
        } else if (carried != null) {
          put(responses, report, numbers, carried, line);
        } else {
          pendingRow = numbers;
        }
      } else if (stated != null) {
        if (pendingRow != null && line.length() <= 60) {   // the response cell of a table row
          put(responses, report, pendingRow, stated, line);
          pendingRow = null;
        } else {
          carried = line.endsWith(":") ? stated : null;
        }
      } else if (PARAGRAPH_START.matcher(line).lookingAt()) {
        carried = null;
      }
    }
    return responses.isEmpty() ? byOrdinal(text, report) : responses;
  }

  /**
   * The report's recommendations with the addendum's responses applied: a recommendation whose paragraph has a
   * response gets it as {@code supportStated}, with the addendum's sentence as evidence. The addendum states the
   * final response, so it replaces a response the report printed.
   */
  public static List<Recommendation> link(List<Recommendation> report, Map<String, Response> responses) {
    List<Recommendation> out = new ArrayList<>(report.size());
    for (Recommendation r : report) {
      Response response = r.paragraph() == null ? null : responses.get(r.paragraph());
      if (response == null && r.supportStated() == null) {
        response = responses.get(ordinalKey(r.paragraph()));   // "#5" answers the fifth awaiting a response
      }
      out.add(response == null ? r : r.withSupport(response.support(), response.evidence()));
    }
    return out;
  }

  /** A Working Group report's own symbol: "A/HRC/62/14". */
  private static final Pattern REPORT_SYMBOL = Pattern.compile("A/HRC/\\d{1,2}/\\d{1,3}");

  /**
   * The report a document of the State's responses answers: the report of its addendum's symbol, or, for an
   * addendum whose symbol is a report's own (a note verbale that names "the report of the Working Group
   * (A/HRC/62/14)"), that report; null otherwise.
   */
  public static String answeredReport(String symbol, boolean addendum) {
    String report = reportSymbol(symbol);
    return report == null && addendum && symbol != null && REPORT_SYMBOL.matcher(symbol).matches() ? symbol : report;
  }

  /** The report symbol an addendum belongs to ("A/HRC/28/10/Add.1" → "A/HRC/28/10"), or null for other symbols. */
  public static String reportSymbol(String addendumSymbol) {
    if (addendumSymbol == null) {
      return null;
    }
    Matcher m = ADDENDUM_SYMBOL.matcher(addendumSymbol.strip());
    return m.matches() ? m.group(1) : null;
  }

  /** "#5" for "111.5", a recommendation's number in its list; null for other paragraph labels. */
  public static String ordinalKey(String paragraph) {
    int dot = paragraph == null ? -1 : paragraph.lastIndexOf('.');
    return dot <= 0 || dot == paragraph.length() - 1 ? null : ORDINAL + paragraph.substring(dot + 1);
  }

  static String response(String line) {
    if (NOTED.matcher(line).find()) {
      return WorkingGroupList.NOTED;
    }
    return SUPPORTED.matcher(line).find() ? WorkingGroupList.SUPPORTED : null;
  }

  /** Paragraph numbers named in a line, ranges expanded: "124.5–124.9" is five numbers. */
  static List<String> references(String line) {
    List<String> numbers = new ArrayList<>();
    Matcher m = REFERENCE.matcher(line);
    while (m.find()) {
      String para = m.group(1);
      int from = Integer.parseInt(m.group(2));
      if (m.group(4) == null) {
        numbers.add(para + "." + from);
        continue;
      }
      int to = Integer.parseInt(m.group(4));
      boolean samePara = m.group(3) == null || m.group(3).equals(para);
      if (!samePara || to < from || to - from > 300) {
        numbers.add(para + "." + from);
        continue;
      }
      for (int i = from; i <= to; i++) {
        numbers.add(para + "." + i);
      }
    }
    return numbers;
  }

  private static boolean startsWithReference(String line) {
    Matcher m = REFERENCE.matcher(line);
    return m.find() && m.start() == 0;
  }

  private static void put(Map<String, Response> responses, String report, List<String> numbers, String support,
                          String line) {
    String evidence = line.length() > 500 ? line.substring(0, 500) : line;
    for (String n : numbers) {
      responses.put(n, new Response(report, n, support, evidence));
    }
  }
}
