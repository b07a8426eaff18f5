package org.uprlens.ingest;

import java.util.List;

/**
 * Text taken out of a file, before cleaning: the text, where each page starts in it (PDF only), the charset it was
 * decoded from (text and HTML only) and what went partly wrong.
 */
record Extracted(String text, List<Integer> pageStarts, String charset, List<String> warnings) {
  Extracted {
    pageStarts = List.copyOf(pageStarts);
    warnings = List.copyOf(warnings);
  }
}
