package org.uprlens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobRunTest {

  @Test
  void aJobOnAllCoresIsNotConfined() {
    assertEquals(List.of(), JobRun.confinement(2, 2));
    assertEquals(List.of(), JobRun.confinement(8, 4));
  }

  @Test
  void aJobOnFewerCoresRunsOnTheFirstCpusWhereTasksetExists() {
    List<String> oneOfFour = JobRun.confinement(1, 4);
    List<String> threeOfFour = JobRun.confinement(3, 4);
    if (!tasksetRuns()) {
      assertEquals(List.of(), oneOfFour, "without taskset the bench says the 1-core run was not confined");
      return;
    }
    assertEquals(List.of("--cpu-list", "0-0"), oneOfFour.subList(1, 3));
    assertEquals(List.of("--cpu-list", "0-2"), threeOfFour.subList(1, 3));
  }

  @Test
  void aJobStartsFromTheClassArchiveOnlyWhenOneWasRecorded(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    assertEquals(List.of(), JobRun.classArchive(null));
    assertEquals(List.of(), JobRun.classArchive(dir.resolve("missing.jsa").toString()));
    java.nio.file.Path archive = java.nio.file.Files.writeString(dir.resolve("uprlens.jsa"), "x");
    assertEquals("-XX:SharedArchiveFile=" + archive, JobRun.classArchive(archive.toString()).get(0));
  }

  /** Asked of the operating system, not of JobRun, so a JobRun that never finds taskset fails the test. */
  private static boolean tasksetRuns() {
    try {
      return new ProcessBuilder("taskset", "--cpu-list", "0", "true").start().waitFor() == 0;
    } catch (java.io.IOException | InterruptedException e) {
      return false;
    }
  }
}
