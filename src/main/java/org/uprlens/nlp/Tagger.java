package org.uprlens.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/** Needs: sentences from {@link SentenceSplitter}. Produces: the same sentences with POS tags and lemmas. */
public final class Tagger {

  public List<Sentence> tag(List<Sentence> sentences) {
    if (sentences.isEmpty()) {
      return sentences;
    }
    List<CoreMap> maps = new ArrayList<>(sentences.size());
    for (Sentence sentence : sentences) {
      List<CoreLabel> labels = new ArrayList<>(sentence.tokens().size());
      for (Token token : sentence.tokens()) {
        CoreLabel label = new CoreLabel();
        label.setWord(token.word());
        label.setValue(token.word());
        label.setOriginalText(token.word());
        label.setBeginPosition(token.begin());
        label.setEndPosition(token.end());
        labels.add(label);
      }
      CoreMap map = new ArrayCoreMap(2);
      map.set(CoreAnnotations.TokensAnnotation.class, labels);
      maps.add(map);
    }
    Annotation annotation = new Annotation("");
    annotation.set(CoreAnnotations.SentencesAnnotation.class, maps);
    Pipelines.get(Pipelines.TAG).annotate(annotation);
    List<Sentence> tagged = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      List<CoreLabel> labels = maps.get(s).get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int t = 0; t < labels.size(); t++) {
        Token token = sentence.tokens().get(t);
        CoreLabel label = labels.get(t);
        tokens.add(new Token(token.word(), token.begin(), token.end(), label.tag(), label.lemma()));
      }
      tagged.add(sentence.withTokens(tokens));
    }
    return tagged;
  }
}
