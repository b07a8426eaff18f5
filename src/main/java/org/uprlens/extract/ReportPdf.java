package org.uprlens.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays a report's plain text out as a UN document prints it, so that the PDF reading can be measured on texts
 * that only exist as plain text here: A4 pages, the document symbol as running head (outer corner, alternating),
 * the page number at the foot, the job number on the first page, and each numbered paragraph with its number
 * hanging in the margin and its lines wrapped, in Times with its standard (WinAnsi) encoding. One input line is
 * one paragraph. Our layout; the text is the caller's.
 */
final class ReportPdf {
  private static final float WIDTH = PDRectangle.A4.getWidth();
  private static final float HEIGHT = PDRectangle.A4.getHeight();
  private static final float MARGIN = 70;
  private static final float SIZE = 10;
  private static final float LEADING = 12;
  private static final float HANGING = 40;
  /** A paragraph number at a line's start: "24.", "95.4", "136.100". */
  private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3})?\\.?)\\s+(\\S.*)");
  private static final Pattern SYMBOL = Pattern.compile("A/HRC/[\\w.]+/\\d+");

  private ReportPdf() {}

  static byte[] lay(String text) {
    Matcher symbol = SYMBOL.matcher(text);
    try (PDDocument pdf = new PDDocument()) {
      Pages pages = new Pages(pdf, new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN),
          symbol.find() ? symbol.group() : "A/HRC/WG.6");
      for (String line : text.split("\\R")) {
        String paragraph = line.replaceAll("\\s+", " ").strip();
        if (!paragraph.isEmpty()) {
          pages.paragraph(paragraph);
        }
      }
      return pages.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page being written and where on it. */
  private static final class Pages {
    private final PDDocument pdf;
    private final PDFont font;
    private final String symbol;
    private final Map<Integer, String> printable = new HashMap<>();
    private PDPageContentStream content;
    private int number;
    private float y;

    Pages(PDDocument pdf, PDFont font, String symbol) throws IOException {
      this.pdf = pdf;
      this.font = font;
      this.symbol = symbol;
      newPage();
    }

    void paragraph(String text) throws IOException {
      String paragraph = printable(text);
      Matcher numbered = NUMBERED.matcher(paragraph);
      String label = numbered.matches() ? numbered.group(1) : null;
      String body = label == null ? paragraph : numbered.group(2);
      float indent = label == null ? 0 : Math.max(HANGING, width(label, SIZE) + 6);
      List<String> lines = wrap(body, WIDTH - 2 * MARGIN - indent);
      for (int i = 0; i < lines.size(); i++) {
        if (y < MARGIN + LEADING) {
          newPage();
        }
        if (i == 0 && label != null) {
          show(label, MARGIN, y, SIZE);
        }
        show(lines.get(i), MARGIN + indent, y, SIZE);
        y -= LEADING;
      }
      y -= LEADING / 2;
    }

    byte[] finish() throws IOException {
      content.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    }

    private void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      number++;
      content = new PDPageContentStream(pdf, page);
      float headX = number % 2 == 0 ? MARGIN : WIDTH - MARGIN - width(symbol, 9);   // the symbol is ASCII
      show(symbol, headX, HEIGHT - 40, 9);
      show(String.valueOf(number), WIDTH / 2, 40, 9);
      if (number == 1) {
        show("GE.10-14598", MARGIN, 52, 8);
      }
      y = HEIGHT - MARGIN;
    }

    private void show(String text, float x, float at, float size) throws IOException {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, at);
      content.showText(text);
      content.endText();
    }

    private float width(String text, float size) throws IOException {
      return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with characters the font has no glyph for as "?", as a PDF printer substitutes them. */
    private String printable(String text) {
      StringBuilder b = new StringBuilder(text.length());
      text.codePoints().forEach(c -> b.append(printable.computeIfAbsent(c, this::glyph)));
      return b.toString();
    }

    private String glyph(int c) {
      String s = Character.toString(c);
      try {
        font.encode(s);
        return s;
      } catch (IOException | IllegalArgumentException e) {
        return "?";
      }
    }

    private List<String> wrap(String paragraph, float max) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      float space = width(" ", SIZE);
      float used = 0;
      for (String word : paragraph.split(" ")) {
        float w = width(word, SIZE);
        if (line.length() > 0 && used + space + w > max) {
          lines.add(line.toString());
          line.setLength(0);
          used = 0;
        }
        used += line.length() == 0 ? w : space + w;
        line.append(line.length() == 0 ? "" : " ").append(word);
      }
      if (line.length() > 0) {
        lines.add(line.toString());
      }
      return lines;
    }
  }
}
