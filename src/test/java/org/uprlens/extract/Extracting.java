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
    Document document = new Document("doc", "doc.txt", text.length(), "UTF-8", text,
        new DocumentInfo(kind, null, null, "Ruritania", null, null, null, "en"), null, null);
    var sentences = RecommendationPipeline.withStructure(text, SPLITTER.split(text), document.outline());
    return new RecommendationExtractor().find(document, sentences, TAGGER).recommendations();
  }
}
