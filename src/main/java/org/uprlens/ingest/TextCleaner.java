package org.uprlens.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans layout noise out of text taken from PDFs and OCR without moving any character: noise is overwritten with
 * spaces, so every offset into the cleaned text is also an offset into the original.
 *
 * <p>Footnote markers glued to the end of a sentence ("freedom.3 It", "Principles.? The", "support.©") stop
 * the sentence splitter from seeing the sentence end and put junk at the start of the next sentence.
 */
public final class TextCleaner {
  /** A sentence end after a word, then 1-3 digits or OCR'd marker symbols, then white space. */
  private static final Pattern GLUED_FOOTNOTE =
      Pattern.compile("(?<=[\\p{L})\\]][.;:!?])([0-9]{1,3}|[®©*%>?!¢°†‡§¶™]{1,3}[0-9]{0,2})(?=\\s|$)");

  private TextCleaner() {}

  public static String clean(String text) {
    Matcher m = GLUED_FOOTNOTE.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    do {
      for (int i = m.start(1); i < m.end(1); i++) {
        out.setCharAt(i, ' ');
      }
    } while (m.find());
    return out.toString();
  }
}
