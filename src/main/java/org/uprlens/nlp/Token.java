package org.uprlens.nlp;

/**
 * One token; {@code begin}/{@code end} are character offsets into the document text. {@code tag} and
 * {@code lemma} are null until the sentence has been tagged.
 */
public record Token(String word, int begin, int end, String tag, String lemma) {
  public Token {
    if (begin > end) {
      throw new IllegalArgumentException("begin must be <= end: " + begin + " > " + end);
    }
  }

  public boolean isVerb() {
    return tag != null && tag.startsWith("VB");
  }

  public String lower() {
    return word.toLowerCase(java.util.Locale.ROOT);
  }
}
