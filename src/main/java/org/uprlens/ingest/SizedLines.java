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

  private record Line(String text, float size, int chars, List<PdfTables.Word> words) {}

  /** At least this share of a page's characters in the body's size: a typeset page, not lines each sized to fit. */
  private static final double BODY_SHARE = 0.5;

  private final List<Line> lines = new ArrayList<>();
  /** Glyphs of the page drawn, and those drawn invisibly, as an OCR layer over a scan is. */
  private int glyphs;
  private int invisible;
  private final StringBuilder current = new StringBuilder();
  private final List<PdfTables.Word> currentWords = new ArrayList<>();
  /** The document's tables, read page after page: a row may go on over a page break. */
  private final PdfTables tables = new PdfTables();
  private float currentSize;
  private int currentChars;

  /** The text of the page set by {@link #setStartPage} / {@link #setEndPage}, its interrupting notes moved. */
  String pageText(PDDocument pdf) throws IOException {
    lines.clear();
    glyphs = 0;
    invisible = 0;
    String text = getText(pdf);
    endLine();
    if (invisible * 2 > glyphs) {
      return tables.flush() + text;   // an OCR layer sizes each line to the scan, so a smaller line there is no note
    }
    List<String> printed = printedLines(text);
    boolean placed = printed != null && lines.stream().noneMatch(line -> line.words().isEmpty());
    String rewritten = placed ? tables.rewrite(lines.stream().map(Line::words).toList(), printed) : null;
    return rewritten != null ? rewritten : tables.flush() + withNotesLast(text, printed);
  }

  /** The last row of a table that ran to the foot of the last page read, written out; "" when there is none. */
  String heldRows() {
    return tables.flush();
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
    if (!positions.isEmpty() && !text.isBlank()) {
      TextPosition first = positions.get(0);
      TextPosition last = positions.get(positions.size() - 1);
      currentWords.add(new PdfTables.Word(text, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
          first.getYDirAdj(), first.getFontSizeInPt()));
    }
  }

  @Override
  protected void writeLineSeparator() throws IOException {
    super.writeLineSeparator();
    endLine();
  }

  private void endLine() {
    if (!current.toString().isBlank()) {
      lines.add(new Line(current.toString(), currentSize, currentChars, List.copyOf(currentWords)));
    }
    current.setLength(0);
    currentWords.clear();
    currentSize = 0;
    currentChars = 0;
  }

  /** The page's printed lines that are not blank, one per sized line; null when they do not match the sized ones. */
  private List<String> printedLines(String text) {
    List<String> printed = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        printed.add(line);
      }
    }
    if (printed.size() != lines.size()) {
      return null;
    }
    for (int k = 0; k < lines.size(); k++) {
      if (!squeezed(printed.get(k)).equals(squeezed(lines.get(k).text()))) {
        return null;
      }
    }
    return printed;
  }

  /**
   * The page's text with each run of note lines that the body goes on after moved to the end; as it was when the
   * printed lines cannot be matched to the sized ones ({@code printed} null), or when no run comes before body text.
   */
  private String withNotesLast(String text, List<String> printed) {
    if (printed == null) {
      return text;
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
      (note[k] ? notes : main).append(printed.get(k)).append('\n');
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
