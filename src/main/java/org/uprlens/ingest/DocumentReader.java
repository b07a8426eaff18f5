package org.uprlens.ingest;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.uprlens.Sha256;

/**
 * Needs: a path, its size and a way to read its bytes. Produces: a {@link Document} with normalised text, or a
 * {@link Reject}. Never throws for bad input: every file gets an outcome.
 */
public final class DocumentReader {

  /** Reads the bytes of one file; I/O failures become {@link RejectReason#UNREADABLE}. */
  @FunctionalInterface
  public interface Content {
    byte[] read() throws IOException;
  }

  /** @param maxBytes files larger than this are rejected before they are read */
  public record Options(long maxBytes) implements Serializable {
    public static final long DEFAULT_MAX_BYTES = 64L << 20;

    public Options {
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
      }
    }

    public static Options defaults() {
      return new Options(DEFAULT_MAX_BYTES);
    }
  }

  private static final int SNIFF_BYTES = 8192;

  private final Options options;

  public DocumentReader(Options options) {
    this.options = options;
  }

  /** A reject when a file of this size must not be read at all, else null. */
  public Reject checkSize(String path, long size) {
    return size > options.maxBytes()
        ? new Reject(path, RejectReason.TOO_LARGE, size + " bytes > --max-bytes " + options.maxBytes())
        : null;
  }

  public static Reject unreadable(String path, Exception e) {
    return new Reject(path, RejectReason.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  /** Reads a file and decodes it: the whole of ingest for one file. */
  public Ingested read(String path, long size, Content content) {
    Reject tooLarge = checkSize(path, size);
    if (tooLarge != null) {
      return tooLarge;
    }
    try {
      return decode(path, content.read());
    } catch (IOException | RuntimeException e) {
      return unreadable(path, e);
    }
  }

  /** Decodes bytes already in memory. */
  public Ingested decode(String path, byte[] bytes) {
    Reject tooLarge = checkSize(path, bytes.length);
    if (tooLarge != null) {
      return tooLarge;
    }
    if (bytes.length == 0) {
      return new Reject(path, RejectReason.EMPTY, "0 bytes");
    }
    String format = sniffBinaryFormat(bytes);
    if (format != null) {
      return new Reject(path, RejectReason.UNSUPPORTED_FORMAT, format);
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    String binary = binaryEvidence(decoded.text());
    if (binary != null) {
      return new Reject(path, RejectReason.NOT_TEXT, binary + " (decoded as " + decoded.charset() + ")");
    }
    String text = TextCleaner.clean(normaliseLineEnds(decoded.text()));
    if (text.isBlank()) {
      return new Reject(path, RejectReason.EMPTY, "only white space");
    }
    return new Document(Sha256.of(bytes), path, bytes.length, decoded.charset(), text,
        DocumentInfoReader.read(text), OutlineReader.read(text), List.of());
  }

  /**
   * Why decoded text is binary, or null: text files hold no NUL and almost no other control characters, whatever
   * their charset.
   */
  static String binaryEvidence(String text) {
    int n = Math.min(text.length(), SNIFF_BYTES * 8);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return "NUL characters in the text";
      }
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || (c >= 0x7F && c <= 0x9F)) {
        controls++;
      }
    }
    return controls > 2 + n / 200 ? controls + " control characters in the first " + n + " characters" : null;
  }

  private static String sniffBinaryFormat(byte[] b) {
    if (startsWith(b, "%PDF")) {
      return "PDF";
    }
    if (startsWith(b, "PK\u0003\u0004")) {
      return "ZIP container (e.g. .docx)";
    }
    if (b.length >= 8 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11) {
      return "legacy Microsoft Office (OLE2)";
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, String ascii) {
    if (bytes.length < ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (bytes[i] != (byte) ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** CR LF and lone CR become LF, so offsets mean the same whatever system wrote the file. */
  static String normaliseLineEnds(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
