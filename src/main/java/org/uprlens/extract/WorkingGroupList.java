package org.uprlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uprlens.States;

/**
 * Needs: a document's text. Produces: the numbered recommendations of a Working Group report's "Conclusions and/or
 * recommendations" section, one {@link Item} per recommendation text with its own "(State)" groups, and the
 * response the report prints for each group of paragraphs. Works on the text alone, with regular expressions and
 * the numbering's own order, whatever kind ingest gave the document: it costs a small fraction of sentence
 * splitting.
 *
 * <p>Both numbering styles are read: {@code 124.12 Ratify ... (Germany);} (cycle 2 on) and, under a paragraph
 * {@code 95.}, items {@code 1.}, {@code 2.} ... (cycle 1), which become {@code 95.1}, {@code 95.2}. A number is
 * taken only when it continues the sequence, so figures inside the text ("resolution 9/12", "2.5 per cent") and
 * page numbers are not mistaken for items.
 */
public final class WorkingGroupList {

  /**
   * One recommendation text.
   *
   * @param paragraph the number it is printed under, "124.12"
   * @param begin offset of the text's first character in the document
   * @param end offset just after the text's last character (before its state groups)
   * @param text the recommendation without number and state groups, layout white space collapsed
   * @param states canonical names ({@link States}) of the recommending States, in the order printed
   * @param supportStated "Supported" or "Noted" when the report states the response for the item's group
   * @param supportEvidence the paragraph that states it
   * @param reviewed the State under review when the report names it in the list's intro, else null
   * @param section the heading the list prints the item under (a matrix's theme), or null
   */
  public record Item(String paragraph, int begin, int end, String text, List<String> states, String supportStated,
                     String supportEvidence, String reviewed, String section) {
    public Item {
      states = List.copyOf(states);
    }
  }

  /** The section a list item is in when ingest gave the document no outline. */
  public static final String SECTION = "Conclusions and/or recommendations";
  public static final String SUPPORTED = "Supported";
  public static final String NOTED = "Noted";

  /** Numbering slips in reports skip a number or two; a larger jump is a figure in the text, not an item. */
  private static final int MAX_SKIP = 3;

  private static final Pattern HEADING = Pattern.compile(
      "(?im)^[ \\t]*(?:[IVX1l]{1,4}\\.?|[A-H]\\.)?[ \\t]*conclusions?[ \\t]+(?:and[ \\t]*/[ \\t]*or|and|or)[ \\t]+"
          + "recommendations\\b[^\\n]*$");
  /** A line of a table of contents: dot leaders or a page number at the end. */
  private static final Pattern TOC_LINE = Pattern.compile("\\.{4}|\\d+\\s*$");
  private static final Pattern END = Pattern.compile(
      "(?im)(?:^|\\s)(?:all|the)[ \\t]+(?:the[ \\t]+)?conclusions[ \\t]+and[ \\t]*/[ \\t]*or[ \\t]+recommendations"
          + "[ \\t\\n]+contained|^[ \\t]*annex(?:es)?[ \\t]*$");
  /** Lines that are page furniture or footnotes, not part of an item: symbols, page numbers, job numbers. */
  private static final Pattern NOISE_LINE = Pattern.compile(
      "(?m)^[ \\t]*(?:A/HRC/\\S*|page[ \\t]+\\d+|(?:\\d{1,3}[ \\t]+)?GE\\.\\d\\S*.*|\\d{1,3}|\\*+.*"
          + "|(?:The )?conclusions and recommendations have not been edited\\.?|[^\\p{L}\\p{N}\\n]*)[ \\t]*$");

  private static final Pattern NOTED_CUE = Pattern.compile(
      "(?i)\\b(?:(?:did|do|does|could|can|will)[ \\t]*not[ \\t]+(?:enjoy|have|obtain|receive|support|accept)"
          + "|cannot[ \\t]+(?:enjoy|support|accept)|not[ \\t]+(?:be[ \\t]+)?(?:supported|accepted)"
          + "|(?:are|were|is|was|been|be)[ \\t]+(?:duly[ \\t]+)?noted|(?:has|have|had)[ \\t]+noted"
          + "|examined[ \\t]+by[ \\t]+[^,;:]{2,80}?[ \\t]+and[ \\t]+(?:duly[ \\t]+)?noted"
          + "|takes?[ \\t]+note|took[ \\t]+note|reject(?:s|ed)?|not[ \\t]+in[ \\t]+a[ \\t]+position[ \\t]+to"
          + "[ \\t]+accept|unable[ \\t]+to[ \\t]+(?:support|accept))\\b");
  private static final Pattern PENDING_CUE = Pattern.compile(
      "(?i)\\b(?:will[ \\t]+be[ \\t]+examined|will[ \\t]+examine|will[ \\t]+provide[ \\t]+(?:its[ \\t]+)?"
          + "responses?|will[ \\t]+(?:respond|consider)|further[ \\t]+(?:consideration|examination)"
          + "|under[ \\t]+consideration|in[ \\t]+due[ \\t]+(?:time|course))\\b");
  private static final Pattern SUPPORTED_CUE = Pattern.compile(
      "(?i)\\b(?:enjoys?|enjoyed|have|has|had)[ \\t]+(?:the[ \\t]+|its[ \\t]+)?support|\\bsupport(?:s|ed)\\b"
          + "|\\baccept(?:s|ed)\\b|already[ \\t]+(?:been[ \\t]+)?implemented|process[ \\t]+of[ \\t]+implementation");
  /** Where an intro names the State under review: "examined by Afghanistan", "the support of Algeria". */
  private static final Pattern REVIEWED = Pattern.compile(
      "(?:examined[ \\t\\n]+by|support[ \\t\\n]+of|made[ \\t\\n]+to|considered[ \\t\\n]+by)[ \\t\\n]+"
          + "((?:the[ \\t]+)?[A-Z][\\p{L}'’ ()-]{1,80}?)(?=[ \\t\\n]*(?:[,:;.]|and[ \\t]|which|as[ \\t]|in[ \\t]"
          + "|enjoy|$))");

  private WorkingGroupList() {}

  /** The recommendations of the report's list, in document order; empty when the text has no such list. */
  public static List<Item> parse(String text) {
    int start = listStart(text);
    if (start < 0) {
      return List.of();
    }
    Matcher endMatcher = END.matcher(text);
    int end = endMatcher.find(start) ? endMatcher.start() : text.length();
    return parseSection(text, start, end);
  }

  /** The numbered recommendations in [start, end) of the text, read as the body of a list section. */
  public static List<Item> parseSection(String text, int start, int end) {
    // Page furniture blanked once, keeping every offset, so the rules below never see it.
    String section = text.substring(0, start) + stripNoise(text.substring(start, end)) + text.substring(end);
    return items(section, blocks(section, start, end));
  }

  /** Offset just after the list's heading, or -1 when the text has none (tables of contents do not count). */
  public static int listStart(String text) {
    Matcher m = HEADING.matcher(text);
    while (m.find()) {
      if (!TOC_LINE.matcher(m.group()).find()) {
        return m.end();
      }
    }
    return -1;
  }

  /** A numbered stretch of the section: a paragraph's intro (sub == 0) or an item. */
  private record Block(int para, int sub, int begin, int end) {}

  private static List<Block> blocks(String text, int start, int end) {
    List<int[]> marks = new ArrayList<>();   // para, sub (0 = a paragraph), offset of the number, offset of the body
    int para = -1;
    int lastSub = 0;
    boolean oldStyle = false;
    List<Number> numbers = numbers(text, start, end);
    for (int n = 0; n < numbers.size(); n++) {
      Number m = numbers.get(n);
      int a = m.first();
      if (m.second() >= 0) {
        int b = m.second();
        boolean next = a == para && !oldStyle && b > lastSub && b <= lastSub + MAX_SKIP;
        if (next || para < 0 || (b == 1 && (a == para || a == para + 1))) {
          oldStyle = false;
          para = a;
          lastSub = b;
          marks.add(new int[] {a, b, m.begin(), m.body()});
        }
        continue;
      }
      boolean asParagraph = para < 0 || a == para + 1;
      boolean asItem = para >= 0 && a > lastSub && a <= lastSub + MAX_SKIP && (oldStyle || lastSub == 0);
      if (asParagraph && asItem) {
        int next = n + 1 < numbers.size() ? numbers.get(n + 1).begin() : end;
        asParagraph = !endsWithStateGroup(text, m.body(), next);
      }
      if (asItem && !asParagraph) {
        oldStyle = true;
        lastSub = a;
        marks.add(new int[] {para, a, m.begin(), m.body()});
      } else if (asParagraph) {
        para = a;
        lastSub = 0;
        oldStyle = false;
        marks.add(new int[] {a, 0, m.begin(), m.body()});
      }
    }
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < marks.size(); i++) {
      int[] mark = marks.get(i);
      int blockEnd = i + 1 < marks.size() ? marks.get(i + 1)[2] : end;
      blocks.add(new Block(mark[0], mark[1], mark[3], blockEnd));
    }
    return blocks;
  }

  /** "124.12" (second = 12) or "95." (second = -1) at {@code begin}; the item's words start at {@code body}. */
  private record Number(int first, int second, int begin, int body) {}

  /**
   * Every "N." or "N.M" that starts a line, or follows ";", ":", "." or ")" on the line (one-line dumps), and is
   * followed by white space; also as OCR prints them, "1 15.3" and "115. 1 Ratify". A plain scan: a regular
   * expression with look-behind tried at every character cost more than the rest of the parser.
   */
  private static List<Number> numbers(String text, int start, int end) {
    List<Number> out = new ArrayList<>();
    for (int i = start; i < end; i++) {
      if (!isDigit(text.charAt(i)) || i > 0 && isDigit(text.charAt(i - 1)) || !startsAnItem(text, i)) {
        continue;
      }
      int k = i;
      while (k < end && k - i < 4 && isDigit(text.charAt(k))) {
        k++;
      }
      String digits = text.substring(i, k);
      int split = k;   // OCR may split a number with a space: "1 15.3" for "115.3"
      if (k < end && text.charAt(k) == ' ' && k - i < 3) {
        int j = k + 1;
        while (j < end && j - i < 5 && isDigit(text.charAt(j))) {
          j++;
        }
        if (j > k + 1 && j - i - 1 <= 3 && j < end && text.charAt(j) == '.') {
          digits += text.substring(k + 1, j);
          split = j;
        }
      }
      k = split;
      if (digits.length() > 3 || k >= end || text.charAt(k) != '.') {
        continue;
      }
      int first = Integer.parseInt(digits);
      int second = -1;
      int d = k + 1;
      // "115. 1 Ratify": OCR's space after the dot, before a sub-number and a capital
      if (d + 1 < end && text.charAt(d) == ' ' && isDigit(text.charAt(d + 1))) {
        int j = d + 1;
        while (j < end && j - d <= 3 && isDigit(text.charAt(j))) {
          j++;
        }
        if (j - d <= 3 && j + 1 < end && text.charAt(j) == ' ' && Character.isUpperCase(text.charAt(j + 1))) {
          d++;
        }
      }
      int e = d;
      while (e < end && e - d < 4 && isDigit(text.charAt(e))) {
        e++;
      }
      int after = k + 1;
      if (e > d && e - d <= 3) {
        second = Integer.parseInt(text, d, e, 10);
        after = e < end && text.charAt(e) == '.' ? e + 1 : e;
      }
      if (after < end && Character.isWhitespace(text.charAt(after))) {
        out.add(new Number(first, second, i, after));
        i = after;
      }
    }
    return out;
  }

  private static boolean startsAnItem(String text, int i) {
    int j = i - 1;
    // Any run of spaces: a page's blanked running head and job number leave one before the page's first item.
    while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j--;
    }
    return j < 0 || ";:.)\n".indexOf(text.charAt(j)) >= 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean endsWithStateGroup(String text, int begin, int end) {
    String body = text.substring(begin, end).strip();
    while (!body.isEmpty() && ";.,".indexOf(body.charAt(body.length() - 1)) >= 0) {
      body = body.substring(0, body.length() - 1).strip();
    }
    if (!body.endsWith(")")) {
      return false;
    }
    int open = openingParen(body, body.length() - 1);
    return open >= 0 && states(body.substring(open + 1, body.length() - 1)) != null;
  }

  private static List<Item> items(String text, List<Block> blocks) {
    List<Item> items = new ArrayList<>();
    String support = null;
    String evidence = null;
    String reviewed = null;
    int groupStart = 0;
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      if (block.sub() == 0) {
        String intro = collapse(text.substring(block.begin(), block.end()));
        String stated = response(intro);
        String named = reviewedState(intro);
        reviewed = named != null ? named : reviewed;
        boolean hasItemsAfter = b + 1 < blocks.size() && blocks.get(b + 1).sub() > 0;
        if (!hasItemsAfter && stated != null && refersBack(intro)) {
          // "The recommendations above ... did not enjoy the support of X": a response printed after its list.
          for (int i = groupStart; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.supportStated() == null) {
              items.set(i, new Item(it.paragraph(), it.begin(), it.end(), it.text(), it.states(), stated, intro,
                  it.reviewed(), null));
            }
          }
        }
        support = stated;
        evidence = stated == null ? null : intro;
        groupStart = items.size();
        continue;
      }
      String paragraph = block.para() + "." + block.sub();
      for (Segment s : segments(text, block.begin(), block.end())) {
        String words = withoutStateGroups(collapse(text.substring(s.begin(), s.end())));
        items.add(new Item(paragraph, s.begin(), s.end(), words, s.states(), support, evidence, reviewed, null));
      }
    }
    return items;
  }

  private static boolean refersBack(String intro) {
    String lower = intro.toLowerCase(Locale.ROOT);
    return lower.contains("above") || lower.contains("preceding") || lower.contains("foregoing");
  }

  /** "Supported", "Noted" or null (pending, or not said) for a paragraph that introduces a group. */
  static String response(String intro) {
    if (NOTED_CUE.matcher(intro).find()) {
      return NOTED;
    }
    if (PENDING_CUE.matcher(intro).find()) {
      return null;
    }
    return SUPPORTED_CUE.matcher(intro).find() ? SUPPORTED : null;
  }

  /**
   * A table's response cell read strictly ({@link org.uprlens.ingest.RecommendationTable}): "Supported" for
   * "Accepted"/"Supported", "Noted" for "Noted", "Rejected", "Supported/Noted", "Partially ..."; null for one pending,
   * none, or words that are no response.
   */
  static String cellResponse(String response) {
    if (response == null) {
      return null;
    }
    String r = response.toLowerCase(Locale.ROOT).replaceAll("[^a-z/ ]+", " ").replaceAll("\\s+", " ").strip();
    // "A" and "N", as UPR Info's tables of responses code them
    if (r.equals("supported") || r.equals("accepted") || r.equals("support") || r.equals("accept") || r.equals("a")) {
      return SUPPORTED;
    }
    boolean noted = r.contains("noted") || r.contains("rejected") || r.startsWith("not ") || r.contains("partial")
        || r.equals("n");
    return noted ? NOTED : null;
  }

  private static String reviewedState(String intro) {
    Matcher m = REVIEWED.matcher(intro);
    while (m.find()) {
      var state = States.byName(m.group(1).strip());
      if (state.isPresent()) {
        return state.get().name();
      }
    }
    return null;
  }

  /** A recommendation text inside an item: [begin, end) of its words, then its States. */
  record Segment(int begin, int end, List<String> states) {}

  /**
   * A text of [begin, end) that names its makers in parentheses at its end, as a report prints a recommendation
   * ("Abolish the death penalty (France, Spain)"): its words and those States, or null when it names none or holds
   * several such texts.
   */
  static Segment withMakers(String text, int begin, int end) {
    List<Segment> segments = segments(text, begin, end);
    return segments.size() == 1 && !segments.get(0).states().isEmpty() ? segments.get(0) : null;
  }

  /**
   * Splits an item at its state groups: "Ratify X (Germany); Consider Y (Chile) (Costa Rica);" is two texts.
   * Text after the last group that names no State is page furniture or a footnote, and is dropped.
   */
  static List<Segment> segments(String text, int begin, int end) {
    List<Segment> out = new ArrayList<>();
    int segStart = begin;
    List<String> pending = new ArrayList<>();   // groups inside a text: "Complete the accession (Iraq), evaluate"
    int textEnd = -1;
    int i = begin;
    while (i < end) {
      if (text.charAt(i) != '(') {
        i++;
        continue;
      }
      int close = closingParen(text, i, end);
      if (close < 0) {
        break;
      }
      List<String> states = states(text.substring(i + 1, close));
      if (states == null) {
        i = close + 1;
        continue;
      }
      if (pending.isEmpty() || textEnd < 0) {
        textEnd = i;
      }
      pending.addAll(states);
      int j = close + 1;
      while (true) {   // further groups: "(Chile) (Costa Rica)", "(Chile), (Peru)", "(Chile) and (Peru)"
        int k = skip(text, j, end, " \t\r\n,");
        if (text.startsWith("and", k) && k + 3 < end && Character.isWhitespace(text.charAt(k + 3))) {
          k = skip(text, k + 3, end, " \t\r\n");
        }
        if (k < end && text.charAt(k) == '(') {
          int c = closingParen(text, k, end);
          List<String> more = c < 0 ? null : states(text.substring(k + 1, c));
          if (more != null) {
            pending.addAll(more);
            j = c + 1;
            continue;
          }
        }
        break;
      }
      if (continuesText(text, j, end)) {
        textEnd = -1;   // the text goes on after an inline group; it ends at a later group
        i = j;
        continue;
      }
      int[] span = trim(text, segStart, textEnd);
      if (span != null) {
        out.add(new Segment(span[0], span[1], List.copyOf(pending)));
      } else if (!out.isEmpty()) {   // a group standing alone belongs to the text before it
        Segment last = out.remove(out.size() - 1);
        List<String> merged = new ArrayList<>(last.states());
        merged.addAll(pending);
        out.add(new Segment(last.begin(), last.end(), merged));
      }
      pending.clear();
      textEnd = -1;
      segStart = skip(text, j, end, " \t\r\n;.,");
      i = segStart;
    }
    if (!pending.isEmpty() && textEnd < 0) {
      int[] span = trim(text, segStart, i);
      if (span != null) {
        out.add(new Segment(span[0], span[1], List.copyOf(pending)));
      }
    }
    if (out.isEmpty()) {
      int[] span = trim(text, begin, end);
      if (span != null) {
        out.add(new Segment(span[0], span[1], List.of()));
      }
    }
    return out;
  }

  /**
   * After a state group, does the same recommendation go on? Yes before a lower-case word ("(Iraq), evaluate",
   * "(Sweden) and continue"); no before ";", ".", a capital or the end of the item.
   */
  private static boolean continuesText(String text, int from, int end) {
    int k = skip(text, from, end, " \t\r\n");
    if (k < end && text.charAt(k) == ',') {
      k = skip(text, k + 1, end, " \t\r\n");
    }
    if (k >= end) {
      return false;
    }
    String rest = text.substring(k, Math.min(end, k + 200)).strip();
    return !rest.isEmpty() && Character.isLowerCase(rest.charAt(0));
  }

  /** The words of [from, to) without surrounding white space, punctuation and noise lines; null when none. */
  private static final Pattern LEADING_CONJUNCTION = Pattern.compile("(?:and|or)\\s+(?=\\p{Ll})");

  private static int[] trim(String text, int from, int to) {
    String stripped = text.substring(from, to);
    int b = 0;
    while (b < stripped.length() && !Character.isLetterOrDigit(stripped.charAt(b)) && stripped.charAt(b) != '"'
        && stripped.charAt(b) != '“' && stripped.charAt(b) != '(') {
      b++;
    }
    // "... (UAE); and continue its efforts ... (Iran)": the conjunction joins two recommendations, it is in neither
    java.util.regex.Matcher conjunction = LEADING_CONJUNCTION.matcher(stripped).region(b, stripped.length());
    b = conjunction.lookingAt() ? conjunction.end() : b;
    int e = stripped.length();
    while (e > b && (Character.isWhitespace(stripped.charAt(e - 1)) || ";,:".indexOf(stripped.charAt(e - 1)) >= 0)) {
      e--;
    }
    if (e <= b || stripped.substring(b, e).chars().noneMatch(Character::isLetter)) {
      return null;
    }
    return new int[] {from + b, from + e};
  }

  /**
   * The States a parenthesised group names, or null when it is not a state group ("(ICPPED)", "(No. 29)"). A name
   * may hold parentheses or "and": "Iran (Islamic Republic of)", "Bosnia and Herzegovina".
   */
  /** Words before the makers' names in an assessment's brackets: "Recommended by", "Source:". */
  private static final Pattern MADE_BY = Pattern.compile("(?i)^(?:(?:recommended|made|proposed)\\s+by|source\\s*:)\\s+");

  static List<String> states(String group) {
    // "(Recommended by Denmark)", as an assessment prints the makers
    String g = MADE_BY.matcher(group.strip()).replaceFirst("").strip();
    if (g.isEmpty() || g.length() > 400) {
      return null;
    }
    var whole = States.byName(g);
    if (whole.isPresent()) {
      return List.of(whole.get().name());
    }
    List<String> names = new ArrayList<>();
    for (String part : splitTopLevel(g)) {
      String p = part.strip();
      if (p.startsWith("and ")) {
        p = p.substring(4).strip();
      }
      if (p.isEmpty()) {
        continue;
      }
      var state = States.byName(p);
      if (state.isPresent()) {
        names.add(state.get().name());
        continue;
      }
      for (String piece : p.split("\\s+and\\s+")) {
        var s = States.byName(piece.strip());
        if (s.isEmpty()) {
          return null;
        }
        names.add(s.get().name());
      }
    }
    return names.isEmpty() ? null : names;
  }

  /** "Complete the accession (Iraq), evaluate ..." without its inline group: "Complete the accession, evaluate". */
  static String withoutStateGroups(String text) {
    if (text.indexOf('(') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
      int close = closingParen(text, i, text.length());
      if (close > 0 && i >= from && states(text.substring(i + 1, close)) != null) {
        out.append(text, from, i);
        from = close + 1;
      }
    }
    out.append(text.substring(from));
    return out.toString().replaceAll("\\s+([,;.])", "$1").replaceAll("\\s+", " ").strip();
  }

  /** Splits at commas, semicolons and slashes that are not inside parentheses. */
  private static List<String> splitTopLevel(String s) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0 && (c == ',' || c == ';' || c == '/')) {
        parts.add(s.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(s.substring(from));
    return parts;
  }

  private static int closingParen(String text, int open, int end) {
    int depth = 0;
    for (int i = open; i < end; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static int openingParen(String text, int close) {
    int depth = 0;
    for (int i = close; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static int skip(String text, int from, int end, String chars) {
    int i = from;
    while (i < end && chars.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /** Blanks noise lines out, keeping the length, so offsets still hold. */
  private static String stripNoise(String s) {
    Matcher m = NOISE_LINE.matcher(s);
    StringBuilder out = null;
    while (m.find()) {
      if (m.end() == m.start()) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s);
      }
      for (int i = m.start(); i < m.end(); i++) {
        if (out.charAt(i) != '\n' && out.charAt(i) != '\r') {
          out.setCharAt(i, ' ');
        }
      }
    }
    return out == null ? s : out.toString();
  }

  static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /** The first verb of an imperative recommendation, lower case: "Consider ratifying" → consider. */
  static String action(String text) {
    String[] words = text.split("[\\s,;:]+");
    int i = 0;
    if (i < words.length && words[i].equalsIgnoreCase("to")) {
      i++;
    }
    if (i < words.length && words[i].equalsIgnoreCase("that")) {
      i++;   // "That Algeria take ...": skip the subject to its verb
      while (i < words.length && !isLowerWord(words[i]) || i < words.length && SUBJECT_WORDS.contains(words[i])) {
        i++;
      }
    }
    // "Publicly and unambiguously condemn": adverbs, joined or not, before the verb.
    while (i < words.length && (ADVERBS.contains(words[i].toLowerCase(Locale.ROOT))
        || words[i].toLowerCase(Locale.ROOT).endsWith("ly") && words[i].length() > 4
        || i > 0 && words[i].equalsIgnoreCase("and") && i + 1 < words.length
        && words[i + 1].toLowerCase(Locale.ROOT).endsWith("ly"))) {
      i++;
    }
    if (i >= words.length) {
      return null;
    }
    String w = words[i].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", "");
    return w.isEmpty() ? null : w;
  }

  private static final java.util.Set<String> ADVERBS = java.util.Set.of("further", "also", "still", "continuously",
      "once", "again", "duly", "urgently", "immediately", "fully", "swiftly", "promptly", "effectively", "speedily");
  private static final java.util.Set<String> SUBJECT_WORDS = java.util.Set.of("the", "its", "of", "and", "state",
      "government", "authorities", "country");

  private static boolean isLowerWord(String w) {
    return !w.isEmpty() && Character.isLowerCase(w.charAt(0));
  }
}
