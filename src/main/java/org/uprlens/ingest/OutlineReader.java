package org.uprlens.ingest;

import java.util.ArrayList;
import java.util.List;
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
 * end, followed by a line break.
 */
public final class OutlineReader {
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

  private OutlineReader() {}

  public static Outline read(String text) {
    List<Outline.Mark> paragraphs = new ArrayList<>();
    List<Outline.Mark> sections = new ArrayList<>();
    List<int[]> lines = lines(text);
    int lastParagraph = 0;
    for (int index = 0; index < lines.size(); index++) {
      int[] line = lines.get(index);
      String s = text.substring(line[0], line[1]);
      if (LEADER_DOTS.matcher(s).find()) {
        continue; // a table of contents entry, not the heading itself
      }
      Matcher numbered = NUMBERED.matcher(s);
      if (numbered.find()) {
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
        boolean continues = n == lastParagraph + 1 || (n == lastParagraph && sub) || lastParagraph == 0
            || n > lastParagraph && n <= lastParagraph + 3 && (next == n + 1 || next == -1); // a number lost to OCR
        // "2. Right to life" right after paragraph 1 continues the count, but paragraph 2 follows it: a heading.
        if (continues && next == n && !sub) {
          continues = false;
        }
        if (!sub && !continues && !alone && isHeading(s)) {
          sections.add(new Outline.Mark(line[0] + leading(s), collapse(s)));
        } else if (continues || sub || n == 1) {
          String label = sub ? n + "." + numbered.group(2) : String.valueOf(n);
          paragraphs.add(new Outline.Mark(line[0] + numbered.start(1), label));
          lastParagraph = n;
        }
        continue;
      }
      // Roman and lettered headings are not confused with paragraphs, so a final "." or ":" is allowed.
      if (LETTERED.matcher(s).find() && s.strip().length() <= HEADING_MAX) {
        sections.add(new Outline.Mark(line[0] + leading(s), collapse(s).replaceAll("[.:\\s]+$", "")));
      }
    }
    int notes = footnoteBlock(text, lines, paragraphs);
    if (notes >= 0) {
      sections.removeIf(mark -> mark.offset() >= notes);
      sections.add(new Outline.Mark(notes, Outline.FOOTNOTES));
      paragraphs.removeIf(mark -> mark.offset() >= notes);
    }
    return new Outline(paragraphs, sections);
  }

  /** The number of the next numbered line, or -1. */
  private static int nextNumber(String text, List<int[]> lines, int index) {
    for (int i = index + 1; i < lines.size() && i <= index + 12; i++) {
      Matcher m = NUMBERED.matcher(text.substring(lines.get(i)[0], lines.get(i)[1]));
      if (m.find()) {
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
    return last != '.' && last != ';' && last != ',' && last != ':';
  }

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

  /** [start, end) of every line, without the line break. */
  private static List<int[]> lines(String text) {
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
