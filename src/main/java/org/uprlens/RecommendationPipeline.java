package org.uprlens;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.uprlens.classify.Context;
import org.uprlens.classify.RecommendationClassifier;
import org.uprlens.extract.AddendumResponses;
import org.uprlens.extract.Recommendation;
import org.uprlens.extract.RecommendationExtractor;
import org.uprlens.extract.ThematicMatrix;
import org.uprlens.ingest.DocKind;
import org.uprlens.ingest.Document;
import org.uprlens.ingest.DocumentReader;
import org.uprlens.ingest.Ingested;
import org.uprlens.ingest.Outline;
import org.uprlens.ingest.OutlineReader;
import org.uprlens.ingest.Reject;
import org.uprlens.ingest.RejectReason;
import org.uprlens.nlp.Sentence;
import org.uprlens.nlp.SentenceSplitter;
import org.uprlens.nlp.Tagger;
import org.uprlens.nlp.Token;

/**
 * The spine, without Spark: one input file in, one {@link DocumentResult} out.
 *
 * <ol>
 *   <li>read and decode the file ({@link DocumentReader}),</li>
 *   <li>split it into sentences (CoreNLP tokenize, ssplit),</li>
 *   <li>pick candidate sentences and POS-tag only those (CoreNLP pos, lemma),</li>
 *   <li>extract recommendations with actor and verb ({@link RecommendationExtractor}),</li>
 *   <li>label each ({@link RecommendationClassifier});</li>
 *   <li>for an addendum to a Working Group report or a matrix, read the State's responses to the report's
 *       recommendations ({@link AddendumResponses}, {@link ThematicMatrix}).</li>
 * </ol>
 *
 * The Spark job runs this per file inside {@code mapPartitions}; tests and researchers run it directly.
 */
public final class RecommendationPipeline {
  private final DocumentReader reader;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Tagger tagger = new Tagger();
  private final RecommendationExtractor extractor = new RecommendationExtractor();
  private final RecommendationClassifier classifier;

  public RecommendationPipeline(DocumentReader.Options ingest, RecommendationClassifier classifier) {
    this.reader = new DocumentReader(ingest);
    this.classifier = classifier;
  }

  /** Never throws for a bad file: whatever goes wrong becomes a reject with its reason. */
  public DocumentResult process(String path, long size, DocumentReader.Content content) {
    Reject tooLarge = reader.checkSize(path, size);
    if (tooLarge != null) {
      return DocumentResult.rejected(tooLarge, StageTimes.ZERO);
    }
    long t0 = System.nanoTime();
    byte[] bytes;
    try {
      bytes = content.read();
    } catch (java.io.IOException | RuntimeException e) {
      return DocumentResult.rejected(DocumentReader.unreadable(path, e), StageTimes.ZERO);
    }
    long t1 = System.nanoTime();
    Ingested ingested = reader.decode(path, bytes);
    long t2 = System.nanoTime();
    if (ingested instanceof Reject reject) {
      return DocumentResult.rejected(reject, new StageTimes(t1 - t0, t2 - t1, 0, 0, 0));
    }
    try {
      return analyse((Document) ingested, t1 - t0, t2 - t1);
    } catch (RuntimeException | StackOverflowError e) {
      return DocumentResult.rejected(new Reject(path, RejectReason.PROCESSING_ERROR, e.toString()),
          new StageTimes(t1 - t0, t2 - t1, 0, 0, 0));
    }
  }

  private DocumentResult analyse(Document document, long read, long clean) {
    if (!document.languageSupported()) {
      return new DocumentResult(document, 0, List.of(), List.of(), null, new StageTimes(read, clean, 0, 0, 0));
    }
    long t1 = System.nanoTime();
    String text = document.text();
    List<Sentence> sentences = withStructure(text, splitter.split(text), document.outline());
    long split = System.nanoTime();
    RecommendationExtractor.Found result = extractor.find(document, sentences, tagger);
    List<Recommendation> found = result.recommendations();
    long t2 = split + result.nlpNanos();   // splitting and tagging are "nlp", the rules "extract"
    List<Sentence> tagged = result.tagged();
    List<AddendumResponses.Response> responses = responses(document);
    long t3 = System.nanoTime();
    List<DocumentResult.Labelled> labelled = new ArrayList<>(found.size());
    for (Recommendation recommendation : found) {
      // A table's rows may each be on another State's review
      String reviewed = document.info().kind() == DocKind.TABLE ? recommendation.target()
          : document.info().stateUnderReview();
      labelled.add(new DocumentResult.Labelled(recommendation, classifier.predict(recommendation.classifiedText(),
          new Context(recommendation.recommendingStates(), recommendation.actorType(), reviewed))));
    }
    long t4 = System.nanoTime();
    return new DocumentResult(document, sentences.size(), labelled, responses, null,
        new StageTimes(read, clean, t2 - t1, t3 - t2, t4 - t3, t2 - split, tokens(sentences), tokens(tagged)));
  }

  /**
   * The responses a document states to a report's numbered recommendations: an addendum to its own report, a
   * matrix to the report its "Source of position" names.
   */
  static List<AddendumResponses.Response> responses(Document document) {
    String report = AddendumResponses.answeredReport(document.info().symbol(),
        document.info().kind() == DocKind.ADDENDUM);
    if (report != null) {
      return List.copyOf(AddendumResponses.parse(document.text(), report).values());
    }
    return document.info().kind() == DocKind.MATRIX ? ThematicMatrix.responses(document.text()) : List.of();
  }

  private static long tokens(List<Sentence> sentences) {
    long n = 0;
    for (Sentence s : sentences) {
      n += s.tokens().size();
    }
    return n;
  }

  /**
   * Each sentence told the paragraph and section it starts in; a sentence that runs over the start of a numbered
   * paragraph or a heading is cut there. The splitter breaks at a full stop or a blank line only, so that a
   * resolution's operative paragraphs ("2. Urges ... investigated;\n3. Calls upon ...") or a heading over a
   * paragraph would otherwise run into one sentence. Sentences are numbered afresh.
   */
  public static List<Sentence> withStructure(String text, List<Sentence> sentences, Outline outline) {
    int[] starts = Stream.concat(outline.paragraphs().stream(), outline.sections().stream())
        .mapToInt(Outline.Mark::offset).sorted().distinct().toArray();
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      List<Token> tokens = s.tokens();
      int from = 0;
      int heading = OutlineReader.asksHeadingEnd(text, s.begin(), s.end());
      if (heading >= 0) {   // "Recommendations" on a line of its own over "HRW recommends that ..."
        while (from < tokens.size() && tokens.get(from).begin() < heading) {
          from++;
        }
        if (from < tokens.size()) {
          out.add(part(out.size(), s, 0, from, outline));
        } else {
          from = 0;
        }
      }
      int k = Arrays.binarySearch(starts, s.begin() + 1);
      for (k = k >= 0 ? k : -k - 1; k < starts.length && starts[k] < s.end(); k++) {
        int cut = from;
        while (cut < tokens.size() && tokens.get(cut).begin() < starts[k]) {
          cut++;
        }
        if (cut > from && cut < tokens.size()) {
          out.add(part(out.size(), s, from, cut, outline));
          from = cut;
        }
      }
      out.add(part(out.size(), s, from, tokens.size(), outline));
    }
    return out;
  }

  /** Tokens [from, to) of a sentence as a sentence of their own (all of them: the sentence renumbered). */
  private static Sentence part(int index, Sentence s, int from, int to, Outline outline) {
    int begin = from == 0 ? s.begin() : s.tokens().get(from).begin();
    int end = to == s.tokens().size() ? s.end() : s.tokens().get(to - 1).end();
    return new Sentence(index, begin, end, s.tokens().subList(from, to), outline.paragraphAt(begin),
        outline.sectionAt(begin));
  }

  public RecommendationClassifier classifier() {
    return classifier;
  }
}
