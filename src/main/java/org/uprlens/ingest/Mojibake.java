package org.uprlens.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the traces a wrong decoding leaves in text: replacement characters, C1 control characters, UTF-8 read as
 * a single-byte charset ("Ã©", "â€™"), and Windows-1252 and Mac Roman read as each other ("StateÕs", "ÒquoteÓ",
 * "Bogot‡", "1990 ñ 2000"). A correctly decoded English document scores zero; ingest tests and the ingest command
 * use it as the check that decoding worked.
 */
public final class Mojibake {
  /** Counts by kind of trace; {@link #total()} is zero for clean text. */
  public record Count(int replacement, int controls, int utf8AsSingleByte, int macWindowsSwap) {
    public int total() {
      return replacement + controls + utf8AsSingleByte + macWindowsSwap;
    }
  }

  /** UTF-8 lead byte decoded as a Latin letter, followed by a continuation byte decoded as a Latin-1/1252 char. */
  private static final Pattern UTF8_AS_SINGLE_BYTE =
      Pattern.compile("[ÂÃÅÆ][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u2013-\u2022\u2026\u2030"
          + "\u2039\u203A\u20AC\u2122\u02C6\u02DC]|â€");
  /**
   * Mac Roman punctuation read as Windows-1252 gives capitals inside words (Õ ’, Ò “, Ó ”, Ð –, Ñ —); Windows-1252
   * punctuation read as Mac Roman gives lone small letters (ñ –, ó —) and quotes as ì/î glued to words; Mac Roman
   * letters read as Windows-1252 give symbols inside words (‡ á, ˆ à, ™ ô; not Ž, š, Š, which are letters in their own right).
   */
  private static final Pattern MAC_WINDOWS_SWAP = Pattern.compile(
      "\\p{Ll}[ÕÒÓÐÑ]|[ÕÒÓ]\\p{Ll}|(?<=\\s)[ñóÐÑ](?=\\s)|(?<=[\\s(])ì\\p{L}|\\p{L}î(?=[\\s.,;:)])"
          + "|\\p{L}[‡™•ˆ‰‹]\\p{L}");

  private Mojibake() {}

  public static Count count(String text) {
    int replacement = 0;
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD') {
        replacement++;
      } else if (c >= 0x80 && c <= 0x9F) {
        controls++;
      }
    }
    return new Count(replacement, controls, matches(UTF8_AS_SINGLE_BYTE, text), matches(MAC_WINDOWS_SWAP, text));
  }

  private static int matches(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
