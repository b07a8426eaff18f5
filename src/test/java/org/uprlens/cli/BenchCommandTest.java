package org.uprlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  @Test
  void theSummarySetsTheJobsScalingBesideTheLimitsOwn() {
    Map<String, Object> f = new LinkedHashMap<>(Map.of("cores", 2, "machine_cores", 2, "heap", "1536m",
        "limit_tokens_per_s", 800_000L, "ratio_to_limit", 0.4, "analysis_tokens_per_s", 400_000L,
        "analysis_ratio_to_limit", 0.5, "peak_heap_mb", Map.of("50", 700L)));
    f.put("scaling_2_vs_1", 1.6);
    f.put("one_core_confined", true);
    f.put("cpu_efficiency_n_vs_1", 0.9);
    String without = BenchCommand.table(f, List.of());
    assertTrue(without.contains("scaling 2 cores vs 1: 1.6"), without);
    assertFalse(without.contains("the limit itself"), without);
    f.put("limit_scaling_n_vs_1", 1.55);
    f.put("limit_one_thread_tokens_per_s", 516_129L);
    String with = BenchCommand.table(f, List.of());
    assertTrue(with.contains("the limit itself, 2 threads vs 1: 1.55 (516129 tokens/s on 1 thread)"), with);
  }

  @Test
  void theLimitSaysWhetherTheTokenizerWasCompiled() {
    Map<String, Object> f = new LinkedHashMap<>(Map.of("cores", 2, "limit_tokens_per_s", 3_000_000L,
        "ratio_to_limit", 0.13, "analysis_tokens_per_s", 500_000L, "analysis_ratio_to_limit", 0.17,
        "peak_heap_mb", Map.of("50", 700L)));
    f.put("limit_tokenizer_compiled", true);
    assertTrue(BenchCommand.table(f, List.of()).contains("3 passes, tokenizer JIT-compiled): 3000000 tokens/s"));
    assertFalse(BenchCommand.table(f, List.of()).contains("for reference"));
    f.put("limit_default_jvm_tokens_per_s", 1_000_000L);
    f.put("ratio_to_default_jvm_limit", 0.39);
    assertTrue(BenchCommand.table(f, List.of()).contains("(tokenizer interpreted, as CoreNLP users get it): 1000000"
        + " tokens/s; job / that: 0.39 (not the bar as measured here)"));
    f.put("limit_tokenizer_compiled", false);
    assertTrue(BenchCommand.table(f, List.of()).contains("tokenizer interpreted: this JVM lacks"
        + " -XX:-DontCompileHugeMethods"));
  }
}
