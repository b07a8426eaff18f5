package org.uprlens.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uprlens.ingest.RejectReason;

class CopiesTest {
  @Test
  void theFirstPathInSortOrderIsReadAndEachOtherCopyNamesIt() {
    Map<String, String> copies = Copies.of(Map.of(
        "d1", List.of("s3a://b/z/report.pdf", "s3a://b/a/report.pdf.gz", "s3a://b/m/report.pdf"),
        "d2", List.of("s3a://b/notes.txt")));
    assertEquals(Map.of("s3a://b/m/report.pdf", "s3a://b/a/report.pdf.gz",
        "s3a://b/z/report.pdf", "s3a://b/a/report.pdf.gz"), copies);
    var reject = Copies.reject("s3a://b/z/report.pdf", "s3a://b/a/report.pdf.gz");
    assertEquals(RejectReason.DUPLICATE, reject.reason());
    assertEquals("the same content as s3a://b/a/report.pdf.gz, which is read instead", reject.detail());
  }
}
