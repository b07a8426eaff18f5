package org.uprlens.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
