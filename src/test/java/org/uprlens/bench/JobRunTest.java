package org.uprlens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
    if (oneOfFour.isEmpty()) {
      assertTrue(threeOfFour.isEmpty(), "taskset is either there or not");
      return;   // no taskset on this machine: the bench says the 1-core run was not confined
    }
    assertTrue(Files.isExecutable(Path.of(oneOfFour.get(0))), oneOfFour.toString());
    assertEquals(List.of("--cpu-list", "0-0"), oneOfFour.subList(1, 3));
    assertEquals(List.of("--cpu-list", "0-2"), threeOfFour.subList(1, 3));
  }
}
