package org.uprlens.extract;

import java.util.List;
import org.uprlens.RecommendationPipeline;
import org.uprlens.ingest.DocKind;
import org.uprlens.ingest.Document;
import org.uprlens.ingest.DocumentInfo;
import org.uprlens.nlp.SentenceSplitter;
import org.uprlens.nlp.Tagger;

/** A text read by the extractor as a document of one kind reviewing Ruritania, as the job reads it (real CoreNLP). */
final class Extracting {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final Tagger TAGGER = new Tagger();

  private Extracting() {}

  static List<Recommendation> extract(String text, DocKind kind) {
    return extract(new Document("doc", "doc.txt", text.length(), "UTF-8", text,
        new DocumentInfo(kind, null, null, "Ruritania", null, null, null, "en"), null, null));
  }

  /** A document as the reader decoded it, of the kind and reviewing the State it read. */
  static List<Recommendation> extract(Document document) {
    var sentences = RecommendationPipeline.withStructure(document.text(), SPLITTER.split(document.text()),
        document.outline());
    return new RecommendationExtractor().find(document, sentences, TAGGER).recommendations();
  }
}
