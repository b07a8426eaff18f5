package org.uprlens;

import java.util.List;
import org.uprlens.classify.Prediction;
import org.uprlens.extract.AddendumResponses;
import org.uprlens.extract.Recommendation;
import org.uprlens.ingest.Document;
import org.uprlens.ingest.Reject;

/**
 * What one input file became: either a processed document with its labelled recommendations (and, for an addendum
 * to a Working Group report, the State's responses it prints), or a reject. Exactly one of {@code document} and
 * {@code reject} is set.
 */
public record DocumentResult(Document document, int sentences, List<Labelled> recommendations,
                             List<AddendumResponses.Response> responses, Reject reject, StageTimes times) {

  /** A recommendation and the model's labels for it. */
  public record Labelled(Recommendation recommendation, Prediction prediction) {}

  public static final String STATUS_OK = "ok";
  /** Kept in documents, but not analysed: the extraction rules are written for English. */
  public static final String STATUS_UNSUPPORTED_LANGUAGE = "unsupported_language";

  public DocumentResult {
    if ((document == null) == (reject == null)) {
      throw new IllegalArgumentException("exactly one of document and reject must be set");
    }
    recommendations = List.copyOf(recommendations);
    responses = List.copyOf(responses);
  }

  public static DocumentResult rejected(Reject reject, StageTimes times) {
    return new DocumentResult(null, 0, List.of(), List.of(), reject, times);
  }

  public String status() {
    return document != null && !document.languageSupported() ? STATUS_UNSUPPORTED_LANGUAGE : STATUS_OK;
  }
}
