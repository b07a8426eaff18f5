package org.uprlens.ingest;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hslf.usermodel.HSLFTextParagraph;
import org.apache.poi.sl.usermodel.AutoNumberingScheme;
import org.apache.poi.sl.usermodel.GroupShape;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.Shape;
import org.apache.poi.sl.usermodel.SimpleShape;
import org.apache.poi.sl.usermodel.Slide;
import org.apache.poi.sl.usermodel.SlideShow;
import org.apache.poi.sl.usermodel.SlideShowFactory;
import org.apache.poi.sl.usermodel.TableCell;
import org.apache.poi.sl.usermodel.TableShape;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextRun;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;

/**
 * Text of a presentation, PowerPoint's (.pptx, and .ppt of PowerPoint 97-2003) with Apache POI's common slide API:
 * an organisation's briefing at a pre-session, a State's presentation of its report. Slide after slide, the title
 * first, then the text boxes as a reader takes them (top to bottom, left to right), a table cell by cell, row after
 * row; each paragraph its own, with its bullet or number as the slide shows it ("• ", "◦ " under another item,
 * "1. "), as a Word file's list items are written. Slide numbers, dates, footers and hidden slides are left out,
 * and so are speaker notes: a presenter's script, not what the document shows.
 */
final class SlideText {
  /** Placeholders that repeat on every slide, not its content. */
  private static final Set<Placeholder> FURNITURE =
      EnumSet.of(Placeholder.SLIDE_NUMBER, Placeholder.DATETIME, Placeholder.FOOTER, Placeholder.HEADER);
  private static final Set<Placeholder> TITLES = EnumSet.of(Placeholder.TITLE, Placeholder.CENTERED_TITLE);
  /** PowerPoint ends a line inside a paragraph with a vertical tab (Shift+Enter). */
  private static final char LINE_BREAK = '\u000B';

  private SlideText() {}

  static Extracted extract(byte[] bytes) throws RejectException {
    try (SlideShow<?, ?> show = SlideShowFactory.create(new ByteArrayInputStream(bytes))) {
      StringBuilder text = new StringBuilder();
      for (Slide<?, ?> slide : show.getSlides()) {
        if (!slide.isHidden()) {
          shapes(slide.getShapes(), text);
        }
      }
      return new Extracted(text.toString(), List.of(), null, List.of());
    } catch (EncryptedDocumentException e) {
      throw new RejectException(RejectReason.ENCRYPTED, "PowerPoint file needs a password to open");
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new RejectException(RejectReason.DAMAGED,
          "PowerPoint file cannot be parsed: " + (e.getMessage() != null ? e.getMessage() : e));
    }
  }

  private static void shapes(List<? extends Shape<?, ?>> shapes, StringBuilder text) {
    List<Shape<?, ?>> ordered = new ArrayList<>(shapes);
    ordered.sort(Comparator.comparing((Shape<?, ?> s) -> !TITLES.contains(placeholder(s)))
        .thenComparingDouble(s -> top(s)).thenComparingDouble(s -> left(s)));
    for (Shape<?, ?> shape : ordered) {
      if (FURNITURE.contains(placeholder(shape))) {
        continue;
      }
      if (shape instanceof GroupShape<?, ?> group) {
        shapes(group.getShapes(), text);
      } else if (shape instanceof TableShape<?, ?> table) {
        for (int r = 0; r < table.getNumberOfRows(); r++) {
          for (int c = 0; c < table.getNumberOfColumns(); c++) {
            TableCell<?, ?> cell = table.getCell(r, c);
            if (cell != null && !cell.isMerged()) {
              paragraphs(cell, text);
            }
          }
        }
      } else if (shape instanceof TextShape<?, ?> box) {
        paragraphs(box, text);
      }
    }
  }

  /** Each paragraph of a text box, with its bullet or number; numbers counted per level within the box. */
  private static void paragraphs(TextShape<?, ?> box, StringBuilder text) {
    int[] numbers = new int[10];
    for (TextParagraph<?, ?, ?> paragraph : box.getTextParagraphs()) {
      StringBuilder line = new StringBuilder();
      for (TextRun run : paragraph.getTextRuns()) {
        String raw = run.getRawText();
        line.append(raw == null ? "" : raw.replace(LINE_BREAK, '\n'));
      }
      int level = Math.max(0, Math.min(numbers.length - 1, paragraph.getIndentLevel()));
      Arrays.fill(numbers, level + 1, numbers.length, 0);
      String content = line.toString().strip();
      if (content.isEmpty()) {
        continue;
      }
      TextParagraph.BulletStyle bullet = paragraph.getBulletStyle();
      Numbering numbering = numbering(paragraph, bullet);
      String marker = "";
      if (numbering.scheme() != null) {
        Integer start = numbering.start();
        numbers[level] = numbers[level] == 0 ? (start == null ? 1 : start) : numbers[level] + 1;
        marker = numbering.scheme().format(numbers[level]) + " ";
      } else if (bullet != null) {
        numbers[level] = 0;
        marker = level == 0 ? "\u2022 " : "\u25E6 ";
      } else {
        numbers[level] = 0;
      }
      text.append(marker).append(content).append("\n\n");
    }
  }

  /** A paragraph's numbering scheme and first number; the scheme null when it is not numbered. */
  private record Numbering(AutoNumberingScheme scheme, Integer start) {}

  /**
   * POI's common bullet style is null for a numbered paragraph without a bullet font or character of its own (POI's
   * .pptx reader counts only those as bullets), so each format's own paragraph is asked.
   */
  private static Numbering numbering(TextParagraph<?, ?, ?> paragraph, TextParagraph.BulletStyle bullet) {
    if (paragraph instanceof XSLFTextParagraph x) {
      return new Numbering(x.getAutoNumberingScheme(), x.getAutoNumberingStartAt());
    }
    if (paragraph instanceof HSLFTextParagraph h) {
      return new Numbering(h.getAutoNumberingScheme(), h.getAutoNumberingStartAt());
    }
    return bullet == null ? new Numbering(null, null)
        : new Numbering(bullet.getAutoNumberingScheme(), bullet.getAutoNumberingStartAt());
  }

  private static Placeholder placeholder(Shape<?, ?> shape) {
    return shape instanceof SimpleShape<?, ?> simple ? simple.getPlaceholder() : null;
  }

  private static double top(Shape<?, ?> shape) {
    Rectangle2D anchor = shape.getAnchor();
    return anchor == null ? 0 : anchor.getY();
  }

  private static double left(Shape<?, ?> shape) {
    Rectangle2D anchor = shape.getAnchor();
    return anchor == null ? 0 : anchor.getX();
  }
}
