package org.uprlens.ingest;

import java.util.List;

/**
 * Text taken out of a file, before cleaning: the text, where each page starts in it (PDF only), the charset it was
 * decoded from (text and HTML only), what went partly wrong, who published it when the file says so outside its
 * text (a web page's site name), else null, and whether the text is a table of recommendations written out as CSV
 * where the format does not say (XML).
 */
record Extracted(String text, List<Integer> pageStarts, String charset, List<String> warnings, String publisher,
                 boolean table) {
  Extracted {
    pageStarts = List.copyOf(pageStarts);
    warnings = List.copyOf(warnings);
  }

  Extracted(String text, List<Integer> pageStarts, String charset, List<String> warnings, String publisher) {
    this(text, pageStarts, charset, warnings, publisher, false);
  }

  Extracted(String text, List<Integer> pageStarts, String charset, List<String> warnings) {
    this(text, pageStarts, charset, warnings, null);
  }

  /** The same text as a table of recommendations written out as CSV, as a format that may hold either finds it. */
  Extracted asTable() {
    return new Extracted(text, pageStarts, charset, warnings, publisher, true);
  }
}
