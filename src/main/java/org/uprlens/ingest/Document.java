package org.uprlens.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One input file as decoded text. {@code docId} is the SHA-256 of the file's bytes, so the same file has the same
 * id wherever it is stored; character offsets of later stages point into {@code text}. {@code pageStarts} are the
 * offsets in {@code text} where each page of a PDF starts (empty for other formats); {@code format} is how the file
 * was read (null when the document was not read from a file).
 */
public record Document(String docId, String path, long bytes, String charset, String text, DocumentInfo info,
                       Outline outline, List<String> warnings, List<Integer> pageStarts, Format format)
    implements Ingested {
  public Document {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    info = info == null ? DocumentInfo.UNKNOWN : info;
    outline = outline == null ? Outline.EMPTY : outline;
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    pageStarts = pageStarts == null ? List.of() : List.copyOf(pageStarts);
  }

  /** A document without pages (anything but a PDF). */
  public Document(String docId, String path, long bytes, String charset, String text, DocumentInfo info,
                  Outline outline, List<String> warnings) {
    this(docId, path, bytes, charset, text, info, outline, warnings, List.of(), null);
  }

  /** The format's name as the output writes it ("pdf", "docx", ...), or null. */
  public String formatCode() {
    return format == null ? null : format.code();
  }

  /** Pages of a PDF, null for other formats. */
  public Integer pages() {
    return pageStarts.isEmpty() ? null : pageStarts.size();
  }

  /** Whether the text is in a language the extraction rules are written for (English, or not known). */
  public boolean languageSupported() {
    return info.language() == null || Languages.ENGLISH.equals(info.language());
  }

  /** A document with nothing known about its kind, structure or metadata yet. */
  public Document(String docId, String path, long bytes, String charset, String text) {
    this(docId, path, bytes, charset, text, DocumentInfo.UNKNOWN, Outline.EMPTY, List.of());
  }
}
