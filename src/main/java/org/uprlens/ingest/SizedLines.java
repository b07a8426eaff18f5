package org.uprlens.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text of one page, with the footnotes that interrupt the body moved to the page's end: a two-column page
 * prints the notes of its first column under it, so in the content's order they fall between two halves of a
 * sentence ("This submission covers developments / 4 Data gathered ... / since the previous review"). A footnote
 * is told by its smaller type and its number; the body's size is the one most of the page's characters have. Pages
 * of an OCR layer (invisible text sized line by line to the scan) and pages with no main size are left as they are.
 */
final class SizedLines extends PDFTextStripper {
  /** Type at most this share of the body's size is a note's. */
  private static final float NOTE_SHARE = 0.85f;
  /** A note opens with its number: "4 Data gathered by ...", "12 See ...". */
  private static final Pattern NOTE_START = Pattern.compile("^\\s*\\d{1,3}\\s*\\S");

  private record Line(String text, float size, int chars) {}

  /** At least this share of a page's characters in the body's size: a typeset page, not lines each sized to fit. */
  private static final double BODY_SHARE = 0.5;

  private final List<Line> lines = new ArrayList<>();
  /** Glyphs of the page drawn, and those drawn invisibly, as an OCR layer over a scan is. */
  private int glyphs;
  private int invisible;
  private final StringBuilder current = new StringBuilder();
  private float currentSize;
  private int currentChars;

  /** The text of the page set by {@link #setStartPage} / {@link #setEndPage}, its interrupting notes moved. */
  String pageText(PDDocument pdf) throws IOException {
    lines.clear();
    glyphs = 0;
    invisible = 0;
    String text = getText(pdf);
    endLine();
    // An OCR layer sizes each line to the scan, so a smaller line there is no note
    return invisible * 2 > glyphs ? text : withNotesLast(text);
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    glyphs++;
    if (getGraphicsState().getTextState().getRenderingMode() == RenderingMode.NEITHER) {
      invisible++;
    }
    super.processTextPosition(text);
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) throws IOException {
    super.writeString(text, positions);
    current.append(text);
    for (TextPosition position : positions) {
      currentSize = Math.max(currentSize, position.getFontSizeInPt());
    }
    currentChars += positions.size();
  }

  @Override
  protected void writeLineSeparator() throws IOException {
    super.writeLineSeparator();
    endLine();
  }

  private void endLine() {
    if (!current.toString().isBlank()) {
      lines.add(new Line(current.toString(), currentSize, currentChars));
    }
    current.setLength(0);
    currentSize = 0;
    currentChars = 0;
  }

  /**
   * The page's text with each run of note lines that the body goes on after moved to the end; as it was when the
   * printed lines cannot be matched to the sized ones, or when no run comes before body text.
   */
  private String withNotesLast(String text) {
    String[] printed = text.split("\n", -1);
    List<Integer> nonBlank = new ArrayList<>();
    for (int i = 0; i < printed.length; i++) {
      if (!printed[i].isBlank()) {
        nonBlank.add(i);
      }
    }
    if (nonBlank.size() != lines.size()) {
      return text;
    }
    for (int k = 0; k < lines.size(); k++) {
      if (!squeezed(printed[nonBlank.get(k)]).equals(squeezed(lines.get(k).text()))) {
        return text;
      }
    }
    float body = bodySize();
    if (body <= 0) {
      return text;
    }
    boolean[] note = new boolean[lines.size()];
    boolean moved = false;
    for (int k = 0; k < lines.size(); k++) {
      if (!isSmall(lines.get(k), body) || !NOTE_START.matcher(lines.get(k).text()).lookingAt()) {
        continue;
      }
      int end = k;
      while (end + 1 < lines.size() && isSmall(lines.get(end + 1), body)) {
        end++;
      }
      boolean inside = k > 0 && end + 1 < lines.size();   // the body goes on after it
      for (int n = k; n <= end && inside; n++) {
        note[n] = true;
        moved = true;
      }
      k = end;
    }
    if (!moved) {
      return text;
    }
    StringBuilder main = new StringBuilder();
    StringBuilder notes = new StringBuilder();
    for (int k = 0; k < lines.size(); k++) {
      (note[k] ? notes : main).append(printed[nonBlank.get(k)]).append('\n');
    }
    return main.append(notes).toString();
  }

  /** The size most of the page's characters have; 0 when no size has {@link #BODY_SHARE} of them. */
  private float bodySize() {
    java.util.Map<Float, Integer> chars = new java.util.HashMap<>();
    int total = 0;
    for (Line line : lines) {
      chars.merge(line.size(), line.chars(), Integer::sum);
      total += line.chars();
    }
    var most = chars.entrySet().stream().max(java.util.Map.Entry.comparingByValue());
    return most.isPresent() && most.get().getValue() >= BODY_SHARE * total ? most.get().getKey() : 0f;
  }

  private static boolean isSmall(Line line, float body) {
    return line.size() > 0 && line.size() <= NOTE_SHARE * body;
  }

  private static String squeezed(String s) {
    return s.replaceAll("\\s+", "");
  }
}
