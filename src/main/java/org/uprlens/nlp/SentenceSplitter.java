package org.uprlens.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/** Needs: document text. Produces: its sentences, with tokens and offsets into that text (CoreNLP tokenize,ssplit). */
public final class SentenceSplitter {

  public List<Sentence> split(String text) {
    Annotation annotation = new Annotation(text);
    Pipelines.get(Pipelines.SPLIT).annotate(annotation);
    List<CoreMap> maps = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>(maps.size());
    for (CoreMap map : maps) {
      List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel label : labels) {
        tokens.add(new Token(label.word(), label.beginPosition(), label.endPosition(), null, null));
      }
      if (!tokens.isEmpty()) {
        sentences.add(new Sentence(sentences.size(),
            map.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
            map.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tokens));
      }
    }
    return sentences;
  }
}
