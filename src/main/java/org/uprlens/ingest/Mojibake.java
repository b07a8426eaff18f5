package org.uprlens.ingest;

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

  /** UTF-8 lead bytes read as Latin-1/1252 letters ("Ã©" for é, "Â " for a no-break space, "â€™" for ’). */
  private static final String UTF8_LEADS = "ÂÃÅÆ";
  /** What UTF-8 continuation bytes 0x80-0xBF become in Windows-1252. */
  private static final String CONTINUATIONS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

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
    int utf8 = 0;
    int swap = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0xC0) { // every trace below starts at Â or later (the symbols are all above U+02C0)
        continue;
      }
      char prev = i > 0 ? text.charAt(i - 1) : ' ';
      char next = i + 1 < n ? text.charAt(i + 1) : ' ';
      if (UTF8_LEADS.indexOf(c) >= 0 && (next >= 0x80 && next <= 0xBF || CONTINUATIONS.indexOf(next) >= 0)
          || c == 'â' && next == '€') {
        utf8++;
      } else if (macWindowsSwap(c, prev, next)) {
        swap++;
      }
    }
    return new Count(replacement, controls, utf8, swap);
  }

  /**
   * Mac Roman punctuation read as Windows-1252 gives capitals inside words (Õ ’, Ò “, Ó ”, Ð –, Ñ —); Windows-1252
   * punctuation read as Mac Roman gives lone small letters (ñ –, ó —) and quotes as ì/î glued to words; Mac Roman
   * letters read as Windows-1252 give symbols inside words (‡ á, ˆ à, ™ ô, • ï; not Ž, š, Š: letters in their
   * own right).
   */
  private static boolean macWindowsSwap(char c, char prev, char next) {
    boolean space = Character.isWhitespace(prev) && Character.isWhitespace(next);
    return "ÕÒÓÐÑ".indexOf(c) >= 0 && Character.isLowerCase(prev)
        || "ÕÒÓ".indexOf(c) >= 0 && Character.isLowerCase(next)
        || "ñóÐÑ".indexOf(c) >= 0 && space
        || c == 'ì' && (Character.isWhitespace(prev) || prev == '(') && Character.isLetter(next)
        || c == 'î' && Character.isLetter(prev) && (Character.isWhitespace(next) || ".,;:)".indexOf(next) >= 0)
        || "‡™•ˆ‰‹".indexOf(c) >= 0 && Character.isLetter(prev) && Character.isLetter(next);
  }
}
