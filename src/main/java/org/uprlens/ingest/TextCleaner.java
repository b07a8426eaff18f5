package org.uprlens.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans layout noise out of text taken from PDFs, OCR and text dumps. Every pass but the last keeps the length:
 * noise is overwritten with spaces and a word hyphenated across a line break is joined in place with the spaces
 * moved after it, so an offset into the cleaned text is also an offset into the extracted text (and page starts
 * stay valid). The last pass breaks runs too long to be sentences, inserting blank lines and shifting page starts.
 *
 * <ul>
 *   <li>page furniture: job numbers ({@code GE.14-23954}), a document symbol alone on a line, page numbers,
 *       and lines repeated at the top or bottom of many PDF pages (running heads); in scraped web text, lines
 *       that are only an interface label ("Skip to main content", "Donate now") or a donation appeal, and links
 *       to other pages ("Read more: ...", the headlines under "Most viewed");</li>
 *   <li>words hyphenated across a line break ("Govern-\nment" becomes "Government"; "non-\ngovernmental" keeps
 *       its hyphen), soft hyphens;</li>
 *   <li>footnote markers glued to a sentence end ("freedom.3 It", "Principles.? The", "support.©", "in 2024.7"),
 *       which stop the sentence splitter from seeing the sentence end, or to a comma ("penalty,5 while");</li>
 *   <li>OCR's lower-case l for a capital I opening a sentence ("lt also recommended", "ln 2024"), which would
 *       make "lt" a body's name, or a word ("lreland", "Côte d'lvoire"); English has no such words;</li>
 *   <li>no-break and other fixed-width spaces become plain spaces.</li>
 * </ul>
 */
public final class TextCleaner {
  /** Cleaned text, page starts in it, and what was done that a reader should know about. */
  public record Cleaned(String text, List<Integer> pageStarts, List<String> warnings) {}

  /** Longest stretch without a sentence end or blank line that goes to the sentence splitter in one piece. */
  static final int MAX_SEGMENT = 3000;

  /** Symbols OCR reads a superscript footnote number as. */
  private static final String OCR_MARKS = "[®©*%>?!¢°†‡§¶™]";
  /**
   * A sentence end after a word, then 1-3 digits or OCR'd marker symbols, then white space. OCR reads a superscript
   * number as digits and symbols in either order ("5°", "?®"), or, at a line end after a word, as one lower-case
   * letter ("for all.e"); a stray symbol may follow after a space ("Families.* >").
   */
  private static final Pattern GLUED_FOOTNOTE = Pattern.compile(
      "(?<=[\\p{L})\\]\"”’][.;:!?])((?:[0-9]{1,3}|[0-9]{1,2}" + OCR_MARKS + "{1,2}|" + OCR_MARKS + "{1,3}[0-9]{0,2}"
          + "|['’][%*®©]{1,2}|(?<=\\p{Ll}{3}\\.)\\p{Ll}(?=[ \\t]*(?:\\n|$)))"
          // a second mark after a space, at the line end: "Families.* >"
          + "(?:[ \\t]+[®©*%>¢°†‡§¶™]{1,2}(?=[ \\t]*(?:\\n|$)))?)(?=\\s|$)");
  /** After a word and a comma only digits, and only before a lower-case word: "the death penalty,5 while". */
  private static final Pattern COMMA_FOOTNOTE = Pattern.compile("([0-9]{1,3})(?=[ \\t\\n]+\\p{Ll})");
  /**
   * A marker glued to a year that ends a sentence ("protests in 2024.7"), before a line end or a capital: a year is
   * not written with a decimal part.
   */
  private static final Pattern YEAR_FOOTNOTE = Pattern.compile(
      "(?<=(?<![\\d.,])(?:19|20)\\d\\d\\.)([0-9]{1,3})(?=[ \\t]*(?:\\n|$)|[ \\t]+\\p{Lu})");
  private static final Pattern FURNITURE_LINE = Pattern.compile(
      "(?m)^[ \\t]*(?:(?:\\d{1,3}[ \\t]+)?GE\\.\\d{2}-\\d{4,6}(?:[ \\t]*\\([A-Z]\\))?(?:[ \\t]+\\S+){0,3}"
          + "|(?:A/HRC/[\\w./-]+|A/\\d+/[\\w./-]+)"
          // A UN document's first page: the job number's barcode ("*2500123*") and "Please recycle".
          + "|\\*\\d{7,8}\\*|[\\u2672\\u267B]?[ \\t]*Please[ \\t]+recycle[ \\t]*[\\u2672\\u267B]?)[ \\t]*(?:\\n|$)");
  /** A page number on a line of its own: "12", "Page 12", "12 of 40". */
  private static final Pattern PAGE_NUMBER_LINE = Pattern.compile(
      "(?m)^[ \\t]*(?:Page[ \\t]+)?\\d{1,3}(?:[ \\t]+of[ \\t]+\\d{1,3})?[ \\t]*(?:\\n|$)");
  /**
   * Lines of web page furniture in scraped text: a line that is nothing but a common interface label ("Skip to
   * main content", "Donate now", "Share this", "Back to top") or a donation appeal.
   */
  private static final Pattern WEB_FURNITURE_LINE = Pattern.compile(
      "(?im)^[ \\t]*(?:skip to (?:the )?(?:main )?content|skip navigation|donate(?: now| today)?|give now"
          + "|subscribe(?: now)?|sign (?:in|up)|log (?:in|out)|menu|search|share(?: this(?: page| article)?)?"
          + "|print(?: this page)?|back to top|(?:accept|reject)(?: all)?(?: cookies)?|read more|related content"
          + "|region\\s*/\\s*country)[ \\t]*(?:\\n|$)");
  /**
   * Links to other pages in scraped text: "Read more: Experts urge X to ...", and a list of headlines under "Most
   * viewed", "Related articles", "More from Asia" up to the next blank line. Their headlines ("Parliament should
   * repeal ...") are other pages' calls.
   */
  private static final Pattern WEB_LINKS = Pattern.compile(
      "(?im)^[ \\t]*(?:(?:read more|read also|also read|see also|related(?: article| story| news)?|more on this"
          + "(?: story)?)[ \\t]*:[^\\n]*(?:\\n|$)"
          + "|(?:most (?:viewed|read|popular|shared)|trending(?: now)?|related (?:content|articles?|stories|news"
          + "|reports?)|more (?:from|on) [^\\n]{1,40}|latest (?:news|stories)"
          + "|you (?:may|might) also (?:like|be interested in)|recommended (?:for you|reading))[ \\t]*:?[ \\t]*\\n"
          + "(?:[ \\t]*\\S[^\\n]{0,150}(?:\\n|$)){1,15})");
  /** A donation appeal: tried line by line only in a document that has one somewhere (a line costs 240 steps). */
  private static final Pattern DONATION_LINE = Pattern.compile(
      "(?im)^[ \\t]*[^\\n]{0,120}\\b(?:tax[- ]deductible (?:gift|donation)|your (?:gift|donation) (?:can|will) help)\\b"
          + "[^\\n]{0,120}(?:\\n|$)");
  /** A running-head key (digits as #) that is only a paragraph or list number: "#.", "#.#.", "(#)", "#)". */
  private static final Pattern LIST_NUMBER_KEY = Pattern.compile("\\(#\\)|#(?:\\.#)*[.)]|#(?:\\.#)+");
  private static final Pattern HYPHENATED = Pattern.compile("(?<!\\p{L})(\\p{L}+)-\\n[ \\t]*(\\p{Ll}+)(\\S*)");
  /** Prefixes whose hyphen belongs to the word ("non-governmental", "self-determination"). */
  private static final Set<String> HYPHEN_PREFIXES = Set.of("non", "self", "anti", "co", "ex", "multi", "cross",
      "well", "ill", "long", "short", "high", "low", "full", "part", "follow", "mid", "pre", "post", "inter", "counter",
      "socio", "all", "sub", "semi", "quasi", "re", "over", "under", "cost", "time", "age", "gender", "child",
      "community", "rights", "human", "state", "up");
  /** Second parts that make a compound with a hyphen ("community-based", "State-led", "long-term"). */
  private static final Set<String> HYPHEN_SUFFIXES = Set.of("based", "led", "related", "friendly", "sensitive",
      "specific", "up", "bound", "term", "level", "making", "oriented", "free", "owned", "run", "wide", "like");

  private TextCleaner() {}

  /** All passes, for text without pages. */
  public static String clean(String text) {
    return clean(text, List.of()).text();
  }

  public static Cleaned clean(String text, List<Integer> pageStarts) {
    return clean(text, pageStarts, true);
  }

  /**
   * As {@link #clean(String, List)}; {@code paged}: whether the text may carry page numbers, as text taken from a
   * PDF does. A web page or a Word file has none, and a number alone on a line there is a table's cell.
   */
  public static Cleaned clean(String text, List<Integer> pageStarts, boolean paged) {
    StringBuilder out = new StringBuilder(text);
    List<String> warnings = new ArrayList<>();
    plainSpaces(out);
    joinSpacedLetters(out);
    blankFurniture(out, paged);
    blankRunningHeads(out, pageStarts);
    joinHyphenated(out);
    blankGluedFootnotes(out);
    capitalI(out);
    blankMarkdown(out);
    blankSocialMarks(out);
    List<Integer> starts = new ArrayList<>(pageStarts);
    int breaks = breakLongRuns(out, starts);
    if (breaks > 0) {
      warnings.add(breaks + " runs of more than " + MAX_SEGMENT + " characters without a sentence end were broken"
          + " into paragraphs before sentence splitting");
    }
    return new Cleaned(out.toString(), starts, warnings);
  }

  private static void plainSpaces(StringBuilder s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || (c >= '\u2000' && c <= '\u200A') || c == '\t') {
        s.setCharAt(i, ' ');
      }
    }
  }

  /**
   * A line of letters spaced out, as a designed heading prints them ("R E C O M M E N D A T I O N S",
   * "K E Y   A S K S", words apart by two spaces or more): the words written whole, the spaces they free after
   * them, so that offsets stay. Headings name what follows ("Recommendations"), which the reader looks for.
   */
  private static final Pattern SPACED_LETTERS = Pattern.compile("[ ]*\\p{L}(?: {1,3}\\p{L}){3,}[ ]*(?=\\n|\\z)");

  private static void joinSpacedLetters(StringBuilder s) {
    Matcher m = SPACED_LETTERS.matcher(s);
    for (int start = 0; start < s.length(); start = nextLineStart(s, start)) {
      int first = start;
      while (first < s.length() && s.charAt(first) == ' ') {
        first++;
      }
      // cheap first: a letter, a space, a letter, a space
      if (first + 3 >= s.length() || !Character.isLetter(s.charAt(first)) || s.charAt(first + 1) != ' '
          || !Character.isLetter(s.charAt(first + 2)) || s.charAt(first + 3) != ' '
          || !m.region(start, s.length()).lookingAt()) {
        continue;
      }
      String[] words = s.substring(first, m.end()).strip().split(" {2,}");
      StringBuilder joined = new StringBuilder();
      for (String word : words) {
        joined.append(joined.length() == 0 ? "" : " ").append(word.replace(" ", ""));
      }
      joined.append(" ".repeat(m.end() - first - joined.length()));
      s.replace(first, m.end(), joined.toString());
    }
  }

  /** Lines with their line break, so no blank line (a paragraph break) is left where a page break was. */
  private static void blankFurniture(StringBuilder s, boolean paged) {
    List<int[]> spans = new ArrayList<>();
    List<Matcher> found = new ArrayList<>(List.of(FURNITURE_LINE.matcher(s), WEB_FURNITURE_LINE.matcher(s),
        WEB_LINKS.matcher(s)));
    if (paged) {
      found.add(PAGE_NUMBER_LINE.matcher(s));
    }
    if (hasDonationWords(s)) {
      found.add(DONATION_LINE.matcher(s));
    }
    Matcher[] matchers = found.toArray(Matcher[]::new);
    int[] resume = new int[matchers.length];   // each pattern goes on after its last match, as a search would
    // Tried at line starts only: a search would try every character of a long document.
    // All found before any is blanked: blanking a line break joins lines.
    for (int start = 0; start < s.length(); start = nextLineStart(s, start)) {
      for (int k = 0; k < matchers.length; k++) {
        Matcher m = matchers[k].region(start, s.length());
        if (start >= resume[k] && m.lookingAt()) {
          resume[k] = m.end();
          if (m.end() - m.start() > 1 && !(m.pattern() == PAGE_NUMBER_LINE && isCell(s, m.start(), m.end()))) {
            spans.add(new int[] {m.start(), m.end()});
          }
        }
      }
    }
    for (int[] span : spans) {
      blank(s, span[0], span[1]);
    }
  }

  /**
   * Whether the line [start, end) is a paragraph of its own, blank lines before and after it: a table's cell, as
   * {@link PdfTables} writes a PDF's tables ("12", a row's number), not a page number, which PDFBox prints among
   * other lines.
   */
  private static boolean isCell(CharSequence s, int start, int end) {
    return start >= 2 && s.charAt(start - 1) == '\n' && s.charAt(start - 2) == '\n'
        && (end >= s.length() || s.charAt(end) == '\n');
  }

  /** Whether {@link #DONATION_LINE} can match anywhere: plain searches in a lower-cased copy, far cheaper. */
  private static boolean hasDonationWords(CharSequence s) {
    String lower = s.toString().toLowerCase(Locale.ROOT);
    return lower.contains("deductible") || lower.contains("your gift") || lower.contains("your donation");
  }

  /** Where the line after the one at {@code from} starts, by the line ends a multi-line regex knows. */
  private static int nextLineStart(CharSequence s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return i + 1;
      }
      if (c == '\r') {
        return i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
      }
    }
    return s.length();
  }

  /**
   * Lines among the first and last two of a page that recur on at least a third of the pages (three at least),
   * digits ignored: running heads and feet such as "A/HRC/28/10" or "Compilation on Freedonia".
   */
  private static void blankRunningHeads(StringBuilder s, List<Integer> pageStarts) {
    if (pageStarts.size() < 3) {
      return;
    }
    Map<String, List<int[]>> candidates = new HashMap<>();
    for (int p = 0; p < pageStarts.size(); p++) {
      int start = pageStarts.get(p);
      int end = p + 1 < pageStarts.size() ? pageStarts.get(p + 1) : s.length();
      List<int[]> lines = new ArrayList<>();
      int from = start;
      for (int i = start; i <= end; i++) {
        if (i == end || s.charAt(i) == '\n') {
          if (!s.substring(from, i).isBlank()) {
            lines.add(new int[] {from, Math.min(i + 1, end)});
          }
          from = i + 1;
        }
      }
      for (int k = 0; k < lines.size(); k++) {
        if (k < 2 || k >= lines.size() - 2) {
          int[] line = lines.get(k);
          String key = s.substring(line[0], line[1]).strip().replaceAll("\\d+", "#");
          // Running heads are short, and a paragraph is never one. A number alone with a dot or bracket ("24.") is
          // a paragraph's number that the PDF put on its own line, and a line ending in ";" or "," the tail of a
          // list item ("Northern Ireland);"): either may fall at a page's top or foot on many pages by chance.
          if (key.length() <= 80 && !LIST_NUMBER_KEY.matcher(key).matches() && !key.endsWith(";")
              && !key.endsWith(",")) {
            candidates.computeIfAbsent(key, x -> new ArrayList<>()).add(line);
          }
        }
      }
    }
    int threshold = Math.max(3, pageStarts.size() / 3);
    for (List<int[]> lines : candidates.values()) {
      if (lines.size() >= threshold) {
        for (int[] line : lines) {
          blank(s, line[0], line[1]);
        }
      }
    }
  }

  /**
   * "lt", "lts", "ln", "lf" opening a sentence (after a blank line, a paragraph's number or a sentence end) and
   * followed by a word or number: OCR read the capital I as l. A wrapped line's "ln" may be a lower-case "in".
   */
  private static final Set<String> OCR_OPENERS = Set.of("lt", "lts", "ln", "lf");
  private static final String CONSONANTS = "bcdfghjkmnpqrstvwxz";

  /** A scan from each "l" rather than a regular expression tried at every character, which doubled cleaning. */
  private static void capitalI(StringBuilder s) {
    for (int i = s.indexOf("l"); i >= 0; i = s.indexOf("l", i + 1)) {
      char before = i > 0 ? s.charAt(i - 1) : ' ';
      if (Character.isLetterOrDigit(before) || "./@_-".indexOf(before) >= 0) {
        continue;
      }
      if (opensWithConsonant(s, i) || opensSentence(s, i)) {
        s.setCharAt(i, 'I');
      }
    }
  }

  /**
   * Whether the l at {@code i} opens a word with a consonant after it, which no English word does: OCR's l for a
   * capital I ("lreland", "Côte d'lvoire", "(lslamic Republic of)", "lnternational"), whose State or name would go
   * unrecognised. Not inside an address ("lnkd.in") nor an abbreviation ("lbs", "ltd": one letter after the
   * consonant).
   */
  private static boolean opensWithConsonant(StringBuilder s, int i) {
    int lower = i + 2;
    while (lower < s.length() && Character.isLowerCase(s.charAt(lower))) {
      lower++;
    }
    boolean address = lower + 1 < s.length() && "./@".indexOf(s.charAt(lower)) >= 0 && isWordChar(s.charAt(lower + 1));
    return i + 1 < s.length() && CONSONANTS.indexOf(s.charAt(i + 1)) >= 0 && lower - (i + 2) >= 2 && !address;
  }

  private static boolean isWordChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n';
  }

  /** Whether the l at {@code i} opens one of {@link #OCR_OPENERS} at a sentence's start, before a word or number. */
  private static boolean opensSentence(StringBuilder s, int i) {
    int end = i + 1;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    if (end - i > 3 || !OCR_OPENERS.contains(s.substring(i, end))) {
      return false;
    }
    int next = end;
    while (next < s.length() && isBlank(s.charAt(next))) {
      next++;
    }
    if (next == end || next >= s.length()
        || !(Character.isLowerCase(s.charAt(next)) || Character.isDigit(s.charAt(next)))) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    int k = i;   // back over the white space before the word
    int newlines = 0;
    while (k > 0 && isBlank(s.charAt(k - 1))) {
      newlines += s.charAt(k - 1) == '\n' ? 1 : 0;
      k--;
    }
    if (k == i) {
      return false;
    }
    if (newlines >= 2) {
      return true;   // a blank line before it
    }
    if (k == 0) {
      return false;   // only white space before it, without a blank line
    }
    // a sentence's end before it, or a paragraph's number ("12."), a closing quotation mark or bracket after it
    char last = s.charAt(k - 1);
    char stop = "\"”’)".indexOf(last) >= 0 && k > 1 ? s.charAt(k - 2) : last;
    return ".!?".indexOf(stop) >= 0;
  }

  /** "Govern-\n  ment" becomes "Government" followed by the removed characters as spaces. */
  private static void joinHyphenated(StringBuilder s) {
    Matcher m = HYPHENATED.matcher(s).useTransparentBounds(true);
    List<int[]> joins = new ArrayList<>();
    // Tried only where a line ends in a hyphen, from the start of the word before it.
    int done = 0;
    for (int at = s.indexOf("-\n"); at >= 0; at = s.indexOf("-\n", at + 1)) {
      int word = at;
      while (word > done && Character.isLetter(Character.codePointBefore(s, word))) {
        word -= Character.charCount(Character.codePointBefore(s, word));
      }
      if (word == at) {
        continue;
      }
      m.region(word, s.length());
      if (!m.lookingAt()) {
        continue;
      }
      // The joined word takes the punctuation after it along, so the freed spaces fall between words.
      joins.add(new int[] {m.start(1), m.end(1), m.start(2), m.end(2), m.end(3)});
      done = m.end();
      at = Math.max(at, done - 1);
    }
    Set<String> spelt = joins.isEmpty() ? Set.of() : wordsSpelt(s, joins);
    for (int[] j : joins) {
      String first = s.substring(j[0], j[1]).toLowerCase(Locale.ROOT);
      String second = s.substring(j[2], j[3]).toLowerCase(Locale.ROOT);
      boolean hyphenated = spelt.contains(first + "-" + second);
      boolean joined = spelt.contains(first + second);
      // How the document spells the word elsewhere decides; the lists only when it does not say, or says both.
      boolean compound = hyphenated != joined ? hyphenated
          : HYPHEN_PREFIXES.contains(first) || HYPHEN_SUFFIXES.contains(second);
      int from = j[1] + (compound ? 1 : 0); // after the hyphen of a compound, at it otherwise
      String tail = s.substring(j[2], j[4]);
      s.replace(from, j[4], tail + " ".repeat(j[2] - from));
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\u00AD' || s.charAt(i) == '\u200B') {
        int end = i + 1;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
          end++;
        }
        s.replace(i, end, s.substring(i + 1, end) + " ");
      }
    }
  }

  /**
   * Of the words broken at a line-end hyphen, the spellings ("ill-treatment", "illtreatment", in lower case) the
   * text uses elsewhere: one pass over its words, not a search per broken word.
   */
  private static Set<String> wordsSpelt(CharSequence s, List<int[]> breaks) {
    Set<String> wanted = new HashSet<>();
    for (int[] b : breaks) {
      String first = s.subSequence(b[0], b[1]).toString().toLowerCase(Locale.ROOT);
      String second = s.subSequence(b[2], b[3]).toString().toLowerCase(Locale.ROOT);
      wanted.add(first + "-" + second);
      wanted.add(first + second);
    }
    Set<String> found = new HashSet<>();
    int n = s.length();
    for (int i = 0; i < n; ) {
      if (!Character.isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      // A word with its inner hyphens: letters, or a hyphen between letters.
      while (end < n && (Character.isLetter(s.charAt(end))
          || (s.charAt(end) == '-' && end + 1 < n && Character.isLetter(s.charAt(end + 1))))) {
        end++;
      }
      String word = s.subSequence(i, end).toString().toLowerCase(Locale.ROOT);
      if (wanted.contains(word)) {
        found.add(word);
      }
      i = end;
    }
    return found;
  }

  /**
   * The parts of a UN document symbol and numbering abbreviations ("A/HRC/25/5/Add.1", "Rev.2", "No.3", "art.5"):
   * after them the digit is the number, not a note.
   */
  private static final Set<String> NUMBERED = Set.of("add", "rev", "corr", "no", "nos", "art", "para", "vol", "ch",
      "p", "pp");

  /** Whether the word that ends at the dot {@code dot} is one of {@link #NUMBERED}. */
  private static boolean numbered(CharSequence s, int dot) {
    int start = dot;
    while (start > 0 && dot - start < 5 && Character.isLetter(s.charAt(start - 1))) {
      start--;
    }
    boolean wholeWord = start == 0 || !Character.isLetter(s.charAt(start - 1));
    return wholeWord && NUMBERED.contains(s.subSequence(start, dot).toString().toLowerCase(Locale.ROOT));
  }

  private static void blankGluedFootnotes(StringBuilder s) {
    Matcher m = GLUED_FOOTNOTE.matcher(s).useTransparentBounds(true);
    Matcher year = YEAR_FOOTNOTE.matcher(s).useTransparentBounds(true);
    Matcher comma = COMMA_FOOTNOTE.matcher(s).useTransparentBounds(true);
    List<int[]> spans = new ArrayList<>();
    // Tried only right after a sentence end or a word's comma, not at every character.
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i - 1);
      if (c == ',' && i >= 2 && Character.isDigit(s.charAt(i)) && Character.isLetter(s.charAt(i - 2))
          && comma.region(i, s.length()).lookingAt()) {
        spans.add(new int[] {comma.start(1), comma.end(1)});
        i = comma.end() - 1;
      } else if (c == '.' || c == ';' || c == ':' || c == '!' || c == '?') {
        m.region(i, s.length());
        if (m.lookingAt()) {
          if (!(c == '.' && numbered(s, i - 1))) {
            spans.add(new int[] {m.start(1), m.end(1)});
          }
          i = m.end() - 1;
        } else if (c == '.' && Character.isDigit(s.charAt(i - 2 < 0 ? 0 : i - 2))
            && year.region(i, s.length()).lookingAt()) {
          spans.add(new int[] {year.start(1), year.end(1)});
          i = year.end() - 1;
        }
      }
    }
    for (int[] span : spans) {
      blank(s, span[0], span[1]);
    }
  }

  /**
   * Inserts a blank line into every stretch of more than {@link #MAX_SEGMENT} characters without a sentence end
   * or blank line (at the last space before the limit when there is one), so one pathological document (a table
   * dumped as one line, 2 MB without punctuation) cannot hand the sentence splitter a sentence of that size.
   */
  private static int breakLongRuns(StringBuilder s, List<Integer> pageStarts) {
    if (s.length() <= MAX_SEGMENT || !hasLongRun(s)) {
      return 0;
    }
    StringBuilder out = new StringBuilder(s.length() + 64);
    List<Integer> insertedAt = new ArrayList<>(); // in input offsets, ascending
    int lastBreak = 0; // input offsets
    int lastSpace = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c);
      if (isRunBreak(s, i)) {
        lastBreak = i;
        lastSpace = -1;
      } else if (c == ' ' || c == '\n') {
        lastSpace = i;
      }
      if (i - lastBreak >= MAX_SEGMENT) {
        int at = lastSpace > lastBreak + MAX_SEGMENT / 2 ? lastSpace : i + 1; // break before input offset `at`
        out.insert(out.length() - (i + 1 - at), "\n\n");
        insertedAt.add(at);
        lastBreak = i;
        lastSpace = -1;
      }
    }
    if (insertedAt.isEmpty()) {
      return 0;
    }
    for (int p = 0; p < pageStarts.size(); p++) {
      int start = pageStarts.get(p);
      int before = (int) insertedAt.stream().filter(at -> at <= start).count();
      pageStarts.set(p, start + 2 * before);
    }
    s.setLength(0);
    s.append(out);
    return insertedAt.size();
  }

  /** Whether {@link #breakLongRuns} has anything to do: most texts have no such run, and need no copy. */
  private static boolean hasLongRun(CharSequence s) {
    int lastBreak = 0;
    for (int i = 0; i < s.length(); i++) {
      if (isRunBreak(s, i)) {
        lastBreak = i;
      } else if (i - lastBreak >= MAX_SEGMENT) {
        return true;
      }
    }
    return false;
  }

  /** A sentence end followed by white space, or the second line break of a blank line. */
  private static boolean isRunBreak(CharSequence s, int i) {
    char c = s.charAt(i);
    return ((c == '.' || c == '!' || c == '?' || c == ';')
        && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1))))
        || (c == '\n' && i > 0 && s.charAt(i - 1) == '\n');
  }

  /** Markdown's emphasis around words: "**Release**", "*Posted by ...*", "__Note__". */
  private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile(
      "(?<![\\p{L}\\d*_])(\\*{1,2}|__)(?=[^\\s*_])[^*\\n]{1,300}?(?<=[^\\s*_])\\1(?![\\p{L}\\d*_])");
  /** Markdown's heading marks and quotation marks at a line's start: "## Recommendations", "> quoted". */
  private static final Pattern MARKDOWN_LINE_MARK = Pattern.compile("(?m)^(?:#{1,6}|>)[ \\t]");
  /** A Markdown link: its text stays, the brackets and address go. */
  private static final Pattern MARKDOWN_LINK = Pattern.compile(
      "\\[([^\\]\\n]{1,200})\\]\\((?:https?://|/|#|mailto:)[^)\\s]{0,500}\\)");

  /**
   * Markdown's markup, as notes and blog posts are written: "- **Release** all detainees" is an ask to release them.
   * Tried only where its characters appear, as few documents have any.
   */
  private static void blankMarkdown(StringBuilder s) {
    boolean headings = s.indexOf("#") == 0 || s.indexOf("\n#") >= 0;
    if (!(headings || opensEmphasis(s, "**") || opensEmphasis(s, "__") || s.indexOf("](") >= 0)) {
      return;   // no Markdown: "*" and "**" alone are a UN document's footnote marks ("Review**", "** Late")
    }
    String text = s.toString();
    Matcher emphasis = MARKDOWN_EMPHASIS.matcher(text);
    while (emphasis.find()) {
      blank(s, emphasis.start(1), emphasis.end(1));
      blank(s, emphasis.end() - emphasis.group(1).length(), emphasis.end());
    }
    Matcher marks = MARKDOWN_LINE_MARK.matcher(text);
    while (marks.find()) {
      blank(s, marks.start(), marks.end() - 1);
    }
    Matcher links = MARKDOWN_LINK.matcher(text);
    while (links.find()) {
      blank(s, links.start(), links.start(1));
      blank(s, links.end(1), links.end());
    }
  }

  /** Hashtags that close a post's line: "... protesters #FreedomOfAssembly", "... by June. #HRC #UPR46". */
  private static final Pattern TRAILING_TAGS = Pattern.compile("(?:[ \\t]+#\\w+)+[ \\t]*(?=\\n|$)");

  /**
   * A post's marks on names: "@Germany recommended that #Zambia ratify" reads "Germany recommended that Zambia
   * ratify"; hashtags that close its line after a sentence, or run words together ("#FreedomOfAssembly"), are no
   * part of it. Not an address's "@", "C#" or "No. #3".
   */
  private static void blankSocialMarks(StringBuilder s) {
    if (!hasSocialMark(s)) {
      return;
    }
    Matcher tags = TRAILING_TAGS.matcher(s.toString());
    while (tags.find()) {
      String run = tags.group();
      int before = tags.start() - 1;
      boolean afterSentence = before >= 0 && ".!?".indexOf(s.charAt(before)) >= 0;
      if (afterSentence || run.matches("(?s).*#\\p{Lu}\\p{Ll}+\\p{Lu}.*")) {
        blank(s, tags.start(), tags.end());
      }
    }
    for (int i = 0; i + 1 < s.length(); i++) {
      if (marksName(s, i, false)) {
        s.setCharAt(i, ' ');
      }
    }
  }

  private static boolean hasSocialMark(StringBuilder s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      if (marksName(s, i, true)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the "#" or "@" at {@code i} opens a word (a capitalised one, if {@code capital}): "@Germany". */
  private static boolean marksName(StringBuilder s, int i, boolean capital) {
    char c = s.charAt(i);
    char next = s.charAt(i + 1);
    return (c == '#' || c == '@') && (capital ? Character.isUpperCase(next) : Character.isLetter(next))
        && (i == 0 || Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '(');
  }

  /** Whether {@code mark} opens a word somewhere ("**Release"), found by plain searches: the regex is for the few. */
  private static boolean opensEmphasis(StringBuilder s, String mark) {
    for (int i = s.indexOf(mark); i >= 0; i = s.indexOf(mark, i + mark.length())) {
      int after = i + mark.length();
      boolean opens = after < s.length() && Character.isLetterOrDigit(s.charAt(after))
          && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) && s.charAt(i - 1) != mark.charAt(0));
      if (opens) {
        return true;
      }
    }
    return false;
  }

  /** Overwrites [from, to) with spaces. */
  private static void blank(StringBuilder s, int from, int to) {
    for (int i = from; i < to; i++) {
      s.setCharAt(i, ' ');
    }
  }
}
