package org.uprlens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.uprlens.ingest.Document;
import org.uprlens.ingest.DocumentReader;
import org.uprlens.ingest.Ingested;
import org.uprlens.job.Shared;

/** The splitter runs CoreNLP's tokenizer and splitter without the annotators: it must split exactly as they do. */
class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void splitsAsThePipelineDoesOnTextThatExercisesTheRules() {
    String text = String.join("\n",
        "1. Recommendations", "",
        "124.1 Ratify the OP-CAT (Germany); 124.2 Consider ratifying ICCPR-OP2 (France).",
        "It was adopted on 12-13 May 2010 - see para. 5, early-2011 and the scores 2-3.",
        "A line wrapped", "by a PDF stays in the sentence", "", "",
        "\"Quoted!\" she said. (Bracketed.) Mr. Smith's e-mail: a.b@example.org, 1,234.5 US$; 50 % ...",
        "Untokenisable \u0000\u0007 characters \u2029 and a paragraph separator",
        "Ends without a full stop");
    assertSame(text);
  }

  @Test
  void emptyAndBlankTextsHaveNoSentences() {
    assertEquals(List.of(), splitter.split(""));
    assertEquals(List.of(), splitter.split(" \n\n \t"));
    assertSame("\n\nx");
  }

  @Test
  void splitsAsThePipelineDoesOnTheSamples() throws IOException {
    int documents = compareAll(Path.of("jobs/samples"));
    assertEquals(3, documents);
  }

  @Test
  void splitsAsThePipelineDoesOnTheWorkingGroupReports() throws IOException {
    // Real layout in its variety: 248 reports, a few hundred thousand sentences; about 20 s.
    int documents = compareAll(Shared.require("data/upr/documents/wg_reports_2008_2014"));
    assertTrue(documents > 200, documents + " documents");
  }

  private int compareAll(Path folder) throws IOException {
    DocumentReader reader = new DocumentReader(DocumentReader.Options.defaults());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    int documents = 0;
    for (Path file : files) {
      Ingested read = reader.decode(file.toString(), Files.readAllBytes(file));
      if (read instanceof Document document) {
        assertSame(document.text());
        documents++;
      }
    }
    return documents;
  }

  private void assertSame(String text) {
    assertEquals(viaPipeline(text), describe(splitter.split(text)), () -> "text: " + text.substring(0,
        Math.min(200, text.length())));
  }

  /** Sentences as "begin-end" lines, each followed by its tokens as "word@begin-end". */
  private static List<String> describe(List<Sentence> sentences) {
    List<String> out = new ArrayList<>();
    for (Sentence s : sentences) {
      StringBuilder line = new StringBuilder(s.begin() + "-" + s.end() + ":");
      for (Token t : s.tokens()) {
        line.append(' ').append(t.word()).append('@').append(t.begin()).append('-').append(t.end());
      }
      out.add(line.toString());
    }
    return out;
  }

  private static List<String> viaPipeline(String text) {
    Annotation annotation = new Annotation(text);
    Pipelines.splitting().annotate(annotation);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap map : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel label : map.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(new Token(label.word(), label.beginPosition(), label.endPosition(), null, null));
      }
      sentences.add(new Sentence(sentences.size(), map.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          map.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tokens));
    }
    return describe(sentences);
  }
}
