package org.uprlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Needs: the text of a recommendation after its cue. Produces: the lettered items it lists, "(a) Ensure ...; (b)
 * Adopt ...; and (c) Provide ...", as treaty bodies' concluding observations and some compilations print a
 * recommendation of several asks; each item is a recommendation of its own, with its sub-items ("(b) Allocate
 * resources, including: (i) ...; (ii) ...") as part of it; or the unmarked items a "the following:" lead-in runs on
 * one line.
 */
final class LetteredItems {
  /**
   * An item's mark, at a line start or after ":" or ";" (or "and"), then its words: a letter in parentheses, "(a)",
   * or before one, "a)"; or a number so, "(1)", "1)", as statements at the review list their recommendations; or a
   * Roman numeral, "(i)", "(ii)".
   */
  private static final Pattern MARK = Pattern.compile(
      "(?:^|(?<=[:;\\n])|(?<=[:;]\\s{0,3}and)|(?<=[:;]\\s{0,3}or))\\s*\\(?([a-z]|[ivx]{1,4}|[1-9]\\d?)\\)\\s+",
      Pattern.MULTILINE);
  /** What ends an item's words and belongs to the list, not to the item: "; and", ";", ".". */
  private static final Pattern TAIL = Pattern.compile("[\\s;,.]*(?:\\b(?:and|or))?[\\s;,.]*$");

  /**
   * A lead-in to items printed unmarked on one line: "the following:", "the following measures:", "the following
   * recommendations to the Government of Zambia:", "as follows:"; or any colon before items counted in words
   * ("that Zambia: first, ratify ...; second, ...").
   */
  private static final Pattern FOLLOWING = Pattern.compile(
      "\\s*(?:(?i:the\\s+following(?:\\s+[\\p{L}-]+){0,6}|as\\s+follows)\\s*:"
          // "recommended to: ratify X; adopt Y", "recommends that Ghana: – accede to X; – adopt Y"
          + "|to\\s*:|[^:;.\\n]{0,80}:(?=[ \\t]*[–—][ \\t])"
          + "|[^:;.]{0,80}:(?=\\s*(?i:first(?:ly)?)\\b))\\s*");
  /** An item's count in words, "first,", "secondly,", "and finally,", or its dash: not part of what it asks. */
  private static final Pattern COUNTED = Pattern.compile("(?i)(?:first|second|third|fourth|fifth|sixth|seventh"
      + "|eighth|ninth|tenth|last|final)(?:ly)?\\s*,?\\s+|[–—][ \\t]+");
  /** What opens an unmarked item after the one before: "; and", ";". */
  private static final Pattern SEPARATOR = Pattern.compile(";\\s*(?:(?:and|or)\\s+)?");

  private LetteredItems() {}

  /**
   * "recommended the following: to amend X; to investigate Y; and to release Z": [begin, end) of each unmarked item
   * after such a lead-in at {@code from}, when there are two or more; else none.
   */
  static List<int[]> following(String text, int from, int to) {
    Matcher lead = FOLLOWING.matcher(text).region(from, to);
    if (!lead.lookingAt()) {
      return List.of();
    }
    List<int[]> items = new ArrayList<>();
    int begin = lead.end();
    Matcher separator = SEPARATOR.matcher(text).region(begin, to);
    while (begin < to) {
      boolean more = separator.find();
      Matcher counted = COUNTED.matcher(text).region(begin, to);
      begin = counted.lookingAt() ? counted.end() : begin;
      int end = wordsEnd(text, begin, more ? separator.start() : to);
      if (end > begin) {
        items.add(new int[] {begin, end});
      }
      begin = more ? separator.end() : to;
    }
    return items.size() < 2 ? List.of() : items;
  }

  /** Where an item's words in [begin, end) end, its list's punctuation ("; and", ";", ".") left out. */
  static int wordsEnd(String text, int begin, int end) {
    Matcher tail = TAIL.matcher(text).region(begin, end);
    return tail.find() ? tail.start() : end;
  }

  /** [begin, end) of each item's words within [from, to), when the text lists (a), (b), ... in order; else none. */
  static List<int[]> in(String text, int from, int to) {
    List<int[]> marks = marks(text, from, to, null, null);
    if (marks.size() < 2) {
      // "recommended that Ghana (a) ensure ...; and (b) establish ...": the first mark inline, the next after ";"
      Matcher first = FIRST_INLINE.matcher(text).region(from, to);
      if (first.find()) {
        marks = marks(text, first.end(), to, new int[] {first.start(), first.end()},
            ItemLists.kindOf(first.group(1), null));
      }
    }
    if (marks.size() < 2) {
      return List.of();
    }
    List<int[]> items = new ArrayList<>(marks.size());
    for (int i = 0; i < marks.size(); i++) {
      int begin = marks.get(i)[1];
      int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : to;
      end = wordsEnd(text, begin, end);
      if (end > begin) {
        items.add(new int[] {begin, end});
      }
    }
    return items.size() < 2 ? List.of() : items;
  }

  /** A first item marked inside a sentence, after a word: "that Ghana (a) ensure", "to (i) repeal". */
  private static final Pattern FIRST_INLINE = Pattern.compile("(?<=\\p{L}\\s)\\((a|i)\\)\\s+(?=\\p{L})");

  /**
   * The marks of items (a), (b), ... in order within [from, to): [start of the mark, start of its words]; after
   * {@code first}, of the kind it is, when one was found before {@code from}.
   */
  private static List<int[]> marks(String text, int from, int to, int[] first, String firstKind) {
    Matcher m = MARK.matcher(text).region(from, to);
    List<int[]> marks = new ArrayList<>();   // start of the mark, start of the words
    String kind = firstKind;   // as the first item has: "(i)" first is a Roman one, after "(h)" a letter
    int expected = 1;
    if (first != null) {
      marks.add(first);
      expected = 2;
    }
    while (m.find()) {
      String mark = m.group(1);
      String as = ItemLists.kindOf(mark, kind);
      if (ItemLists.ordinal(mark, as) != expected || kind != null && !kind.equals(as)) {
        continue;     // "(b)" before any "(a)": a reference; "(i)" under "(b) ..., including:" a sub-item of it
      }
      kind = as;
      marks.add(new int[] {m.start(), m.end()});
      expected++;
    }
    return marks;
  }
}
