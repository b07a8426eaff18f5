package org.uprlens.extract;

import java.util.Objects;

/**
 * One recommendation found in a document. {@code charStart}/{@code charEnd} point into the document text;
 * {@code recId} depends only on the document bytes and that span, so it is the same in every run.
 *
 * @param actor who made it, resolved through pronouns; null when the text does not say
 * @param verb lemma of the reporting verb ("recommend", "urge", "call", ...)
 */
public record Recommendation(String recId, String docId, int sentenceIndex, int charStart, int charEnd,
                             String text, String actor, String verb) {
  public Recommendation {
    Objects.requireNonNull(recId, "recId");
    Objects.requireNonNull(text, "text");
    if (charStart > charEnd) {
      throw new IllegalArgumentException("charStart must be <= charEnd: " + charStart + " > " + charEnd);
    }
  }

  public static String idFor(String docId, int charStart, int charEnd) {
    return org.uprlens.Sha256.of(docId + ":" + charStart + ":" + charEnd).substring(0, 32);
  }
}
