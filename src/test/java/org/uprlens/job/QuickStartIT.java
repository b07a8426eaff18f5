package org.uprlens.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uprlens.sink.RunManifest;

/**
 * The README's first command, through the script a user runs: {@code jobs/uprlens classify} over the samples. The
 * script also records the class-data archive the job then starts from.
 */
class QuickStartIT {
  @TempDir
  Path dir;

  @Test
  void theQuickStartCommandRunsTheJobOnTheSamples() throws Exception {
    Path home = Path.of(System.getProperty("uprlens.basedir", "."));
    Path out = dir.resolve("quickstart");
    Path log = dir.resolve("run.log");
    Process p = new ProcessBuilder(List.of(home.resolve("jobs/uprlens").toString(), "classify", "--input",
        home.resolve("jobs/samples").toString(), "--output", out.toString(), "--mode", "overwrite"))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly().waitFor();
    }
    String output = Files.readString(log);
    assertFalse(p.isAlive(), "timed out after 300 s:\n" + output);
    assertEquals(0, p.exitValue(), output);
    assertFalse(output.contains("could not record"), output);
    RunManifest run = RunManifest.fromJson(Files.readString(out.resolve("_run.json")));
    assertEquals(3, run.counts().documents(), output);
    assertEquals(0, run.counts().rejects(), output);
    assertTrue(run.counts().recommendations() > 0, output);
    Path archive = home.resolve("target/uprlens.jsa");
    Path jar = home.resolve("target/uprlens.jar");
    assertTrue(Files.isRegularFile(archive), "the script records target/uprlens.jsa:\n" + output);
    assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0,
        "the archive is the current jar's");
  }
}
