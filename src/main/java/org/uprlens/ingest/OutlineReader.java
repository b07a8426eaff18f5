package org.uprlens.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@link Outline} of a UN document in its text, line by line: numbered paragraphs ("16.", "124.12"),
 * section headings (Roman "II. Conclusions and/or recommendations", lettered "A. Presentation by the State under
 * review", numbered "2. Right to life, liberty and security of person") and the footnote or endnote block at the
 * end.
 *
 * <p>A numbered line is a paragraph when its number continues the paragraph count (UN paragraphs are numbered
 * through the whole document); it is a heading when it breaks the count and reads like a title: short, no sentence
 * end, followed by a line break. A list numbered from 1 again after a paragraph that ends in ":" or in a
 * recommendations section (first-cycle Working Group reports) gives sub-paragraphs of that paragraph ("96.1").
 */
public final class OutlineReader {
  // The line patterns start with "^" and are tried with lookingAt(): find() would try every position of the line.
  private static final Pattern NUMBERED = Pattern.compile(
      "^[ \\t]*(\\d{1,3})(?:\\.(\\d{1,3}))?([.,]?)(?:[ \\t]+(?=[\\p{Lu}\\p{Lt}\"“‘(])|[ \\t]*$)");
  /** Roman numerals as printed and as OCR misreads them ("I1.", "IVV."). */
  private static final Pattern LETTERED = Pattern.compile(
      "^[ \\t]*(?:[IVX][IVX1l]{0,4}|[A-H])\\.[ \\t]+(?=\\p{Lu})");
  private static final Pattern LEADER_DOTS = Pattern.compile("\\.{5,}|(?:\\. ){4,}");
  private static final Pattern NOTES_HEADING = Pattern.compile(
      "^[ \\t]*(?:notes|endnotes|footnotes|references)[ \\t]*:?[ \\t]*$", Pattern.CASE_INSENSITIVE);
  /** What citation lines hold: paragraph references, treaty-body and Council symbols, ibid., URLs. */
  private static final Pattern CITATION = Pattern.compile(
      "\\bparas?\\.|\\bibid\\b|\\bsee (?:also )?|https?://|www\\.|\\b[A-Z]{2,6}/C/|\\bA/(?:HRC/)?\\d|\\bp\\. \\d"
          + "|\\bsubmission\\b|\\bE/C\\.12/|\\bCRC/C/|\\bJS\\d|\\bresolution \\d+/\\d+",
      Pattern.CASE_INSENSITIVE);
  private static final int HEADING_MAX = 130;
  /**
   * An unnumbered heading over an author's asks, on a line of its own: "Recommendations", "Our recommendations:",
   * "Recommendations to the Government of Ruritania".
   */
  private static final Pattern ASKS_HEADING = Pattern.compile(
      "[ \\t]*(?:(?:our|key|main|general|specific|further|proposed|suggested)[ \\t]+)?recommendations"
          + "(?:[ \\t]+(?:to|for)[ \\t]+[^.;!?\\n]{2,80})?[ \\t]*:?[ \\t]*",
      Pattern.CASE_INSENSITIVE);

  private static final Set<String> ASKS_HEADING_OPENERS = Set.of("recommendations", "our", "key", "main",
      "general", "specific", "further", "proposed", "suggested");

  private OutlineReader() {}

  /**
   * Where the line starting at {@code begin} ends, when it is an unnumbered heading over recommendations
   * ("Recommendations" above "HRW recommends that ..."); else -1. A sentence splitter that breaks only at full
   * stops and blank lines runs such a heading into the sentence below it.
   */
  public static int asksHeadingEnd(String text, int begin, int end) {
    int word = begin;
    while (word < end && word - begin < 16 && Character.isLetter(text.charAt(word))) {
      word++;
    }
    if (!ASKS_HEADING_OPENERS.contains(text.substring(begin, word).toLowerCase(Locale.ROOT))) {
      return -1;   // cheap: almost no sentence opens with one of these words
    }
    int newline = text.indexOf('\n', begin);
    if (newline < 0 || newline >= end || newline - begin > HEADING_MAX
        || !ASKS_HEADING.matcher(text).region(begin, newline).matches()) {
      return -1;
    }
    return newline;
  }

  public static Outline read(String text) {
    return read(text, List.of());
  }

  /** With the page starts of a PDF, footnotes at the foot of each page are found as well. */
  public static Outline read(String text, List<Integer> pageStarts) {
    List<Outline.Mark> paragraphs = new ArrayList<>();
    List<Outline.Mark> sections = new ArrayList<>();
    List<int[]> lines = lines(text);
    int lastParagraph = 0;
    int listParent = -1; // a paragraph ending in ":" whose list numbers its items from 1 again ("96." then "1.")
    int lastItem = 0;
    for (int index = 0; index < lines.size(); index++) {
      int[] line = lines.get(index);
      String s = text.substring(line[0], line[1]);
      if ((s.contains("..") || s.contains(". .")) && LEADER_DOTS.matcher(s).find()) {
        continue; // a table of contents entry, not the heading itself
      }
      Matcher numbered = NUMBERED.matcher(s);
      if (numbered.lookingAt()) {
        int n = Integer.parseInt(numbered.group(1));
        boolean sub = numbered.group(2) != null;
        int next = nextNumber(text, lines, index);
        boolean alone = numbered.end() == s.length(); // the number on a line of its own, the text on the next
        // OCR reads "44." as "44,"; only believed where 44 is the paragraph expected. A bare "15 (c) of" at a
        // line start is a wrapped line or a footnote, not a paragraph.
        if (numbered.group(3).equals(",") && n != lastParagraph + 1
            || numbered.group(3).isEmpty() && !sub && !alone) {
          continue;
        }
        if (!sub && listParent > 0) {
          // The paragraph count goes on and the list is over, unless the list has just reached the same number:
          // then the paragraph is still to come ("96. <item>" then "96. The following ..."), or the line reads
          // like an item, which ends with the recommending State in brackets ("... (Norway);").
          if (n == listParent + 1 && !(n == lastItem + 1 && (next == n || endsLikeItem(text, lines, index)))) {
            listParent = -1;
          } else {
            if (n > lastItem && n <= lastItem + 3) {
              paragraphs.add(new Outline.Mark(line[0] + numbered.start(1), listParent + "." + n));
              lastItem = n;
            }
            continue;
          }
        }
        if (!sub && n == 1 && lastParagraph > 0
            && (previousLineEndsWithColon(text, lines, index) || inRecommendationsSection(sections))) {
          listParent = lastParagraph;
          lastItem = 1;
          paragraphs.add(new Outline.Mark(line[0] + numbered.start(1), listParent + ".1"));
          continue;
        }
        boolean continues = n == lastParagraph + 1 || (n == lastParagraph && sub) || lastParagraph == 0
            || n > lastParagraph && n <= lastParagraph + 3 && next == -1 // a number lost to OCR
            || n > lastParagraph && next == n + 1; // numbering goes on from here: a gap, or answers by number
        // "2. Right to life" right after paragraph 1 continues the count, but paragraph 2 follows it: a heading.
        if (continues && next == n && !sub) {
          continues = false;
        }
        if (!sub && !continues && !alone && isHeading(s)) {
          sections.add(new Outline.Mark(line[0] + leading(s), collapse(s)));
        } else if (continues || sub || n == 1 || n > lastParagraph) {
          // A forward jump that is no heading: numbers lost in extraction, or an addendum answering
          // recommendations by their numbers ("26. Slovenia accepts the recommendation.").
          String label = sub ? n + "." + numbered.group(2) : String.valueOf(n);
          paragraphs.add(new Outline.Mark(line[0] + numbered.start(1), label));
          lastParagraph = n;
        }
        continue;
      }
      // Roman and lettered headings are not confused with paragraphs, so a final "." or ":" is allowed.
      if (LETTERED.matcher(s).lookingAt() && s.strip().length() <= HEADING_MAX) {
        sections.add(new Outline.Mark(line[0] + leading(s), collapse(s).replaceAll("[.:\\s]+$", "")));
      }
    }
    int notes = footnoteBlock(text, lines, paragraphs);
    if (notes >= 0) {
      sections.removeIf(mark -> mark.offset() >= notes);
      sections.add(new Outline.Mark(notes, Outline.FOOTNOTES));
      paragraphs.removeIf(mark -> mark.offset() >= notes);
    }
    return new Outline(paragraphs, pageFootnotes(text, pageStarts, sections, notes < 0 ? text.length() : notes));
  }

  /** A footnote line at the foot of a page: its number, then a capital, a symbol or "Ibid". */
  private static final Pattern FOOTNOTE_LINE = Pattern.compile("^[ \\t]*\\d{1,3}[ \\t]+(?:[\\p{Lu}\"“]|Ibid|See|http)");

  /**
   * Sections with a {@code [footnotes]} mark over the footnotes at the foot of each PDF page, and the section the
   * page was in marked again at the start of the next page, where the body text goes on.
   */
  private static List<Outline.Mark> pageFootnotes(String text, List<Integer> pageStarts, List<Outline.Mark> sections,
                                                  int end) {
    if (pageStarts.size() < 2) {
      return sections;
    }
    List<Outline.Mark> marks = new ArrayList<>(sections);
    Outline current = new Outline(List.of(), sections);
    for (int p = 0; p < pageStarts.size(); p++) {
      int pageEnd = Math.min(end, p + 1 < pageStarts.size() ? pageStarts.get(p + 1) : text.length());
      int start = pageFootnoteStart(text, pageStarts.get(p), pageEnd);
      if (start < 0) {
        continue;
      }
      String section = current.sectionAt(start);
      marks.add(new Outline.Mark(start, Outline.FOOTNOTES));
      if (pageEnd < end && (section == null || !section.equals(Outline.FOOTNOTES))) {
        boolean headingThere = sections.stream().anyMatch(m -> m.offset() == pageEnd);
        if (!headingThere) {
          marks.add(new Outline.Mark(pageEnd, section)); // null: the text before the first heading goes on
        }
      }
    }
    marks.sort(java.util.Comparator.comparingInt(Outline.Mark::offset));
    return marks;
  }

  /** Where the footnotes at the foot of the page [from, to) start, or -1: a run of footnote and citation lines. */
  private static int pageFootnoteStart(String text, int from, int to) {
    List<int[]> lines = new ArrayList<>();
    int lineStart = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == '\n') {
        if (!text.substring(lineStart, i).isBlank()) {
          lines.add(new int[] {lineStart, i});
        }
        lineStart = i + 1;
      }
    }
    int start = -1;
    int gap = 0;
    for (int k = lines.size() - 1; k > 0 && gap <= 2; k--) {
      String line = text.substring(lines.get(k)[0], lines.get(k)[1]);
      if (FOOTNOTE_LINE.matcher(line).lookingAt()) {
        start = lines.get(k)[0] + leading(line);
        gap = 0;
      } else if (CITATION.matcher(line).find()) {
        gap = 0; // a citation wrapped onto a second line
      } else {
        gap++; // body text, or the second line of a footnote; three in a row end the footnotes
      }
    }
    return start;
  }

  private static final Pattern ITEM_END = Pattern.compile("\\)[ \\t]*[;.]?[ \\t]*$");

  /** Whether the numbered line at {@code index} (with up to two continuation lines) ends like a list item. */
  private static boolean endsLikeItem(String text, List<int[]> lines, int index) {
    String last = "";
    for (int i = index; i < lines.size() && i <= index + 3; i++) {
      String line = text.substring(lines.get(i)[0], lines.get(i)[1]);
      if (i > index && (line.isBlank() || NUMBERED.matcher(line).lookingAt())) {
        break;
      }
      last = line;
    }
    return ITEM_END.matcher(last).find();
  }

  /** Working Group reports list their recommendations under "Conclusions and/or recommendations". */
  private static boolean inRecommendationsSection(List<Outline.Mark> sections) {
    return !sections.isEmpty()
        && sections.get(sections.size() - 1).label().toLowerCase(java.util.Locale.ROOT).contains("recommendation");
  }

  private static boolean previousLineEndsWithColon(String text, List<int[]> lines, int index) {
    for (int i = index - 1; i >= 0; i--) {
      String line = text.substring(lines.get(i)[0], lines.get(i)[1]).strip();
      if (!line.isEmpty()) {
        return line.endsWith(":");
      }
    }
    return false;
  }

  /** The number of the next numbered line, or -1. */
  private static int nextNumber(String text, List<int[]> lines, int index) {
    for (int i = index + 1; i < lines.size() && i <= index + 12; i++) {
      String line = text.substring(lines.get(i)[0], lines.get(i)[1]);
      Matcher m = NUMBERED.matcher(line);
      if (m.lookingAt() && (m.group(2) != null || !m.group(3).isEmpty() || m.end() == line.length())) {
        return m.group(2) == null ? Integer.parseInt(m.group(1)) : -1;
      }
    }
    return -1;
  }

  private static boolean isHeading(String line) {
    String s = line.strip();
    if (s.length() > HEADING_MAX) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    return last != '.' && last != ';' && last != ',' && last != ':' && !SENTENCE_INSIDE.matcher(s).find();
  }

  /** A sentence end followed by another sentence: the line is running text, not a title. */
  private static final Pattern SENTENCE_INSIDE = Pattern.compile("\\p{Ll}[.;] +\\p{Lu}");

  /**
   * Where the footnote or endnote block starts, or -1: a "Notes" heading near the end, else the last stretch of
   * the document where citation lines dominate and no prose follows.
   */
  private static int footnoteBlock(String text, List<int[]> lines, List<Outline.Mark> paragraphs) {
    int lastParagraph = paragraphs.isEmpty() ? 0 : paragraphs.get(paragraphs.size() - 1).offset();
    for (int i = lines.size() - 1; i >= 0 && lines.get(i)[0] > text.length() / 2; i--) {
      if (NOTES_HEADING.matcher(text.substring(lines.get(i)[0], lines.get(i)[1])).matches()) {
        return lines.get(i)[0] + leading(text.substring(lines.get(i)[0], lines.get(i)[1]));
      }
    }
    int start = -1;
    int citations = 0;
    int prose = 0;
    int proseChars = 0;
    for (int i = lines.size() - 1; i >= 0; i--) {
      int[] line = lines.get(i);
      if (line[0] < lastParagraph) {
        break;
      }
      String s = text.substring(line[0], line[1]);
      if (s.isBlank()) {
        continue;
      }
      if (CITATION.matcher(s).find()) {
        citations++;
        start = line[0] + leading(s);
        prose = 0;
        proseChars = 0;
      } else {
        prose++;
        proseChars += s.length();
        if (prose >= 3 || proseChars > 300) {
          break;
        }
      }
    }
    return citations >= 3 ? start : -1;
  }

  /** [start, end) of every line, without the line break (a form feed, a PDF page break, ends a line too). */
  public static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\f') {
        lines.add(new int[] {start, i});
        start = i + 1;
      }
    }
    return lines;
  }

  private static int leading(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String collapse(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
