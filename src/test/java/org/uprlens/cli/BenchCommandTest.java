package org.uprlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTest {

  @Test
  void sizesGivenReplaceTheDefault() {
    BenchCommand bench = new BenchCommand();
    new CommandLine(bench).parseArgs("--mb", "50", "500");
    assertEquals(List.of(50, 500), bench.sizes);
    BenchCommand byDefault = new BenchCommand();
    new CommandLine(byDefault).parseArgs();
    assertEquals(List.of(50), byDefault.sizes);
  }
}
