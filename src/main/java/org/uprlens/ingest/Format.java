package org.uprlens.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The formats ingest reads, told by content: magic bytes for PDF and Office files, markup for HTML. The file name's
 * extension is only a hint, for HTML fragments that do not start like a page, and tells a table (.csv, .tsv) from
 * prose.
 */
public enum Format {
  TEXT, HTML, PDF, DOCX,
  /** A text file named .csv or .tsv: a table of recommendations, one per row ({@link RecommendationTable}). */
  CSV,
  /** Microsoft's compound file (OLE2) that is neither an Excel workbook nor a presentation: a legacy Word file. */
  DOC,
  /** An Excel workbook (.xlsx, or .xls in a compound file): a table of recommendations ({@link SheetText}). */
  XLSX, XLS,
  /** OpenDocument text (.odt) and spreadsheet (.ods), as LibreOffice saves them ({@link OdfText}). */
  ODT, ODS,
  /** Rich Text Format, as Word and many editors export it ({@link RtfText}). */
  RTF,
  /**
   * JSON or JSON Lines holding records: a table of recommendations, one per record, or articles read as prose
   * ({@link JsonTable}).
   */
  JSON,
  /** XML: a table when it holds records of texts, else prose ({@link XmlText}). */
  XML,
  /** Subtitles of a recording, SubRip or WebVTT: prose once the cues are joined ({@link SubtitleText}). */
  SUBTITLES,
  /** A text file named .md or .markdown: prose, its lists and tables as a page's ({@link MarkdownText}). */
  MARKDOWN,
  /** An e-mail saved as a file, or a web page saved as one (.mhtml): its subject and text ({@link EmailText}). */
  EMAIL,
  /** A presentation, PowerPoint's (.pptx; .ppt in a compound file; {@link SlideText}) or OpenDocument's. */
  PPTX, PPT, ODP;

  /**
   * Whether the format holds a table of recommendations, one per row, rather than prose; a JSON or XML file may hold
   * either ({@link Extracted#table}).
   */
  public boolean isTable() {
    return this == CSV || this == XLSX || this == XLS || this == ODS;
  }

  /** The value written to {@code documents.format}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** How an OpenDocument package's first entry, its media type, starts. */
  private static final String ODF = "mimetypeapplication/vnd.oasis.opendocument.";

  /** Bytes enough to recognise every format. */
  private static final int SNIFF = 4096;

  /** The format of these bytes, or null for a binary format the job does not read (see {@link #unsupported}). */
  public static Format ofBytes(byte[] b, String path) {
    if (indexOf(b, "%PDF-", 1024) >= 0) {
      return PDF;
    }
    if (startsWith(b, "PK\u0003\u0004")) {
      // An OpenDocument package names its kind in its first entry, stored uncompressed; a .docx is a ZIP whose
      // entries name word/ parts, an .xlsx xl/ parts, a .pptx ppt/ parts.
      return indexOf(b, ODF + "text", 200) >= 0 ? ODT : indexOf(b, ODF + "spreadsheet", 200) >= 0 ? ODS
          : indexOf(b, ODF + "presentation", 200) >= 0 ? ODP
          : indexOf(b, "word/", b.length) >= 0 ? DOCX : indexOf(b, "xl/", b.length) >= 0 ? XLSX
          : indexOf(b, "ppt/", b.length) >= 0 ? PPTX : null;
    }
    if (startsWith(b, "{\\rtf")) {
      return RTF;
    }
    if (isOle2(b)) {
      // The directory names each stream in UTF-16: an Excel 97 workbook keeps its sheets in "Workbook" (Excel 5:
      // "Book"), a presentation in "PowerPoint Document"; a Word file's "WordDocument" is looked for first, as its
      // own text may say "Workbook".
      boolean word = indexOf(b, utf16("WordDocument"), b.length) >= 0;
      return !word && indexOf(b, utf16("PowerPoint Document"), b.length) >= 0 ? PPT
          : !word && (indexOf(b, utf16("Workbook"), b.length) >= 0
          || indexOf(b, utf16("Book") + "\u0000\u0000", b.length) >= 0) ? XLS : DOC;
    }
    if (unsupported(b) != null) {
      return null;
    }
    if (SubtitleText.isSubtitles(head(b))) {
      return SUBTITLES;
    }
    if (path.toLowerCase(Locale.ROOT).matches(".*\\.(?:eml|mhtml|mht)") || EmailText.isEmail(head(b))) {
      return EMAIL;
    }
    String name = path.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".tsv")) {
      return CSV;
    }
    if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson") || looksLikeJson(b)) {
      return JSON;
    }
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return MARKDOWN;
    }
    return looksLikeHtml(b, path) ? HTML : looksLikeXml(b, path) ? XML : TEXT;
  }

  /** The name of a binary format the job does not read, or null. */
  public static String unsupported(byte[] b) {
    if (startsWith(b, "PK\u0003\u0004")) {
      return indexOf(b, ODF, 200) >= 0 ? "OpenDocument file that is neither text, a spreadsheet nor a presentation"
          : ZIP_ARCHIVE;
    }
    boolean jpeg = b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
    boolean tiff = startsWith(b, "II*\u0000") || startsWith(b, "MM\u0000*");
    if (startsWith(b, "\u0089PNG") || startsWith(b, "GIF8") || jpeg || tiff) {
      return "image (scan without text); run OCR first";
    }
    if (isGzip(b)) {
      return "gzip file inside a gzip file";
    }
    boolean bzip2 = startsWith(b, "BZh") && b.length > 3 && b[3] >= '1' && b[3] <= '9';
    if (startsWith(b, "7z\u00bc\u00af") || startsWith(b, "Rar!") || bzip2
        || startsWith(b, "\u00fd7zXZ\u0000")) {
      return "compressed archive (7z, RAR, bzip2 or xz); unpack it, or compress with gzip, which is read";
    }
    if (indexOf(b, "ustar", 262) == 257) {
      return "tar archive; unpack it first";
    }
    return null;
  }

  private static final String ZIP_ARCHIVE = "ZIP archive; unpack it first";

  /** A ZIP that is no Office or OpenDocument file: {@link DocumentReader} reads the one file it may hold. */
  static boolean isZipArchive(byte[] b) {
    return ZIP_ARCHIVE.equals(unsupported(b));
  }

  /** gzip's magic bytes: {@link DocumentReader} reads the one file such a file holds. */
  static boolean isGzip(byte[] b) {
    return startsWith(b, "\u001f\u008b");
  }

  /** A name as the compound file's directory writes it: UTF-16 little-endian, as Latin-1 characters. */
  private static String utf16(String ascii) {
    StringBuilder s = new StringBuilder();
    for (char c : ascii.toCharArray()) {
      s.append(c).append('\u0000');
    }
    return s.toString();
  }

  /** Microsoft's compound file (OLE2): legacy .doc, .xls and .ppt. */
  private static boolean isOle2(byte[] b) {
    return b.length >= 8 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11
        && (b[3] & 0xff) == 0xE0;
  }

  /**
   * An element that only markup opens: a fragment saved from a page may start with its table or list, and a text
   * that mentions "<p>" in passing is not named .html nor opens with a tag.
   */
  private static final Pattern BLOCK_TAG = Pattern.compile(
      "<(?:body|head|div|p|article|section|main|table|thead|tbody|tr|td|th|ul|ol|li|h[1-6]|blockquote)[\\s>/]");

  /** An object's first key or an array's first record opening the file, which prose never does. */
  private static final Pattern JSON_START = Pattern.compile("^\\s*(?:\\[\\s*)?\\{\\s*\"");

  private static boolean looksLikeJson(byte[] b) {
    return JSON_START.matcher(head(b)).find();
  }

  /** The file's first bytes as Latin-1 characters, NULs (of UTF-16) and a byte order mark left out: enough to tell
   * markup. */
  private static String head(byte[] b) {
    return new String(b, 0, Math.min(b.length, SNIFF), StandardCharsets.ISO_8859_1).replace("\u0000", "")
        .replaceFirst("^(?:\u00ef\u00bb\u00bf|\u00fe\u00ff|\u00ff\u00fe)", "");
  }

  /** An XML declaration, or a file named as XML that opens with a tag; XHTML is told as HTML first. */
  private static boolean looksLikeXml(byte[] b, String path) {
    String start = head(b).stripLeading();
    String name = path.toLowerCase(Locale.ROOT);
    return start.startsWith("<?xml") || start.startsWith("<") && (name.endsWith(".xml") || name.endsWith(".rss")
        || name.endsWith(".atom"));
  }

  private static boolean looksLikeHtml(byte[] b, String path) {
    String head = head(b).toLowerCase(Locale.ROOT);
    String start = head.stripLeading();
    if (start.startsWith("<?xml")) {
      return head.contains("<html");   // XHTML; other XML is XML, whatever elements it shares with pages
    }
    if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
      return true;
    }
    boolean markup = BLOCK_TAG.matcher(head).find();
    String name = path.toLowerCase(Locale.ROOT);
    return markup && (start.startsWith("<") || name.endsWith(".html") || name.endsWith(".htm")
        || name.endsWith(".xhtml"));
  }

  private static boolean startsWith(byte[] bytes, String latin1) {
    if (bytes.length < latin1.length()) {
      return false;
    }
    for (int i = 0; i < latin1.length(); i++) {
      if (bytes[i] != (byte) latin1.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, String latin1, int within) {
    int end = Math.min(bytes.length, within) - latin1.length();
    outer:
    for (int i = 0; i <= end; i++) {
      for (int j = 0; j < latin1.length(); j++) {
        if (bytes[i + j] != (byte) latin1.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
