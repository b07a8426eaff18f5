package org.uprlens.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Needs: document text. Produces: its sentences, with tokens and offsets into that text (CoreNLP tokenize,ssplit).
 *
 * <p>It runs CoreNLP's own tokenizer and sentence splitter, configured as {@link Pipelines#SPLIT} configures them,
 * but not through the annotator pipeline: the annotators also write newline flags, token indexes and sentence
 * maps into every token's annotation map, which this job never reads and which cost about as much as the
 * tokenizer itself. {@code SentenceSplitterTest} checks that both give the same sentences and tokens.
 */
public final class SentenceSplitter {
  private static final TokenizerFactory<CoreLabel> TOKENIZER =
      PTBTokenizer.factory(new CoreLabelTokenFactory(), Pipelines.TOKENIZER_OPTIONS);
  private static final WordToSentenceProcessor<CoreLabel> SPLITTER = new WordToSentenceProcessor<>(
      null, null, null, null, Pipelines.NEWLINE_IS_SENTENCE_BREAK, null, null);

  public List<Sentence> split(String text) {
    // As CoreNLP's tokenize annotator does: some lexer rules need one character after a token to match.
    List<CoreLabel> labels = TOKENIZER.getTokenizer(new StringReader(text + " ")).tokenize();
    List<List<CoreLabel>> groups = SPLITTER.process(labels);
    List<Sentence> sentences = new ArrayList<>(groups.size());
    for (List<CoreLabel> group : groups) {
      List<Token> tokens = new ArrayList<>(group.size());
      for (CoreLabel label : group) {
        tokens.add(new Token(label.word(), label.beginPosition(), label.endPosition(), null, null));
      }
      if (!tokens.isEmpty()) {
        sentences.add(new Sentence(sentences.size(), tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(),
            tokens));
      }
    }
    return sentences;
  }
}
