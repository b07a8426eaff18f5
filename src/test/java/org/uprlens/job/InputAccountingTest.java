package org.uprlens.job;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uprlens.ingest.InputFiles;
import org.uprlens.ingest.InputFiles.InputFile;
import org.uprlens.ingest.Reject;
import org.uprlens.ingest.RejectReason;
import org.uprlens.sink.OutputSchema;

class InputAccountingTest {
  private static final InputFiles.Listing LISTING = new InputFiles.Listing(
      List.of(new InputFile("file:/in/a.txt", 10), new InputFile("file:/in/b.txt", 20),
          new InputFile("file:/in/c.pdf", 30)),
      List.of(new Reject("file:/in/d", RejectReason.UNREADABLE, "not a regular file")));

  private static ClassifyJob.Tally tally(long documents, long rejects, String... paths) {
    long checks = 0;
    for (String p : paths) {
      checks += OutputSchema.pathCheck(p);
    }
    return new ClassifyJob.Tally(Map.of(OutputSchema.DOCUMENTS_TABLE, documents,
        OutputSchema.REJECTS_TABLE, rejects), Map.of(), checks, false);
  }

  @Test
  void everyListedInputOnceIsAccountedFor() {
    assertDoesNotThrow(() -> ClassifyJob.checkEveryInputAccountedFor(
        tally(2, 2, "file:/in/a.txt", "file:/in/b.txt", "file:/in/c.pdf", "file:/in/d"), LISTING));
  }

  @Test
  void aMissingInputFails() {
    assertThrows(IllegalStateException.class, () -> ClassifyJob.checkEveryInputAccountedFor(
        tally(2, 1, "file:/in/a.txt", "file:/in/b.txt", "file:/in/d"), LISTING));
  }

  @Test
  void anInputTwiceInPlaceOfAnotherFailsThoughTheCountsMatch() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ClassifyJob.checkEveryInputAccountedFor(
            tally(3, 1, "file:/in/a.txt", "file:/in/a.txt", "file:/in/c.pdf", "file:/in/d"), LISTING));
    assertTrue(e.getMessage().contains("not the listed ones"), e.getMessage());
  }

  @Test
  void pathChecksAreNonNegativeAndTellPathsApart() {
    assertTrue(OutputSchema.pathCheck("") >= 0);
    assertTrue(OutputSchema.pathCheck("file:/in/\u00e9t\u00e9.txt") >= 0);
    assertNotEquals(OutputSchema.pathCheck("file:/in/a.txt"), OutputSchema.pathCheck("file:/in/b.txt"));
  }
}
