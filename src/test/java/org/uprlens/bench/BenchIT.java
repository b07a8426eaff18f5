package org.uprlens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uprlens.cli.Main;

/**
 * The bench command end to end on a tiny corpus from the samples: it runs, and its JSON holds the figures the
 * README and the issue name. Speed itself is not asserted here: it is measured by the command, on a quiet machine.
 */
class BenchIT {
  @TempDir
  Path dir;

  @Test
  void theBenchWritesItsFigures() throws Exception {
    Path json = dir.resolve("bench.json");
    assertEquals(0, Main.execute("bench", "--source", "jobs/samples", "--mb", "1", "--no-scaling", "--heap", "1g",
        "--repeat", "2", "--work", dir.resolve("work").toString(), "--json", json.toString()));
    JsonNode f = new ObjectMapper().readTree(json.toFile());
    for (String key : new String[] {"job_tokens_per_s", "limit_tokens_per_s", "ratio_to_limit",
        "analysis_ratio_to_limit", "cores"}) {
      assertTrue(f.get(key).asDouble() > 0, key + " in " + f);
    }
    assertTrue(f.get("limit_tokenizer_compiled").asBoolean(), "the test JVM has the build's JIT flags: " + f);
    assertTrue(f.get("limit_default_jvm_tokens_per_s").asDouble() > 0, "the reference limit, default JVM: " + f);
    assertTrue(f.get("ratio_to_default_jvm_limit").asDouble() > 0, f.toString());
    assertEquals(2, f.get("repeat").asInt());
    assertEquals(2, f.get("runs").size(), "--repeat 2 runs the job twice: " + f.get("runs"));
    long fastest = Math.max(f.get("runs").get(0).get("tokens_per_s").asLong(),
        f.get("runs").get(1).get("tokens_per_s").asLong());
    assertEquals(fastest, f.get("job_tokens_per_s").asLong(), "the figure is the faster run's: " + f);
    JsonNode run = f.get("runs").get(0);
    assertEquals(run.get("files").asInt(), run.get("documents").asInt(), "every corpus file is a document");
    assertTrue(run.get("tokens").asLong() > 100_000, run.toString());
    long heap = f.get("peak_heap_mb").get("1").asLong();
    assertTrue(heap > 0 && heap <= 1024, "peak heap within -Xmx1g: " + heap);
  }
}
