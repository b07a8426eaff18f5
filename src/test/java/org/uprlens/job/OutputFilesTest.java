package org.uprlens.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class OutputFilesTest {

  @Test
  void smallTablesGetOneFile() {
    assertEquals(1, ClassifyJob.files(0, 2));
    assertEquals(1, ClassifyJob.files(741, 2));
    assertEquals(1, ClassifyJob.files(79_999, 2), "two files would hold under 40,000 rows each");
  }

  @Test
  void bigTablesAreWrittenByEveryCoreButNeverInTinyFiles() {
    assertEquals(2, ClassifyJob.files(86_087, 2));
    assertEquals(2, ClassifyJob.files(86_087, 200), "files of at least 40,000 rows, whatever the cluster");
    assertEquals(2, ClassifyJob.files(862_454, 2));
    assertEquals(21, ClassifyJob.files(862_454, 200));
  }

  @Test
  void hugeTablesGetAFilePerMillionRowsAtMost64() {
    assertEquals(3, ClassifyJob.files(2_500_000, 2));
    assertEquals(64, ClassifyJob.files(500_000_000, 2));
  }

  @Test
  void aFailedWriteIsRethrownOnlyAfterTheOthersHaveEnded() {
    IllegalStateException failure = new IllegalStateException("disk full");
    CountDownLatch failed = new CountDownLatch(1);
    AtomicBoolean slowEnded = new AtomicBoolean();
    Runnable slow = () -> {
      try {
        assertTrue(failed.await(10, TimeUnit.SECONDS), "the writes run side by side");
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      slowEnded.set(true);
    };
    Runnable failing = () -> {
      failed.countDown();
      throw failure;
    };
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> ClassifyJob.writeConcurrently(List.of(slow, failing)));
    assertSame(failure, thrown);
    assertTrue(slowEnded.get(), "nothing still writing when the failure is reported");
  }
}
