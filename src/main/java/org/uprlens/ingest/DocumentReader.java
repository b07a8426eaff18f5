package org.uprlens.ingest;

import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
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
    String format = sniffBinaryFormat(bytes);
    if (format != null) {
      return new Reject(path, RejectReason.UNSUPPORTED_FORMAT, format);
    }
    if (hasNul(bytes)) {
      return new Reject(path, RejectReason.NOT_TEXT, "NUL bytes in the first " + SNIFF_BYTES + " bytes");
    }
    String text;
    try {
      text = strictUtf8(bytes);
    } catch (MalformedInputException e) {
      return new Reject(path, RejectReason.NOT_TEXT, "not valid UTF-8 (malformed input of length "
          + e.getInputLength() + ")");
    } catch (CharacterCodingException e) {
      return new Reject(path, RejectReason.NOT_TEXT, "not valid UTF-8: " + e);
    }
    text = TextCleaner.clean(normaliseLineEnds(stripBom(text)));
    if (text.isBlank()) {
      return new Reject(path, RejectReason.EMPTY, bytes.length == 0 ? "0 bytes" : "only white space");
    }
    return new Document(Sha256.of(bytes), path, bytes.length, "UTF-8", text);
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

  private static boolean hasNul(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return decoder.decode(ByteBuffer.wrap(bytes)).toString();
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** CR LF and lone CR become LF, so offsets mean the same whatever system wrote the file. */
  static String normaliseLineEnds(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
