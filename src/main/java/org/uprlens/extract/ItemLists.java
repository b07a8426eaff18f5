package org.uprlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Needs: a document's text. Produces: the lists of asks that follow a lead-in, one item per line as NGO submissions
 * and statements print their recommendations: "Amnesty International calls on the Government to:" or a
 * "Recommendations" heading, then items marked with bullets ("•", "-", a PDF's symbol-font bullet), numbers
 * ("1.", "2)") or letters ("a)", "(b)", "i."). A short sub-heading between items ("Death penalty") does not end a
 * list; anything else that is not the next item does. Text only: who asks, and whether the lead-in is one, the
 * caller decides.
 */
final class ItemLists {
  /** An item's words, its marker and the list's punctuation ("; and") left out. */
  record Item(int begin, int end) {}

  /**
   * @param leadBegin start of the lead-in: its sentence, or the heading line
   * @param leadEnd end of the lead-in (after its colon)
   * @param heading whether the lead-in is a heading ("Recommendations", "Recommendations to the Government:")
   *     rather than a sentence that asks ("We urge the authorities to:")
   * @param unmarked whether the items are paragraphs without a bullet or number (a web page's {@code <p>}s after
   *     "calls on the Government to:"); the caller keeps only those that ask, up to the first that does not
   */
  record ItemList(int leadBegin, int leadEnd, boolean heading, boolean unmarked, List<Item> items) {}

  /** "Recommendations", "RECOMMENDATIONS FOR ACTION BY THE STATE UNDER REVIEW", "2.2 Recommendations:". */
  private static final Pattern HEADING = Pattern.compile(
      "(?i)(?:[\\dIVX]+(?:\\.\\d+)*\\.?\\s+)?(?:[\\p{L}-]+\\s+){0,3}recommendations?\\b[^.;!?]{0,80}");
  /**
   * A heading over the areas a letter asks a State to act on: "Areas that require further attention", "Priority
   * actions needed", "Issues requiring urgent action".
   */
  private static final Pattern ATTENTION_HEADING = Pattern.compile(
      "(?i)(?:[\\dIVX]+(?:\\.\\d+)*\\.?\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:areas?|issues|actions|steps|priorities)\\b"
          + "[^.;!?]{0,50}?\\b(?:requir\\w*|need\\w*)\\s+(?:[\\p{L}-]+\\s+)?(?:attention|action)\\b[^.;!?]{0,80}"
          + "|(?:[\\dIVX]+(?:\\.\\d+)*\\.?\\s+)?(?:priority|key|urgent)\\s+actions(?:\\s+needed)?\\b[^.;!?]{0,80}");
  private static final int MAX_HEADING_WORDS = 12;
  private static final int MAX_HEADING_CHARS = 160;

  /**
   * A bullet (any arrow, geometric shape or dingbat: "•", "■", "➢", "❖", "✓"; Word's second-level "o" too; a symbol
   * font's, any of its private-use characters, may touch its word, as PDFs print "\uF0B7Ratify"), or an enumerator:
   * "1." "1)" "(1)" "a." "a)" "(a)" "iv)". Then the item's first letter or digit.
   */
  private static final Pattern MARKER = Pattern.compile(
      "[ \\t]*(?:([•‣⁃∙·\\u2190-\\u21FF\\u25A0-\\u25FF\\u2700-\\u27BF\\uF000-\\uF0FF]|[*o\\-–—](?=[ \\t]))"
          + "[ \\t]*"
          + "|(\\()?(\\d{1,2}|[a-z]|[ivx]{1,5})([.)])[ \\t]+)(?=[\\p{L}\\d\"“‘'])");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;][\"”’)]?\\s+(?=\\p{Lu})");
  /** A label's number and the mark after it: "3:", "4 –", "2.1)". */
  private static final String LABEL_NUMBER = "\\d{1,3}(?:\\.\\d{1,2})?[ \\t]*[:.)\\-–—]";
  /** How many lines a lead-in sentence may wrap over before its colon. */
  private static final int LEAD_LINES = 4;
  private static final int MAX_SUBHEADING_WORDS = 8;

  /**
   * "Recommendation 3:", "Recommendation 4 –", "RECOMMENDATION 2.", "Recommendation: To establish", "Rec. 5 –",
   * "R3." at a line start, after a paragraph's number too ("3. Recommendation: Repeal ..."): a labelled ask follows,
   * or asks marked inline ("Recommendations: 1) Repeal ...; 2) Amend ...").
   */
  private static final Pattern LABEL = Pattern.compile(
      "(?im)^[ \\t]*(?:\\d{1,3}\\.[ \\t]+)?(?:(?:recommendation|rec\\.?)(?:[ \\t]*(?:no\\.?[ \\t]*|#[ \\t]*)?"
          + LABEL_NUMBER + ")|recommendations?[ \\t]*[:\\-–—]|r" + LABEL_NUMBER + ")[ \\t]*"
          // the ask, or its first item marked inline: "Recommendations: 1) Repeal ...; 2) Amend ..."
          + "(?=\\p{L}|\\(?(?:[1-9]\\d?|[a-z])\\)[ \\t])");

  /** An ask printed as an infinitive: "To establish". */
  private static final Pattern INFINITIVE = Pattern.compile("(?i:to)[ \\t]+(?=\\p{Ll})");

  private ItemLists() {}

  /**
   * The asks printed each after a label of its own, "Recommendation 1: Reduce overcrowding ...", as NHRIs and NGOs
   * number their recommendations through a report: from the label to the end of its paragraph, which in a PDF's
   * text, with no blank line after it, is where its lines stop wrapping on (a sentence closed at a line's end
   * before a capital, a numbered line).
   */
  static List<Item> labelled(String text) {
    List<Item> items = new ArrayList<>();
    Matcher label = LABEL.matcher(text);
    List<int[]> lines = null;
    while (label.find()) {
      Matcher to = INFINITIVE.matcher(text).region(label.end(), text.length());
      int begin = to.lookingAt() ? to.end() : label.end();   // "Recommendation: To establish ..."
      lines = lines == null ? lines(text) : lines;
      int last = lineOf(lines, begin);
      while (wrapsOnto(text, lines, last)) {
        last++;
      }
      int end = lines.get(last)[1];
      Matcher next = LABEL.matcher(text).region(begin, end);
      if (next.find()) {
        end = next.start();
      }
      List<int[]> marked = LetteredItems.in(text, begin, end);
      if (marked.size() >= 2) {
        marked.forEach(item -> items.add(new Item(item[0], item[1])));
        continue;
      }
      end = LetteredItems.wordsEnd(text, begin, end);
      if (end > begin) {
        items.add(new Item(begin, end));
      }
    }
    return items;
  }

  /** The lists in {@code text}, in order; a list has at least two items. */
  static List<ItemList> in(String text) {
    List<int[]> lines = lines(text);
    List<ItemList> lists = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int[] line = lines.get(i);
      int last = line[1] - 1;
      while (last >= line[0] && Character.isWhitespace(text.charAt(last))) {
        last--;
      }
      boolean colon = last >= line[0] && text.charAt(last) == ':';
      if (!colon && (last - line[0] > MAX_HEADING_CHARS || last < line[0])) {
        continue;   // cheap: most lines neither end with a colon nor are short enough for a heading
      }
      String content = text.substring(line[0], last + 1).strip();
      Matcher marker = markerAt(text, line);
      // A numbered heading ("5. Recommendations") and a numbered paragraph ("12. The Committee recommended that
      // Ruritania:") lead in; an item that only mentions recommendations ("• Implement the recommendations of
      // the Committee") does not.
      int announced = marker.lookingAt() ? -1 : announcement(content);
      boolean heading = isHeading(content) && (!marker.lookingAt()
          || text.regionMatches(true, marker.end(), "recommendation", 0, "recommendation".length()))
          || announced >= 0;
      if (!colon && !heading) {
        continue;
      }
      // an announcement's lead-in is its own sentence, not what the paragraph told before it
      int leadBegin = heading ? line[0] + indent(content, text, line) + Math.max(announced, 0)
          : leadStart(text, lines, i);
      ItemList list = itemsAfter(text, lines, i, leadBegin, heading);
      if (list == null) {   // "Key recommendations to X include:" leads in as well
        list = paragraphsAfter(text, lines, i, leadBegin, heading && !colon);
      }
      if (list != null) {
        lists.add(list);
        i = lineOf(lines, list.items().get(list.items().size() - 1).end());
      }
    }
    return lists;
  }

  /**
   * A sentence or title that announces what someone must do, the asks below it: "Here is what the Government must do
   * first.", "Five things Zambia must do after its UPR", "Steps the authorities should take".
   */
  private static final Pattern WHAT_TO_DO = Pattern.compile("(?i)(?:\\bwhat\\s+[^.;:\\n]{2,50}?\\s+|\\b(?:things|steps"
      + "|actions|priorities)\\s+(?:that\\s+)?[^.;:\\n]{2,50}?\\s+)(?:must|should|needs?\\s+to|has\\s+to|ought\\s+to)"
      + "\\s+(?:do|take)\\b[^.;:\\n]{0,60}[.:]?$");

  /** Where in {@code content} the sentence that announces what to do starts ({@link #WHAT_TO_DO}), or -1. */
  private static int announcement(String content) {
    if (!(content.contains(" must ") || content.contains(" should ") || content.contains(" to "))) {
      return -1;
    }
    Matcher m = WHAT_TO_DO.matcher(content);
    if (!m.find()) {
      return -1;
    }
    Matcher end = SENTENCE_END.matcher(content).region(0, m.start());
    int start = 0;
    while (end.find()) {
      start = end.end();
    }
    return start;
  }

  private static int indent(String content, String text, int[] line) {
    return text.indexOf(content, line[0]) - line[0];
  }

  private static boolean isHeading(String content) {
    String lower = content.toLowerCase(Locale.ROOT);
    boolean recommendations = lower.contains("recommendation");
    if (!recommendations && !lower.contains("action") && !lower.contains("attention")) {
      return false;   // cheap before the pattern: most lines are not headings
    }
    String words = content.endsWith(":") ? content.substring(0, content.length() - 1) : content;
    return (recommendations ? HEADING : ATTENTION_HEADING).matcher(words).matches()
        && words.split("\\s+").length <= MAX_HEADING_WORDS;
  }

  /**
   * Where the sentence ending at line {@code i}'s colon starts: after a sentence end, a blank line or a heading
   * ("Recommendations" over "SLN recommends that the Government:").
   */
  private static int leadStart(String text, List<int[]> lines, int i) {
    int first = i;
    while (first > 0 && i - first < LEAD_LINES - 1 && !isBlank(text, lines.get(first - 1))
        && !endsSentence(content(text, lines.get(first - 1))) && !isHeading(content(text, lines.get(first - 1)))) {
      first--;
    }
    int from = lines.get(first)[0];
    int to = lines.get(i)[1];
    int start = from;
    Matcher end = SENTENCE_END.matcher(text).region(from, to);
    while (end.find()) {
      start = end.end();
    }
    while (start < to && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return start;
  }

  private static boolean endsSentence(String content) {
    return content.isEmpty() || ".!?;:".indexOf(content.charAt(content.length() - 1)) >= 0;
  }

  /** The list after the lead-in on line {@code lead}, or null when fewer than two items follow it. */
  private static ItemList itemsAfter(String text, List<int[]> lines, int lead, int leadBegin, boolean heading) {
    List<Item> items = new ArrayList<>();
    String style = null;
    boolean punctuated = false;
    boolean titled = false;   // every item so far a numbered title of a few words, as asks over their reasons are
    int before = 0;   // the numbers before the first item: a list numbered on from an earlier one starts at "5."
    int i = lead + 1;
    while (i < lines.size()) {
      i = nextNonBlank(text, lines, i);
      if (i >= lines.size()) {
        break;
      }
      Matcher marker = markerAt(text, lines.get(i));
      if (!marker.lookingAt()) {
        // "Death penalty" between groups of items: skipped when an item follows it.
        int next = itemAfter(text, lines, i, style, before + items.size());
        if (isSubheading(text, lines.get(i)) && next >= 0) {
          i = next;
          continue;
        }
        int explained = titled ? afterExplanation(text, lines, i, style, before + items.size()) : -1;
        if (explained >= 0) {
          i = explained;   // "1. Repeal the Public Order Act", why, then "2. Abolish the death penalty"
          continue;
        }
        break;
      }
      int afterTitle = numberedSubheading(text, lines, i, marker, style, before + items.size());
      if (afterTitle >= 0) {
        i = afterTitle;   // "2. Equality and non-discrimination" over the next group of bullets
        continue;
      }
      if (!continues(style, before + items.size(), marker)) {
        break;
      }
      if (items.isEmpty() && marker.group(3) != null) {
        before = ordinal(marker.group(3), kindOf(marker.group(3), null)) - 1;
        if (before > 0 && (heading || before == paragraphNumber(text, lines.get(lead)))) {
          break;   // a report's numbered paragraphs under a heading, or after the numbered paragraph that leads in
        }
      }
      String itemStyle = style != null ? style : styleOf(marker);
      int begin = marker.end();
      int last = i;
      // "1. Repeal the Public Order Act" over its reasons, as a PDF prints them without a blank line between
      boolean overReasons = itemStyle.startsWith("digit") && wrapsOnto(text, lines, i)
          && shortTitle(text, lines, i, begin) && Character.isUpperCase(content(text, lines.get(i + 1)).charAt(0))
          && (titled || afterExplanation(text, lines, i + 1, itemStyle, before + items.size() + 1) >= 0);
      // A wrapped item runs on over the lines that follow it directly and are not items themselves.
      while (!overReasons && wrapsOnto(text, lines, last) && !isSubheadingBeforeItem(text, lines, last + 1,
          itemStyle, before + items.size() + 1)) {
        last++;
      }
      // A line wrapped mid-sentence goes on in lower case; a heading's paragraph starts afresh.
      boolean alone = last == i || !Character.isLowerCase(text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1])
          .strip().charAt(0));
      if (punctuated && itemStyle.startsWith("digit") && alone && isTitle(text, begin, lines.get(i)[1])) {
        break;   // "3. Legal aid" after items that end with a full stop: the next section's heading
      }
      style = itemStyle;
      if (text.substring(begin, lines.get(last)[1]).strip().endsWith(":")) {
        if (leadsIntoAsks(text, lines, begin, last)) {
          break;   // "• We urge States to recommend that Zambia:" over asks of its own: a list of its own
        }
        last = subItems(text, lines, last, itemStyle);   // "• Ratify:" then "◦ the Convention": one ask
      } else {
        last = nestedItems(text, lines, last, itemStyle, before + items.size() + 1);
      }
      int end = lines.get(last)[1];
      end = LetteredItems.wordsEnd(text, begin, end);
      if (end <= begin || text.substring(begin, end).strip().endsWith(":")) {
        break;   // an item that leads into a list of its own: its items are not this list's
      }
      titled = (items.isEmpty() || titled) && last == i && style.startsWith("digit")
          && isAskTitle(text, begin, lines.get(i)[1]);
      items.add(new Item(begin, end));
      punctuated = endsSentence(text.substring(begin, lines.get(last)[1]).strip());
      i = last + 1;
    }
    return items.size() < 2 ? null
        : new ItemList(leadBegin, leadEnd(text, lines.get(lead)), heading,
            false, List.copyOf(items));
  }

  /**
   * Whether the item from {@code begin} to line {@code last}'s colon calls on someone (a cue or a modal: "We urge
   * States to recommend that Zambia:") and the line after it is an item that asks on its own ("◦ Make birth
   * registration free"): then its sub-items are a list of their own, not words that finish it.
   */
  private static boolean leadsIntoAsks(String text, List<int[]> lines, int begin, int last) {
    int next = nextNonBlank(text, lines, last + 1);
    if (next >= lines.size()) {
      return false;
    }
    Matcher sub = markerAt(text, lines.get(next));
    if (!sub.lookingAt() || !ListedAsks.asks(text.substring(sub.end(), lines.get(next)[1]).strip())) {
      return false;
    }
    for (String word : text.substring(begin, lines.get(last)[1]).split("\\s+")) {
      String w = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
      if (Lexicon.CUE_FORMS.containsKey(w) || Lexicon.MODALS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The number a numbered paragraph opens with ("79. The Special Rapporteur recommends:"), else -1. */
  private static int paragraphNumber(String text, int[] line) {
    Matcher marker = markerAt(text, line);
    return marker.lookingAt() && marker.group(3) != null && Character.isDigit(marker.group(3).charAt(0))
        ? Integer.parseInt(marker.group(3)) : -1;
  }

  /**
   * The last line of the items nested under an item that ends without a colon (line {@code last}): "i. in the
   * meantime, stop ...", "ii. drop the charges ..." under "a. Repeal the Act;", as a word processor numbers a list
   * inside an item; "◦" or "o" bullets under another marker. They elaborate their item, and are read as part of it.
   * A nested list starts at its first number, and ends at the list's own next item.
   */
  private static int nestedItems(String text, List<int[]> lines, int last, String style, int count) {
    int nested = 0;
    String kind = null;   // the nested list's kind of number, once its first item is read: "ii" is Roman after "i"
    while (true) {
      int next = nextNonBlank(text, lines, last + 1);
      if (next >= lines.size()) {
        return last;
      }
      Matcher sub = markerAt(text, lines.get(next));
      if (!sub.lookingAt() || continues(style, count, sub) || sub.group(1) != null && styleOf(sub).equals(style)) {
        return last;
      }
      String subKind = sub.group(3) == null ? null : kindOf(sub.group(3), kind == null ? null : kind + ":");
      boolean inner = subKind == null ? "◦o".contains(sub.group(1))
          : !style.startsWith(subKind + ":") && (kind == null || kind.equals(subKind))
              && ordinal(sub.group(3), subKind) == nested + 1;
      if (!inner) {
        return last;
      }
      kind = subKind;
      nested++;
      last = next;
      while (wrapsOnto(text, lines, last)) {
        last++;
      }
    }
  }

  /**
   * The last line of the sub-items after the line {@code last} of an item that ends with a colon: items marked in
   * another style than the list's ("◦", "-", "a)" under "•"), each with its wrapped lines.
   */
  private static int subItems(String text, List<int[]> lines, int last, String style) {
    while (true) {
      int next = nextNonBlank(text, lines, last + 1);
      if (next >= lines.size()) {
        return last;
      }
      Matcher sub = markerAt(text, lines.get(next));
      if (!sub.lookingAt()) {
        return last;
      }
      // A PDF prints sub-items with the list's own bullet and no indent: then they read as phrases, not asks
      // ("• the Optional Protocol ...;" under "• Ratify the following treaties:").
      boolean sameStyle = styleOf(sub).equals(style)
          || !style.startsWith("bullet") && styleOf(sub).startsWith(style.substring(0, style.indexOf(':') + 1));
      String words = text.substring(sub.end(), lines.get(next)[1]);
      if (sameStyle && (Character.isUpperCase(words.charAt(0)) || ListedAsks.asks(words))) {
        return last;
      }
      last = next;
      while (wrapsOnto(text, lines, last)) {
        last++;
      }
    }
  }

  /**
   * A numbered topic between groups of items ("1. Rights of the child" over bullets): a few words without
   * punctuation, then an item marked in another style that goes on with the list. The line of that item, or -1.
   */
  private static int numberedSubheading(String text, List<int[]> lines, int i, Matcher marker, String style,
                                        int count) {
    if (!isTitle(text, marker.end(), lines.get(i)[1])) {
      return -1;
    }
    int next = itemAfter(text, lines, i, style, count);
    Matcher item = next < 0 ? null : markerAt(text, lines.get(next));
    return item != null && item.lookingAt() && !styleOf(item).equals(styleOf(marker)) ? next : -1;
  }

  /** The next non-blank line after line {@code i} when it is the list's next item, or -1. */
  private static int itemAfter(String text, List<int[]> lines, int i, String style, int count) {
    int next = nextNonBlank(text, lines, i + 1);
    return next < lines.size() && continues(style, count, markerAt(text, lines.get(next))) ? next : -1;
  }

  private static boolean isSubheadingBeforeItem(String text, List<int[]> lines, int i, String style, int count) {
    if (!isSubheading(text, lines.get(i))) {
      return false;
    }
    return style != null && itemAfter(text, lines, i, style, count) >= 0;
  }

  /** How many lines of reasons may stand between two numbered asks printed as titles. */
  private static final int MAX_EXPLANATION_LINES = 12;

  /**
   * Where the next numbered title is, when the lines from {@code i} explain the title before it and it follows them:
   * "1. Repeal the Public Order Act", a paragraph on how the Act is used, "2. Abolish the death penalty"; -1 when the
   * lines run longer, or what follows is not the next title.
   */
  private static int afterExplanation(String text, List<int[]> lines, int i, String style, int count) {
    for (int k = i; k < lines.size() && k - i < MAX_EXPLANATION_LINES; k++) {
      if (isBlank(text, lines.get(k))) {
        continue;
      }
      Matcher marker = markerAt(text, lines.get(k));
      if (marker.lookingAt()) {
        boolean title = isAskTitle(text, marker.end(), lines.get(k)[1]) && (k + 1 >= lines.size()
            || isBlank(text, lines.get(k + 1)) || !wrapsOnto(text, lines, k)
            || shortTitle(text, lines, k, marker.end()));
        return continues(style, count, marker) && title ? k : -1;
      }
      if (isHeading(content(text, lines.get(k)))) {
        return -1;
      }
    }
    return -1;
  }

  /** Words a title does not end with: a line that does is a wrapped sentence ("Repeal the Act and the"). */
  private static final Set<String> OPEN_ENDS = Set.of("the", "a", "an", "of", "to", "and", "or", "for", "in", "on",
      "with", "by", "that", "its", "their", "all", "any");

  /**
   * Whether line {@code i}, its words from {@code begin}, is a title set apart by its length: a few words, not ending
   * as a wrapped line does, and shorter than two thirds of the longest line near it (a wrapped line runs to the
   * margin).
   */
  private static boolean shortTitle(String text, List<int[]> lines, int i, int begin) {
    int end = lines.get(i)[1];
    if (!isAskTitle(text, begin, end)) {
      return false;
    }
    String words = text.substring(begin, end).strip();
    if (OPEN_ENDS.contains(words.substring(words.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))) {
      return false;
    }
    int widest = 0;
    for (int k = i; k < Math.min(lines.size(), i + MAX_EXPLANATION_LINES); k++) {
      widest = Math.max(widest, content(text, lines.get(k)).length());
    }
    return 3 * content(text, lines.get(i)).length() < 2 * widest;
  }

  /** How long an unmarked item may be: an ask, not a paragraph of argument. */
  private static final int MAX_UNMARKED_WORDS = 80;

  /**
   * Items without markers after a lead-in: paragraphs each set off by blank lines, as a web page or a word processor
   * prints its {@code <p>}s, or lines each closed by a semicolon or full stop, as scraped text keeps its {@code
   * <li>}s; each opening with a letter, short, and not itself a lead-in. A topic's name on a line of its own between
   * them ("Access to education", a table's "Issue" column) is skipped, and bulleted lines among them are items too,
   * as a table of recommendations by topic prints them cell by cell. Null when fewer than two follow.
   *
   * @param heading whether the lead-in is a heading without a colon; under one, an item closes its sentence, since
   *     the prose and captions a heading also stands over need not ask, and the caller reads items up to the
   *     first that does not
   */
  private static ItemList paragraphsAfter(String text, List<int[]> lines, int lead, int leadBegin, boolean heading) {
    List<Item> items = new ArrayList<>();
    int i = nextNonBlank(text, lines, lead + 1);
    if (i == lead + 1) {
      return null;   // no blank line after the lead-in: a wrapped sentence or a PDF's lines, not paragraphs
    }
    paragraphs:
    while (i < lines.size()) {
      int last = i;
      while (last + 1 < lines.size() && !isBlank(text, lines.get(last + 1))) {
        last++;
      }
      int next = nextNonBlank(text, lines, last + 1);
      if (content(text, lines.get(i)).endsWith(":")) {
        break;   // "Recommendations:" over bullets of its own leads in to a list, no paragraph of this one
      }
      if (next < lines.size() && isSubheading(text, new int[] {lines.get(i)[0], lines.get(last)[1]})
          && !markerAt(text, lines.get(i)).lookingAt()) {
        i = next;   // a topic over the paragraphs that follow it, on one line or wrapped in a narrow column
        continue;
      }
      // A list's items one per line, each closed by a semicolon or full stop: a web page's <li>s as scraped text.
      boolean closedLines = last > i && linesClosed(text, lines, i, last);
      boolean bullets = bulleted(text, lines, i, last);
      int step = closedLines || bullets ? 1 : last - i + 1;
      for (int from = i; from <= last; from += step) {
        int to = from + step - 1;
        Matcher marker = markerAt(text, lines.get(from));
        int begin = bullets && marker.lookingAt() ? marker.end()
            : lines.get(from)[0] + indent(content(text, lines.get(from)), text, lines.get(from));
        String words = text.substring(begin, lines.get(to)[1]).strip();
        if (words.isEmpty() || !Character.isLetter(words.charAt(0)) || words.endsWith(":")
            || words.split("\\s+").length > MAX_UNMARKED_WORDS || heading && !endsSentence(words)) {
          break paragraphs;
        }
        items.add(new Item(begin, LetteredItems.wordsEnd(text, begin, lines.get(to)[1])));
      }
      if (closedLines) {
        break;   // a page's <li>s are one block: the paragraph after them is the page's text again
      }
      i = next;
    }
    return items.size() < 2 ? null
        : new ItemList(leadBegin, leadEnd(text, lines.get(lead)), heading, true, List.copyOf(items));
  }

  /** Whether every line of [first, last] is a bulleted item of one line ("• Train teachers."). */
  private static boolean bulleted(String text, List<int[]> lines, int first, int last) {
    for (int k = first; k <= last; k++) {
      Matcher marker = markerAt(text, lines.get(k));
      if (!marker.lookingAt() || marker.group(1) == null) {
        return false;
      }
    }
    return true;
  }

  /** Whether every line of [first, last] opens with a capital and ends with a semicolon or a full stop. */
  private static boolean linesClosed(String text, List<int[]> lines, int first, int last) {
    for (int k = first; k <= last; k++) {
      String content = content(text, lines.get(k));
      if (content.isEmpty() || !Character.isUpperCase(content.charAt(0))
          || ";.".indexOf(content.charAt(content.length() - 1)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** A short line without closing punctuation that opens with a capital: a topic's name over its items. */
  private static boolean isSubheading(String text, int[] line) {
    String content = content(text, line);
    return !content.isEmpty() && Character.isUpperCase(content.charAt(0))
        && ".;:,".indexOf(content.charAt(content.length() - 1)) < 0
        && content.split("\\s+").length <= MAX_SUBHEADING_WORDS;
  }

  /** How many words an ask printed as a title may have: "Ratify the Optional Protocol to the Convention ...". */
  private static final int MAX_ASK_TITLE_WORDS = 12;

  /** An ask printed as a title over its reasons: words without punctuation, a few more than a topic's. */
  private static boolean isAskTitle(String text, int begin, int end) {
    return unpunctuated(text, begin, end, MAX_ASK_TITLE_WORDS);
  }

  /** A few words without any punctuation: "Legal aid". */
  private static boolean isTitle(String text, int begin, int end) {
    return unpunctuated(text, begin, end, MAX_SUBHEADING_WORDS);
  }

  private static boolean unpunctuated(String text, int begin, int end, int maxWords) {
    String content = text.substring(begin, end).strip();
    return content.chars().noneMatch(c -> ".;:,!?".indexOf(c) >= 0) && content.split("\\s+").length <= maxWords;
  }

  /**
   * Whether line {@code k + 1} goes on with line {@code k}: it follows directly and is no item; after a full stop or
   * a semicolon, a capital starts the next paragraph instead (a PDF prints no blank line between them).
   */
  private static boolean wrapsOnto(String text, List<int[]> lines, int k) {
    if (k + 1 >= lines.size() || isBlank(text, lines.get(k + 1))
        || markerAt(text, lines.get(k + 1)).lookingAt()) {
      return false;
    }
    return !(endsSentence(content(text, lines.get(k)))
        && Character.isUpperCase(content(text, lines.get(k + 1)).charAt(0)));
  }

  /** Whether the marker is the list's next: the same bullet, or the enumerator that follows the last one. */
  private static boolean continues(String style, int count, Matcher marker) {
    if (!marker.lookingAt()) {
      return false;
    }
    String next = styleOf(marker);
    if (marker.group(1) != null) {
      return style == null || style.equals(next);
    }
    String value = marker.group(3);
    String kind = kindOf(value, style);
    if (style != null && !style.equals(kind + next.substring(next.indexOf(':')))) {
      return false;
    }
    // A list numbered on from an earlier one ("We further urge ... to:" then "5.", "6.") starts past 1.
    return ordinal(value, kind) == count + 1 || count == 0 && kind.equals("digit") && ordinal(value, kind) > 1;
  }

  /** "bullet •", or the enumerator's kind and punctuation: "digit:(.)" "letter:)", "roman:.". */
  private static String styleOf(Matcher marker) {
    if (marker.group(1) != null) {
      return "bullet " + marker.group(1);
    }
    String value = marker.group(3);
    return kindOf(value, null) + ":" + (marker.group(2) != null ? "(" : "") + marker.group(4);
  }

  /**
   * "digit", "letter" or "roman": how {@code value} counts in a list whose items so far have {@code style} (null for
   * the first). "i" is a letter after "h" and a Roman numeral in a list that begins with it.
   */
  static String kindOf(String value, String style) {
    if (Character.isDigit(value.charAt(0))) {
      return "digit";
    }
    if (style != null && style.startsWith("letter")) {
      return "letter";
    }
    boolean roman = value.chars().allMatch(c -> c == 'i' || c == 'v' || c == 'x');
    return roman && (style != null || value.equals("i")) ? "roman" : "letter";
  }

  /** The place, from 1, {@code value} of a {@link #kindOf} kind marks; -1 for no place ("ab" as a letter). */
  static int ordinal(String value, String kind) {
    return switch (kind) {
      case "digit" -> Integer.parseInt(value);
      case "letter" -> value.length() == 1 ? value.charAt(0) - 'a' + 1 : -1;
      default -> roman(value);
    };
  }

  private static int roman(String value) {
    int total = 0;
    for (int k = 0; k < value.length(); k++) {
      int v = value.charAt(k) == 'x' ? 10 : value.charAt(k) == 'v' ? 5 : 1;
      int after = k + 1 < value.length() ? (value.charAt(k + 1) == 'x' ? 10 : value.charAt(k + 1) == 'v' ? 5 : 1) : 0;
      total += v < after ? -v : v;
    }
    return total;
  }

  /** The list marker at the start of a line, if {@link Matcher#lookingAt} finds one. */
  private static Matcher markerAt(String text, int[] line) {
    return MARKER.matcher(text).region(line[0], line[1]);
  }

  /** A line's words without the white space around them. */
  private static String content(String text, int[] line) {
    return text.substring(line[0], line[1]).strip();
  }

  /** Where a lead-in line's words end (after its colon). */
  private static int leadEnd(String text, int[] line) {
    return line[0] + text.substring(line[0], line[1]).stripTrailing().length();
  }

  private static int nextNonBlank(String text, List<int[]> lines, int i) {
    while (i < lines.size() && isBlank(text, lines.get(i))) {
      i++;
    }
    return i;
  }

  private static boolean isBlank(String text, int[] line) {
    return text.substring(line[0], line[1]).isBlank();
  }

  /** Index of the line that contains {@code offset}. */
  private static int lineOf(List<int[]> lines, int offset) {
    int lo = 0;
    int hi = lines.size() - 1;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (lines.get(mid)[0] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** [begin, end) of each line, without its line break. */
  private static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int begin = 0;
    for (int k = 0; k <= text.length(); k++) {
      if (k == text.length() || text.charAt(k) == '\n') {
        lines.add(new int[] {begin, k});
        begin = k + 1;
      }
    }
    return lines;
  }
}
