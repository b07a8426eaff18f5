package org.uprlens.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One CoreNLP pipeline per annotator set per JVM, shared by every task thread (CoreNLP's annotate() is
 * thread-safe). Loading the POS model costs a second or more, so it must never happen per record or partition.
 */
public final class Pipelines {
  private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();
  private static final AtomicInteger LOADS = new AtomicInteger();

  private Pipelines() {}

  /** Sentence splitting: cheap, runs over every character of every document. */
  static final String SPLIT = "tokenize,ssplit";
  /** Characters the tokenizer cannot tokenise are dropped silently instead of a warning logged per character. */
  private static final String UNTOKENIZABLE = "untokenizable=noneDelete";
  /** A blank line ends a sentence (paragraphs, headings, list items); a single line break does not (PDF wrapping). */
  private static final String NEWLINE_BREAK = "two";
  /**
   * What the tokenize annotator passes its tokenizer with the settings below: newlines as tokens, so that the
   * splitter sees blank lines. For {@link SentenceSplitter}, which runs the tokenizer without the annotator.
   */
  static final String TOKENIZER_OPTIONS = "tokenizeNLs," + UNTOKENIZABLE;
  static final WordToSentenceProcessor.NewlineIsSentenceBreak NEWLINE_IS_SENTENCE_BREAK =
      WordToSentenceProcessor.stringToNewlineIsSentenceBreak(NEWLINE_BREAK);
  /** Tagging: about 20 times slower than splitting, so it runs only on candidate sentences. */
  static final String TAG = "pos,lemma";

  static StanfordCoreNLP get(String annotators) {
    return PIPELINES.computeIfAbsent(annotators, Pipelines::build);
  }

  /**
   * CoreNLP's tokenize,ssplit annotator pipeline with the job's settings: what {@link SentenceSplitter} must match.
   * The job splits without it (the splitter runs the same tokenizer and splitter, without the annotators).
   */
  static StanfordCoreNLP splitting() {
    return get(SPLIT);
  }

  /** Builds the pipeline the job needs (the tagger), if this JVM has not yet: the first task pays, the others wait. */
  public static void warmUp() {
    get(TAG);
  }

  /** How many pipelines this JVM has built in its life; the job sums it over executors: the once-per-JVM proof. */
  public static int loads() {
    return LOADS.get();
  }

  private static StanfordCoreNLP build(String annotators) {
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    props.setProperty("tokenize.language", "en");
    props.setProperty("tokenize.options", UNTOKENIZABLE);
    props.setProperty("ssplit.newlineIsSentenceBreak", NEWLINE_BREAK);
    // Tagging is only done on tokens we already have.
    props.setProperty("enforceRequirements", "false");
    // Pathological sentences (tables, lists without punctuation) are not tagged: cost grows with length.
    props.setProperty("pos.maxlen", "250");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    LOADS.incrementAndGet();
    return pipeline;
  }
}
