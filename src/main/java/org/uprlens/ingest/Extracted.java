package org.uprlens.ingest;

import java.util.List;

/**
 * Text taken out of a file, before cleaning: the text, where each page starts in it (PDF only), the charset it was
 * decoded from (text and HTML only), what went partly wrong, and who published it when the file says so outside its
 * text (a web page's site name), else null.
 */
record Extracted(String text, List<Integer> pageStarts, String charset, List<String> warnings, String publisher) {
  Extracted {
    pageStarts = List.copyOf(pageStarts);
    warnings = List.copyOf(warnings);
  }

  Extracted(String text, List<Integer> pageStarts, String charset, List<String> warnings) {
    this(text, pageStarts, charset, warnings, null);
  }
}
