package org.uprlens;

import java.io.Serializable;

/** Nanoseconds one document spent in each stage; summed over documents by the job. */
public record StageTimes(long read, long clean, long nlp, long extract, long classify) implements Serializable {
  public static final StageTimes ZERO = new StageTimes(0, 0, 0, 0, 0);
}
