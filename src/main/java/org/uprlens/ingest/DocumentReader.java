package org.uprlens.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
    try {
      return decodeOrThrow(path, bytes);
    } catch (RuntimeException | StackOverflowError e) {
      // A parser or rule tripped by a strange file must cost that file only, never the task.
      return new Reject(path, RejectReason.PROCESSING_ERROR, "while reading: " + e);
    }
  }

  private Ingested decodeOrThrow(String path, byte[] bytes) {
    return decodeOrThrow(path, path, bytes, true);
  }

  /**
   * @param name the file name that hints at the format: the path; for what a gzip file holds, the path less ".gz",
   *     for what a ZIP archive holds, its entry's name
   * @param file whether the bytes are the file's own, not what a gzip file or ZIP archive holds (which is not
   *     unpacked again)
   */
  private Ingested decodeOrThrow(String path, String name, byte[] bytes, boolean file) {
    Reject tooLarge = checkSize(path, bytes.length);
    if (tooLarge != null) {
      return tooLarge;
    }
    if (bytes.length == 0) {
      return new Reject(path, RejectReason.EMPTY, "0 bytes");
    }
    if (Format.isGzip(bytes) && file) {
      // One file compressed (report.pdf.gz, export.csv.gz), as dumps are shipped: read as the file it holds.
      try {
        return decodeOrThrow(path, name.replaceFirst("(?i)\\.gz$", ""), gunzip(bytes, options.maxBytes()), false);
      } catch (RejectException e) {
        return new Reject(path, e.reason(), e.getMessage());
      }
    }
    Format format = Format.ofBytes(bytes, name);
    if (format == null && Format.isZipArchive(bytes) && file) {
      // A site's "download as ZIP" of one document: read as that document; an archive of several is unpacked first.
      try {
        Map.Entry<String, byte[]> only = onlyEntry(bytes, options.maxBytes());
        return decodeOrThrow(path, only.getKey(), only.getValue(), false);
      } catch (RejectException e) {
        return new Reject(path, e.reason(), e.getMessage());
      }
    }
    if (format == null) {
      return new Reject(path, RejectReason.UNSUPPORTED_FORMAT, Format.unsupported(bytes));
    }
    Extracted extracted;
    try {
      extracted = extract(format, bytes);
    } catch (RejectException e) {
      return new Reject(path, e.reason(), e.getMessage());
    }
    String raw = normaliseLineEnds(extracted.text());
    if (format.isTable() || extracted.table()) {
      return table(path, bytes, format, extracted.charset(), raw, extracted.warnings());
    }
    List<Integer> pages = format == Format.TEXT ? formFeedPages(raw) : extracted.pageStarts();
    // Word, RTF, OpenDocument and HTML print no page numbers in the text.
    boolean paged = format == Format.TEXT || format == Format.PDF;
    TextCleaner.Cleaned cleaned = TextCleaner.clean(raw, pages, paged);
    String text = cleaned.text();
    if (text.isBlank()) {
      // A file of symbols and page numbers only is empty too, but "only white space" would puzzle whoever opens it.
      return new Reject(path, RejectReason.EMPTY, !raw.isBlank()
          ? "no text besides page furniture (document symbols, page numbers, job numbers), which cleaning removes"
          : format == Format.TEXT ? "only white space" : format + " without any text");
    }
    List<String> warnings = new ArrayList<>(extracted.warnings());
    warnings.addAll(cleaned.warnings());
    return new Document(Sha256.of(bytes), path, bytes.length, extracted.charset(), text,
        // Metadata from the text before cleaning: the title block's symbol line is page furniture to the cleaner.
        DocumentInfoReader.read(raw).withPublisher(extracted.publisher()),
        OutlineReader.read(text, cleaned.pageStarts()), warnings,
        cleaned.pageStarts(), format);
  }

  /**
   * A table of recommendations ({@link RecommendationTable}), as it is: cleaning is for prose. Its State under review
   * is the one all its rows name, if they name one.
   */
  private static Ingested table(String path, byte[] bytes, Format format, String charset, String raw,
                                List<String> warnings) {
    if (raw.isBlank()) {
      return new Reject(path, RejectReason.EMPTY, "only white space");
    }
    List<RecommendationTable.Row> rows = RecommendationTable.read(raw);
    if (rows == null) {
      return new Reject(path, RejectReason.UNSUPPORTED_FORMAT, "a CSV file is read as a table of recommendations,"
          + " one per row, and this one has no column of texts (" + RecommendationTable.textColumns()
          + "); its columns: " + String.join(", ", CsvTable.parse(raw).header()));
    }
    java.util.Set<String> reviewed = new java.util.TreeSet<>();
    for (RecommendationTable.Row row : rows) {
      reviewed.add(row.reviewed() == null ? "" : org.uprlens.States.canonical(row.reviewed()));
    }
    DocumentInfo info = new DocumentInfo(DocKind.TABLE, "file name: a table of recommendations (" + rows.size()
        + " rows)", null, reviewed.size() == 1 && !reviewed.contains("") ? reviewed.iterator().next() : null,
        null, null, null, Languages.ENGLISH);
    return new Document(Sha256.of(bytes), path, bytes.length, charset, raw, info, Outline.EMPTY, warnings, List.of(),
        format);
  }

  /** What a gzip file holds, up to {@code max} bytes. */
  static byte[] gunzip(byte[] gzip, long max) throws RejectException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      return upTo(in, max, "the gzip file");
    } catch (IOException e) {
      throw new RejectException(RejectReason.DAMAGED, "the gzip file cannot be decompressed: " + e.getMessage());
    }
  }

  /**
   * The one file a ZIP archive holds (folders, and the "__MACOSX/" and dot files macOS adds, not counted), read no
   * further than {@code max} bytes; a reject naming how many it holds when it holds several or none.
   */
  static Map.Entry<String, byte[]> onlyEntry(byte[] zip, long max) throws RejectException {
    Map.Entry<String, byte[]> only = null;
    int files = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        String entryName = entry.getName();
        String base = entryName.substring(entryName.lastIndexOf('/') + 1);
        if (entry.isDirectory() || entryName.startsWith("__MACOSX/") || base.startsWith(".")) {
          continue;
        }
        if (++files == 1) {
          only = Map.entry(entryName, upTo(in, max, "the ZIP archive's " + entryName));
        }
      }
    } catch (IOException e) {
      throw new RejectException(RejectReason.DAMAGED, "the ZIP archive cannot be read: " + e.getMessage());
    }
    if (files == 0) {
      // an Office file cut off or corrupted is a ZIP whose entries cannot be found
      throw new RejectException(RejectReason.DAMAGED, "a ZIP archive with no file that can be read: the file is cut"
          + " off or corrupt (a .docx, .xlsx, .pptx or .odt is a ZIP archive too)");
    }
    if (files != 1) {
      throw new RejectException(RejectReason.UNSUPPORTED_FORMAT, "ZIP archive of " + files
          + " files; unpack it first (an archive of one file is read as that file)");
    }
    return only;
  }

  /** What a stream holds, read no further than {@code max} bytes so that a small file cannot fill the memory. */
  private static byte[] upTo(InputStream in, long max, String what) throws IOException, RejectException {
    byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
    if (bytes.length > max) {
      throw new RejectException(RejectReason.TOO_LARGE, what + " holds more than --max-bytes " + max + " bytes");
    }
    return bytes;
  }

  private static Extracted extract(Format format, byte[] bytes) throws RejectException {
    return switch (format) {
      case PDF -> PdfText.extract(bytes);
      case DOCX -> DocxText.extract(bytes);
      case DOC -> DocText.extract(bytes);
      case XLSX, XLS -> SheetText.extract(bytes);
      case ODT, ODS, ODP -> OdfText.extract(bytes);
      case PPTX, PPT -> SlideText.extract(bytes);
      case RTF -> RtfText.extract(bytes);
      case XML -> XmlText.extract(bytes);
      case EMAIL -> EmailText.extract(bytes);
      case HTML, TEXT, CSV, JSON, SUBTITLES, MARKDOWN -> {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        String binary = binaryEvidence(decoded.text());
        if (binary != null) {
          throw new RejectException(RejectReason.NOT_TEXT, binary + " (decoded as " + decoded.charset() + ")");
        }
        yield format == Format.HTML ? HtmlText.extract(decoded.text(), decoded.charset())
            : format == Format.JSON ? JsonTable.extract(decoded.text(), decoded.charset())
            : format == Format.SUBTITLES ? SubtitleText.extract(decoded.text(), decoded.charset())
            : format == Format.MARKDOWN ? MarkdownText.extract(decoded.text(), decoded.charset())
            : new Extracted(decoded.text(), List.of(), decoded.charset(), List.of());
      }
    };
  }

  /**
   * Page starts of a text dump that kept the PDF's page breaks as form feeds (pdftotext does), so running heads and
   * footnotes at the foot of each page are found as in a PDF; empty for text without them.
   */
  static List<Integer> formFeedPages(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) {
      if (i + 1 < text.length()) {
        starts.add(i + 1);
      }
    }
    return starts.size() >= 3 ? starts : List.of();
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

  /** CR LF and lone CR become LF, so offsets mean the same whatever system wrote the file. */
  public static String normaliseLineEnds(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
