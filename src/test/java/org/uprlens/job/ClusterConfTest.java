package org.uprlens.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code jobs/cluster.conf} repeats the JIT flags of {@code pom.xml} ({@code jit.flags}) by hand, because a
 * properties file cannot read the pom: this keeps the two from drifting apart.
 */
class ClusterConfTest {
  @Test
  void clusterExecutorsGetTheJitFlagsOfThePom() throws IOException {
    String buildFlags;
    try (InputStream in = ClusterConfTest.class.getResourceAsStream("/org/uprlens/jvm-flags.txt")) {
      assertNotNull(in, "org/uprlens/jvm-flags.txt (filtered from pom.xml) is on the classpath");
      buildFlags = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> jit = Arrays.stream(buildFlags.trim().split("\\s+"))
        .filter(f -> f.startsWith("-XX:") && !f.equals("-XX:+IgnoreUnrecognizedVMOptions")).sorted().toList();
    assertFalse(jit.isEmpty(), "the pom's jit.flags: " + buildFlags);
    String executor = Files.readAllLines(Path.of("jobs/cluster.conf")).stream()
        .filter(l -> l.startsWith("spark.executor.extraJavaOptions")).findFirst()
        .orElseThrow(() -> new AssertionError("jobs/cluster.conf sets no spark.executor.extraJavaOptions"));
    List<String> conf = Arrays.stream(executor.split("\\s+")).skip(1)
        .filter(f -> f.startsWith("-XX:")).sorted().toList();
    assertEquals(jit, conf, "jobs/cluster.conf's executor JIT flags must equal pom.xml's jit.flags");
  }
}
