package org.uprlens.cli;

import java.util.Map;
import org.uprlens.ingest.RejectReason;

/** The --max-reject-rate gate shared by the commands that read input files. */
final class RejectRate {
  private RejectRate() {}

  static void validate(double maxRejectRate) {
    if (!(maxRejectRate >= 0 && maxRejectRate <= 1)) {
      throw new IllegalArgumentException("--max-reject-rate must be between 0 and 1: " + maxRejectRate);
    }
  }

  /**
   * 0 when the share of rejected inputs is within the limit, else {@link Main#TOO_MANY_REJECTS} with a message. A
   * copy of another input ({@code duplicate}) counts neither way: its content is in the output, and a folder of
   * copies is no bad input.
   */
  static int check(long rejects, long inputs, double maxRejectRate, Map<String, Long> byReason) {
    long copies = byReason.getOrDefault(RejectReason.DUPLICATE.code(), 0L);
    rejects -= copies;
    inputs -= copies;
    double rate = inputs == 0 ? 0 : (double) rejects / inputs;
    if (rate <= maxRejectRate) {
      return 0;
    }
    System.err.printf("uprlens: %d of %d input files rejected (%.1f%% > --max-reject-rate %.1f%%): %s%n", rejects,
        inputs, 100 * rate, 100 * maxRejectRate, byReason);
    return Main.TOO_MANY_REJECTS;
  }
}
