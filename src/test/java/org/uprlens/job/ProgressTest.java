package org.uprlens.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void theLineSaysWhatIsDoneHowFastAndWhatIsLeft() {
    // A quarter of the bytes in 30 s: three times as long again to go.
    assertEquals("10/40 files (25%, 5.0 of 20.0 MB), 45.0k tokens/s, 2 rejects, 30s elapsed, ETA 1m30s",
        Progress.line(10, 40, 5_000_000, 20_000_000, 1_350_000, 2, 30));
  }

  @Test
  void noEtaBeforeTheFirstTaskEndsNorAfterTheLast() {
    assertEquals("0/3 files (0%, 0.0 of 1.0 MB), 0 tokens/s, 0 rejects, 4s elapsed, ETA -",
        Progress.line(0, 3, 0, 1_000_000, 0, 0, 4));
    assertEquals("3/3 files (100%, 1.0 of 1.0 MB), 2.50M tokens/s, 0 rejects, 1h01m elapsed, ETA -",
        Progress.line(3, 3, 1_000_000, 1_000_000, 9_150_000_000L, 0, 3660));
  }

  @Test
  void partitionsFollowCoresForSmallInputsAndSizeForLargeOnes() {
    assertEquals(3, ClassifyJob.partitions(2, 3, 60_000), "never more partitions than files");
    assertEquals(8, ClassifyJob.partitions(2, 100, 1_000_000), "4 per core");
    // 500 MiB in partitions of 2 MiB.
    assertEquals(250, ClassifyJob.partitions(2, 5_000, 500L << 20));
  }
}
