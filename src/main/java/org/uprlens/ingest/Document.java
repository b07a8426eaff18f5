package org.uprlens.ingest;

import java.util.Objects;

/**
 * One input file as decoded text. {@code docId} is the SHA-256 of the file's bytes, so the same file has the same
 * id wherever it is stored; character offsets of later stages point into {@code text}.
 */
public record Document(String docId, String path, long bytes, String charset, String text) implements Ingested {
  public Document {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
  }
}
