package org.uprlens.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Text of a Rich Text Format file (.rtf, as Word, LibreOffice and WordPad write it), read as {@link DocxText} reads
 * Word: each paragraph and table cell its own paragraph, a list item with the number or bullet the writer put before
 * it ({@code \listtext}, which RTF spells out), headers, footers, footnotes, comments and hidden text left out.
 *
 * <p>Our own reader rather than the JDK's {@code RTFEditorKit}: that one drops Unicode escapes (a backslash,
 * {@code u8220}, a fallback {@code ?}) and code pages other than the document's, which every non-Latin text and
 * every curly quote needs.
 */
final class RtfText {
  /** Groups whose text is not the document's running text; any group opened with {@code \*} neither. */
  private static final Set<String> SKIPPED = Set.of("fonttbl", "colortbl", "stylesheet", "info", "pict", "object",
      "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "footnote", "annotation",
      "fldinst", "listtable", "listoverridetable", "revtbl", "rsidtbl", "filetbl", "themedata", "colorschememapping",
      "datastore", "latentstyles", "xmlnstbl", "generator", "shpinst", "nonshppict", "private", "atnid", "atnauthor");
  /** The code page of a font's {@code \fcharset}, the one its {@code \'hh} bytes are in. */
  private static final Map<Integer, Integer> CHARSET_PAGES = Map.ofEntries(Map.entry(0, 1252), Map.entry(77, 10000),
      Map.entry(128, 932), Map.entry(129, 949), Map.entry(130, 1361), Map.entry(134, 936), Map.entry(136, 950),
      Map.entry(161, 1253), Map.entry(162, 1254), Map.entry(163, 1258), Map.entry(177, 1255), Map.entry(178, 1256),
      Map.entry(186, 1257), Map.entry(204, 1251), Map.entry(222, 874), Map.entry(238, 1250), Map.entry(255, 437));
  /** Symbols RTF writes as control words. */
  private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("emdash", "\u2014"),
      Map.entry("endash", "\u2013"), Map.entry("bullet", "\u2022"), Map.entry("lquote", "\u2018"),
      Map.entry("rquote", "\u2019"), Map.entry("ldblquote", "\u201C"), Map.entry("rdblquote", "\u201D"),
      Map.entry("emspace", " "), Map.entry("enspace", " "), Map.entry("qmspace", " "), Map.entry("tab", "\t"),
      Map.entry("line", "\n"));
  /** Control words that end a paragraph: a table cell is its own paragraph, as in {@link DocxText}. */
  private static final Set<String> PARAGRAPH_ENDS = Set.of("par", "sect", "page", "cell", "nestcell", "row",
      "nestrow");

  private RtfText() {}

  /** What a group being read is: skipped or not, its font, whether its text is hidden, the Unicode fallback. */
  private static final class Group {
    boolean skipped;
    boolean hidden;
    boolean marker;     // inside \listtext or \pntext: the number a list item shows
    boolean opensMarker;   // the group that \listtext opened, whose end ends the number; not inherited
    boolean fonts;      // inside the font table
    int font = -1;
    int fallback = 1;   // the uc word: how many characters after a Unicode escape stand in for it for older readers

    Group copy() {
      Group g = new Group();
      g.skipped = skipped;
      g.hidden = hidden;
      g.marker = marker;
      g.fonts = fonts;
      g.font = font;
      g.fallback = fallback;
      return g;   // opensMarker is the group's own
    }
  }

  static Extracted extract(byte[] bytes) throws RejectException {
    try {
      return new Extracted(new Reader(bytes).read(), List.of(), null, List.of());
    } catch (RuntimeException | StackOverflowError e) {
      throw new RejectException(RejectReason.DAMAGED,
          "RTF file cannot be parsed: " + (e.getMessage() != null ? e.getMessage() : e));
    }
  }

  /** One pass over one file's bytes. */
  private static final class Reader {
    private final byte[] in;
    private int at;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder paragraph = new StringBuilder();
    private final StringBuilder marker = new StringBuilder();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();   // \'hh bytes not yet decoded
    private Charset pendingCharset;
    private final Map<Integer, Integer> fontPages = new HashMap<>();
    private final Deque<Group> groups = new ArrayDeque<>();
    private Group group = new Group();
    private int documentPage = 1252;
    private int defaultFont = -1;
    private int toSkip;            // fallback characters still to drop after a Unicode escape
    private boolean groupStart;    // the next control word is the first of its group: a destination
    private boolean markerDone;    // the paragraph's list number was read (\listtext, then \pntext for older readers)
    private String number;         // that number, written when the paragraph ends
    private int level;             // the paragraph's list level (\ilvl), which comes after its number

    Reader(byte[] in) {
      this.in = in;
    }

    String read() {
      while (at < in.length) {
        char c = (char) (in[at++] & 0xff);
        switch (c) {
          case '{' -> {
            flushBytes();
            groups.push(group);
            group = group.copy();
            groupStart = true;
            toSkip = 0;
          }
          case '}' -> {
            flushBytes();
            if (group.opensMarker) {
              endMarker();
            }
            group = groups.isEmpty() ? new Group() : groups.pop();
            groupStart = false;
            toSkip = 0;
          }
          case '\\' -> control();
          case '\r', '\n' -> { }   // line ends in the file are not text
          default -> {
            groupStart = false;
            if (toSkip > 0) {
              toSkip--;
            } else if (c >= 0x80) {
              codePageByte(c);   // an 8-bit writer's byte, in the code page as \'hh is
            } else {
              flushBytes();
              text(String.valueOf(c));
            }
          }
        }
      }
      flushBytes();
      endParagraph();
      return out.toString();
    }

    private void control() {
      if (at >= in.length) {
        return;
      }
      char c = (char) (in[at] & 0xff);
      if (!isLetter(c)) {
        at++;
        symbol(c);
        return;
      }
      int start = at;
      while (at < in.length && isLetter((char) in[at])) {
        at++;
      }
      String word = new String(in, start, at - start, StandardCharsets.US_ASCII);
      Integer number = null;
      int numberStart = at;
      if (at < in.length && (in[at] == '-' || Character.isDigit(in[at]))) {
        at++;
        while (at < in.length && Character.isDigit(in[at])) {
          at++;
        }
        try {
          number = Integer.parseInt(new String(in, numberStart, at - numberStart,
              StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
          number = 0;   // a number too long for an int is no valid parameter
        }
      }
      if (at < in.length && in[at] == ' ') {
        at++;   // the space that ends a control word is not text
      }
      boolean first = groupStart;
      groupStart = false;
      word(word, number, first);
    }

    private void word(String word, Integer number, boolean first) {
      if (word.equals("bin")) {
        at += Math.max(0, number == null ? 0 : number);   // binary data, always skipped
        return;
      }
      if (word.equals("u") && number != null) {
        flushBytes();
        text(String.valueOf((char) (number < 0 ? number + 65536 : number)));
        toSkip = group.fallback;
        return;
      }
      toSkip = 0;
      if (first && SKIPPED.contains(word)) {
        group.skipped = true;
        group.fonts = word.equals("fonttbl");
        return;
      }
      if (first && (word.equals("listtext") || word.equals("pntext"))) {
        group.marker = true;
        group.opensMarker = true;
        group.skipped = group.skipped || markerDone;
        marker.setLength(0);
        return;
      }
      switch (word) {
        case "uc" -> group.fallback = number == null ? 1 : Math.max(0, number);
        case "ansicpg" -> documentPage = number == null ? documentPage : number;
        case "mac" -> documentPage = 10000;
        case "pc" -> documentPage = 437;
        case "pca" -> documentPage = 850;
        case "deff" -> defaultFont = number == null ? -1 : number;
        case "f" -> {
          flushBytes();
          group.font = number == null ? -1 : number;
        }
        case "fcharset" -> {
          if (group.fonts && group.font >= 0 && number != null && CHARSET_PAGES.containsKey(number)) {
            fontPages.put(group.font, CHARSET_PAGES.get(number));
          }
        }
        case "cpg" -> {
          if (group.fonts && group.font >= 0 && number != null) {
            fontPages.put(group.font, number);
          }
        }
        case "v" -> group.hidden = number == null || number != 0;
        case "ilvl" -> level = number == null || group.skipped ? level : number;
        default -> {
          if (group.skipped) {
            return;   // a footnote's paragraphs do not end the paragraph it is in
          }
          if (PARAGRAPH_ENDS.contains(word)) {
            flushBytes();
            endParagraph();
          } else if (SYMBOLS.containsKey(word)) {
            flushBytes();
            text(SYMBOLS.get(word));
          }
        }
      }
    }

    private void symbol(char c) {
      groupStart = false;
      switch (c) {
        case '\'' -> {
          int hex = at + 2 <= in.length ? hex(at) : -1;
          at = Math.min(in.length, at + 2);
          if (hex < 0) {
            return;
          }
          if (toSkip > 0) {
            toSkip--;
          } else {
            codePageByte(hex);
          }
        }
        case '*' -> group.skipped = true;   // an optional destination: none holds running text
        case '~' -> text("\u00A0");
        case '_' -> text("\u2011");
        case '-' -> { }   // an optional hyphen, shown only at a line end
        case '\r', '\n' -> {
          if (!group.skipped) {
            flushBytes();
            endParagraph();   // a backslash before a line end is \par
          }
        }
        default -> {
          flushBytes();
          text(String.valueOf(c));   // \\, \{ and \}
        }
      }
    }

    /** A byte of text in the current font's code page, decoded with the bytes next to it (a character may take two). */
    private void codePageByte(int b) {
      if (group.skipped || group.hidden) {
        return;
      }
      Charset charset = charset();
      if (pendingCharset != null && !pendingCharset.equals(charset)) {
        flushBytes();
      }
      pendingCharset = charset;
      pending.write(b);
    }

    private int hex(int i) {
      try {
        return Integer.parseInt(new String(in, i, 2, StandardCharsets.US_ASCII), 16);
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    /** The code page of the current font, else the document's. */
    private Charset charset() {
      Integer page = fontPages.get(group.font >= 0 ? group.font : defaultFont);
      return codePage(page != null ? page : documentPage);
    }

    private void flushBytes() {
      if (pending.size() > 0) {
        String decoded = new String(pending.toByteArray(), pendingCharset);
        pending.reset();
        text(decoded);
      }
    }

    private void text(String s) {
      if (group.skipped || group.hidden) {
        return;
      }
      (group.marker ? marker : paragraph).append(s);
    }

    /** A list number ends; it is written when the paragraph ends, when its level is known. */
    private void endMarker() {
      String shown = marker.toString().strip();
      if (!shown.isEmpty() && !markerDone) {
        number = shown;
        markerDone = true;
      }
      marker.setLength(0);
    }

    /**
     * The paragraph, after its number as {@link ListNumbers} writes one: "2. ", its tab a space; a bullet, whatever
     * symbol the writer chose (Word's second level is a Courier "o"), as "\u2022 ", or "\u25E6 " under another item.
     */
    private void endParagraph() {
      String line = paragraph.toString();
      if (!line.isBlank()) {
        if (number != null) {
          boolean bullet = number.equals("o") || number.codePoints().noneMatch(Character::isLetterOrDigit);
          out.append(bullet ? level == 0 ? "\u2022" : "\u25E6" : number).append(' ');
        }
        out.append(line.strip()).append("\n\n");
      }
      paragraph.setLength(0);
      markerDone = false;
      number = null;
      level = 0;
    }

    private static boolean isLetter(char c) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
  }

  /** Java's charset for a Windows or Mac code page; Windows-1252 for one it does not know. */
  static Charset codePage(int page) {
    String[] names = page == 10000 ? new String[] {"x-MacRoman"} : page == 932 ? new String[] {"windows-31j"}
        : page == 936 ? new String[] {"GBK"} : new String[] {"windows-" + page, "x-windows-" + page, "IBM" + page,
        "x-IBM" + page};
    for (String name : names) {
      try {
        return Charset.forName(name);
      } catch (IllegalArgumentException e) {
        // try the next spelling
      }
    }
    return Charset.forName("windows-1252");
  }
}
