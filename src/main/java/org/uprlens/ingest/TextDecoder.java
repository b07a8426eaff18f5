package org.uprlens.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the bytes of a text file into a string and names the charset it was decoded from.
 *
 * <p>Order: a byte-order mark decides (UTF-8, UTF-16); then valid UTF-8 is UTF-8 (legacy single-byte text almost
 * never is); then ICU4J's {@link CharsetDetector} proposes charsets. ICU4J knows no Mac Roman, and between
 * Windows-1252, ISO-8859-1 and Mac Roman its statistics cannot tell, because the three share ASCII and differ only
 * in the bytes above 0x7F. So each single-byte candidate is decoded and the decoding whose non-ASCII characters
 * look most like text wins ({@link #plausibility}): typographic punctuation where punctuation belongs, accented
 * letters inside words with consistent case, no control characters.
 */
public final class TextDecoder {
  /** The decoded text (BOM removed, line ends as in the file) and the charset's canonical name. */
  public record Decoded(String text, String charset) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");
  /** Single-byte charsets always tried, whatever ICU4J says: the ones UPR text dumps come in. */
  private static final List<Charset> WESTERN = List.of(WINDOWS_1252, StandardCharsets.ISO_8859_1, MAC_ROMAN);

  private TextDecoder() {}

  /** Never fails: every byte sequence decodes in some single-byte charset. */
  public static Decoded decode(byte[] bytes) {
    Decoded bom = byBom(bytes);
    if (bom != null) {
      return bom;
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, isAscii(bytes) ? "US-ASCII" : "UTF-8");
    }
    Set<Charset> candidates = new LinkedHashSet<>();
    for (CharsetMatch match : detect(bytes)) {
      Charset charset = supported(match.getName());
      // ICU4J offers UTF-16/32 for any even-length bytes; without a BOM only NUL bytes make them likely.
      boolean wide = match.getName().startsWith("UTF-16") || match.getName().startsWith("UTF-32");
      if (charset != null && match.getConfidence() >= 10 && (!wide || nulShare(bytes) > 0.2)) {
        candidates.add(charset);
      }
    }
    candidates.addAll(WESTERN);
    Decoded best = null;
    long bestScore = Long.MIN_VALUE;
    for (Charset charset : candidates) {
      String text = strict(bytes, charset);
      if (text == null) {
        continue;
      }
      long score = plausibility(text);
      // Ties keep the earlier candidate: ICU4J's ranking first, then the order of WESTERN.
      if (score > bestScore) {
        best = new Decoded(text, charset.name());
        bestScore = score;
      }
    }
    return best != null ? best : new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252.name());
  }

  private static Decoded byBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8");
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    return null;
  }

  private static CharsetMatch[] detect(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    // ICU4J looks at a prefix anyway; a bounded copy keeps large files cheap.
    detector.setText(bytes.length > 65536 ? java.util.Arrays.copyOf(bytes, 65536) : bytes);
    CharsetMatch[] matches = detector.detectAll();
    return matches == null ? new CharsetMatch[0] : matches;
  }

  private static Charset supported(String name) {
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static double nulShare(byte[] bytes) {
    int n = Math.min(bytes.length, 65536);
    int nul = 0;
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        nul++;
      }
    }
    return n == 0 ? 0 : (double) nul / n;
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** The text, or null when the bytes are not valid in this charset. */
  private static String strict(byte[] bytes, Charset charset) {
    try {
      return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * How much the non-ASCII characters of a decoding look like real text; higher is better. Only characters above
   * U+007F and control characters are scored (printable ASCII is the same in every candidate), each by its class
   * and its neighbours.
   */
  static long plausibility(String text) {
    long score = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80 && (c >= 0x20 || c == '\n' || c == '\r' || c == '\t' || c == '\f')) {
        continue;
      }
      char prev = i > 0 ? text.charAt(i - 1) : ' ';
      char next = i + 1 < n ? text.charAt(i + 1) : ' ';
      score += score(c, prev, next);
    }
    return score;
  }

  private static int score(char c, char prev, char next) {
    if (c == '\uFFFD' || Character.isISOControl(c) || !Character.isDefined(c)
        || Character.getType(c) == Character.PRIVATE_USE) {
      return -10;
    }
    if (Character.isLetter(c)) {
      boolean inWord = Character.isLetter(prev) || Character.isLetter(next);
      if (!inWord) {
        return -3; // a lone accented letter between spaces is almost always a dash or quote decoded wrongly
      }
      if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
        return -3; // "StateÕs": capitals do not follow small letters inside a word
      }
      if (Character.isLowerCase(c) && Character.isUpperCase(next) && Character.isLowerCase(prev)) {
        return -2;
      }
      return Character.isIdeographic(c) ? 0 : 1;
    }
    return switch (Character.getType(c)) {
      case Character.DASH_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.START_PUNCTUATION, Character.END_PUNCTUATION -> quoteLike(c) || !bothLetters(prev, next) ? 2 : -3;
      case Character.OTHER_PUNCTUATION, Character.CURRENCY_SYMBOL -> bothLetters(prev, next) ? -3 : 1;
      case Character.SPACE_SEPARATOR -> 0;
      case Character.MATH_SYMBOL, Character.OTHER_SYMBOL, Character.MODIFIER_SYMBOL ->
          bothLetters(prev, next) ? -3 : -1;
      default -> 0;
    };
  }

  /** Apostrophes sit between letters ("State’s"); other punctuation rarely does. */
  private static boolean quoteLike(char c) {
    return c == '\u2019' || c == '\u2018' || c == '\u2010' || c == '\u2011';
  }

  private static boolean bothLetters(char prev, char next) {
    return Character.isLetter(prev) && Character.isLetter(next);
  }
}
