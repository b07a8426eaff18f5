package org.uprlens.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.uprlens.RecommendationPipeline;
import org.uprlens.extract.Recommendation;
import org.uprlens.extract.RecommendationExtractor;
import org.uprlens.ingest.DocKind;
import org.uprlens.ingest.Document;
import org.uprlens.ingest.DocumentInfo;
import org.uprlens.nlp.SentenceSplitter;
import org.uprlens.nlp.Tagger;
import org.uprlens.train.TrainingExample;

/**
 * Labelled recommendations as a UN report words them: each text ("Consider ratifying ...") put in one of a few
 * reporting forms in turn ("The Committee recommended that Ruritania consider ratifying ..."), then read by the
 * extractor as the job reads a compilation's sentence. Scoring a model on these rows shows how its labels hold on
 * recommendations found in prose, which no labelled file holds.
 */
final class ProseForm {
  /** What {@code evaluate --prose} classifies: the request the job cuts out, or the whole reported sentence. */
  enum Mode { REQUEST, SENTENCE }

  private static final String[] FORMS = {
      "The Committee recommended that %s %s", "The Committee urged %s to %s", "It called on %s to %s",
      "The Special Rapporteur recommended that %s %s"};

  private ProseForm() {}

  /** The rows with their texts reworded, and how many the extractor cut a request out of. */
  record Reworded(List<TrainingExample> rows, int requests) {}

  static Reworded of(List<TrainingExample> rows, Mode mode) {
    SentenceSplitter splitter = new SentenceSplitter();
    Tagger tagger = new Tagger();
    RecommendationExtractor extractor = new RecommendationExtractor();
    List<TrainingExample> out = new ArrayList<>(rows.size());
    int requests = 0;
    for (int i = 0; i < rows.size(); i++) {
      TrainingExample row = rows.get(i);
      String state = row.stateUnderReview() == null ? "the State" : row.stateUnderReview();
      String text = row.text().isEmpty() ? row.text()
          : row.text().substring(0, 1).toLowerCase(Locale.ROOT) + row.text().substring(1);
      String sentence = String.format(FORMS[i % FORMS.length], state, text);
      String classified = sentence;
      if (mode == Mode.REQUEST) {
        Document document = new Document("prose", "prose.txt", sentence.length(), "UTF-8", sentence,
            new DocumentInfo(DocKind.COMPILATION, null, null, row.stateUnderReview(), null, null, null, "en"), null,
            null);
        var sentences = RecommendationPipeline.withStructure(sentence, splitter.split(sentence), document.outline());
        List<String> asked = new ArrayList<>();
        for (Recommendation r : extractor.find(document, sentences, tagger).recommendations()) {
          if (r.request() != null) {
            asked.add(r.request());
          }
        }
        if (!asked.isEmpty()) {
          classified = String.join(" ", asked);
          requests++;
        }
      }
      out.add(new TrainingExample(row.id(), classified, row.issues(), row.response(), row.actionCategory(),
          row.stateUnderReview(), row.session(), row.context(), row.memberships()));
    }
    return new Reworded(out, requests);
  }
}
