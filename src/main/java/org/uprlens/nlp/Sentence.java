package org.uprlens.nlp;

import java.util.List;

/**
 * A sentence of a document: its index, character span in the document text, tokens, and where it stands in the
 * document's structure.
 *
 * @param paragraph the number of the paragraph it belongs to ("16", "124.12"), or null
 * @param section the heading of the section it belongs to, or null
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, String paragraph, String section) {
  public Sentence {
    if (begin > end) {
      throw new IllegalArgumentException("begin must be <= end: " + begin + " > " + end);
    }
    tokens = List.copyOf(tokens);
  }

  public boolean isTagged() {
    return !tokens.isEmpty() && tokens.get(0).tag() != null;
  }

  public Sentence(int index, int begin, int end, List<Token> tokens) {
    this(index, begin, end, tokens, null, null);
  }

  public Sentence withTokens(List<Token> tagged) {
    return new Sentence(index, begin, end, tagged, paragraph, section);
  }

  public Sentence withStructure(String paragraphNumber, String sectionHeading) {
    return new Sentence(index, begin, end, tokens, paragraphNumber, sectionHeading);
  }

  /** The sentence's text with layout white space (line breaks, runs of spaces) collapsed to single spaces. */
  public String text(String documentText) {
    return collapseSpace(documentText.substring(begin, end));
  }

  public static String collapseSpace(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
