package org.uprlens;

import java.io.Serializable;

/**
 * What one document cost: nanoseconds in each stage, and the tokens split and POS-tagged (the work measures the
 * job's throughput is expressed in). {@code tag} is the part of {@code nlp} spent tagging candidate sentences.
 */
public record StageTimes(long read, long clean, long nlp, long extract, long classify, long tag, long tokens,
                         long taggedTokens) implements Serializable {
  public static final StageTimes ZERO = new StageTimes(0, 0, 0, 0, 0);

  /** Times of a document that did not reach the NLP stages (no tokens). */
  public StageTimes(long read, long clean, long nlp, long extract, long classify) {
    this(read, clean, nlp, extract, classify, 0, 0, 0);
  }
}
