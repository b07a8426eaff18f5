package org.uprlens.nlp;

import java.util.List;

/** A sentence of a document: its index, character span in the document text, and tokens. */
public record Sentence(int index, int begin, int end, List<Token> tokens) {
  public Sentence {
    if (begin > end) {
      throw new IllegalArgumentException("begin must be <= end: " + begin + " > " + end);
    }
    tokens = List.copyOf(tokens);
  }

  public boolean isTagged() {
    return !tokens.isEmpty() && tokens.get(0).tag() != null;
  }

  public Sentence withTokens(List<Token> tagged) {
    return new Sentence(index, begin, end, tagged);
  }

  /** The sentence's text with layout white space (line breaks, runs of spaces) collapsed to single spaces. */
  public String text(String documentText) {
    return collapseSpace(documentText.substring(begin, end));
  }

  public static String collapseSpace(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
