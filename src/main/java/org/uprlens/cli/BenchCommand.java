package org.uprlens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.uprlens.bench.Corpus;
import org.uprlens.bench.JobRun;
import org.uprlens.bench.SplitLimit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 100,
    description = {
        "Measure the classify job's speed and memory against CoreNLP's sentence-splitting limit.",
        "",
        "Builds a corpus of the requested size from the source folders (copies with varied bytes, so every copy is"
            + " a distinct document), then, for the first size: times CoreNLP tokenize,ssplit alone over it with"
            + " as many threads as cores (the limit: the fastest of 3 passes, after the JIT has warmed up, in this"
            + " JVM, whose flags let the JIT compile CoreNLP's tokenizer), for reference the same in a JVM with"
            + " default flags (the tokenizer interpreted, as CoreNLP users get it), and on"
            + " 1 thread (how far this machine lets even CoreNLP alone scale), runs"
            + " the classify job on all cores and on 1 core (scaling; the 1-core job is held to CPU 0 with"
            + " taskset, so its JIT compiler and garbage collector share that core);"
            + " for each further size runs the job on all cores. Each job runs in its own JVM with the given heap;"
            + " peak heap comes from the job's _run.json, peak RSS from the operating system. Prints a table;"
            + " --json also writes the figures.",
        ""})
final class BenchCommand implements Callable<Integer> {
  /** Timed passes of the limit; the fastest counts (see {@link SplitLimit#measure}). */
  static final int LIMIT_PASSES = 3;

  @Option(names = "--source", arity = "1..*", paramLabel = "DIR",
      description = "Folders of documents to build the corpus from. Default: ../shared/data/upr/documents/"
          + "wg_reports_2008_2014 and ../shared/seeds beside the project.")
  List<Path> sources;

  @Option(names = "--mb", arity = "1..*", paramLabel = "N", defaultValue = "50",
      description = "Corpus sizes in MB (10^6 bytes), e.g. --mb 50 500. Default: ${DEFAULT-VALUE}.")
  List<Integer> sizes;

  @Option(names = "--cores", paramLabel = "N",
      description = "Cores for the job and threads for the limit. Default: all cores of this machine.")
  Integer cores;

  /** The limit is timed on up to this many characters of the corpus. */
  static final long LIMIT_CHARS = 100_000_000;

  @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "1536m",
      description = "Heap (-Xmx) of each job JVM, driver and executor in one in local mode. Default: ${DEFAULT-VALUE}.")
  String heap;

  @Option(names = "--no-scaling", description = "Skip the 1-core run (it takes about twice as long as the other).")
  boolean noScaling;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
      description = "Run each job N times (the all-core and 1-core runs alternating) and keep the fastest of each:"
          + " on a shared or virtual machine single runs vary by 20%% or more. Default: ${DEFAULT-VALUE}.")
  int repeat;

  @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
      description = "Where corpora and outputs go (corpora are reused when they match). Default: ${DEFAULT-VALUE}.")
  Path work;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures to this JSON file.")
  Path json;

  @Override
  public Integer call() throws Exception {
    int machineCores = Runtime.getRuntime().availableProcessors();
    int n = cores == null ? machineCores : cores;
    if (n < 1 || repeat < 1 || sizes.stream().anyMatch(s -> s < 1)) {
      throw new IllegalArgumentException("--cores, --repeat and --mb must be positive: " + n + ", " + repeat + ", "
          + sizes);
    }
    List<Path> from = sources != null ? sources : defaultSources();
    List<Map<String, Object>> runs = new ArrayList<>();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("cores", n);
    figures.put("machine_cores", machineCores);
    figures.put("heap", heap);
    figures.put("sources", from.stream().map(Path::toString).toList());
    Map<String, Object> peakHeap = new LinkedHashMap<>();
    Map<String, Object> peakRss = new LinkedHashMap<>();

    for (int i = 0; i < sizes.size(); i++) {
      int mb = sizes.get(i);
      say("building a %d MB corpus from %s", mb, from);
      Corpus.Built corpus = Corpus.build(from, mb * 1_000_000L, work.resolve("corpus-" + mb + "mb"));
      say("%d files, %.1f MB", corpus.files(), corpus.bytes() / 1e6);
      if (i == 0) {
        say("limit: CoreNLP tokenize,ssplit alone (as the job runs them), %d threads, fastest of %d passes"
            + " (on up to %d M characters)", n, LIMIT_PASSES, LIMIT_CHARS / 1_000_000);
        List<String> texts = Corpus.texts(corpus.dir(), LIMIT_CHARS);
        SplitLimit.Result limit = SplitLimit.measure(texts, n, LIMIT_PASSES);
        figures.put("limit_tokens", limit.tokens());
        figures.put("limit_seconds", round(limit.seconds(), 2));
        figures.put("limit_tokens_per_s", Math.round(limit.tokensPerSecond()));
        figures.put("limit_tokenizer_compiled", SplitLimit.tokenizerCompiled());
        say("limit: %d tokens in %.1f s = %.0f tokens/s", limit.tokens(), limit.seconds(), limit.tokensPerSecond());
        if (Boolean.TRUE.equals(figures.get("limit_tokenizer_compiled"))) {
          say("limit: the same in a JVM with default flags (CoreNLP's tokenizer interpreted), for reference");
          SplitLimit.Result interpreted = SplitLimit.inDefaultJvm(corpus.dir(), LIMIT_CHARS, n, LIMIT_PASSES, heap);
          figures.put("limit_default_jvm_tokens_per_s", Math.round(interpreted.tokensPerSecond()));
          say("limit: default JVM %.0f tokens/s", interpreted.tokensPerSecond());
        }
        if (!noScaling && n > 1) {
          // The machine's own ceiling for the job's scaling: how much faster CoreNLP alone runs on N threads than on
          // one (shared caches, memory bandwidth, virtual CPUs that are not whole cores all show here).
          say("limit: the same on 1 thread, fastest of %d passes", LIMIT_PASSES);
          SplitLimit.Result one = SplitLimit.measure(texts, 1, LIMIT_PASSES);
          figures.put("limit_one_thread_tokens_per_s", Math.round(one.tokensPerSecond()));
          figures.put("limit_scaling_n_vs_1", round(limit.tokensPerSecond() / one.tokensPerSecond(), 3));
          say("limit: 1 thread %.0f tokens/s", one.tokensPerSecond());
        }
      }
      // Repeats alternate the N-core and 1-core runs, so both meet the same spells of a shared machine; the fastest
      // of each counts (the least disturbed), memory is the highest seen.
      boolean scaling = i == 0 && !noScaling && n > 1;
      List<JobRun.Result> fulls = new ArrayList<>();
      List<JobRun.Result> ones = new ArrayList<>();
      for (int r = 0; r < repeat; r++) {
        fulls.add(job(corpus, mb, n, runs));
        if (scaling) {
          ones.add(job(corpus, mb, 1, runs));
        }
      }
      JobRun.Result full = fastest(fulls);
      peakHeap.put(String.valueOf(mb), fulls.stream().mapToLong(f -> jvmPeak(f.run().memory(), "peak_heap_mb"))
          .max().orElse(0));
      peakRss.put(String.valueOf(mb), fulls.stream().mapToLong(JobRun.Result::peakRssMb).max().orElse(0));
      if (i == 0) {
        figures.put("job_tokens_per_s", Math.round(full.tokensPerSecond()));
        figures.put("job_docs_per_s", round(full.documentsPerSecond(), 2));
        double limit = ((Number) figures.get("limit_tokens_per_s")).doubleValue();
        figures.put("ratio_to_limit", round(full.tokensPerSecond() / limit, 3));
        if (figures.get("limit_default_jvm_tokens_per_s") instanceof Number interpreted) {
          figures.put("ratio_to_default_jvm_limit", round(full.tokensPerSecond() / interpreted.doubleValue(), 3));
        }
        // The same without the fixed costs (JVM and Spark start, write), which small inputs cannot amortise.
        figures.put("analysis_tokens_per_s", Math.round(full.analysisTokensPerSecond()));
        figures.put("analysis_ratio_to_limit", round(full.analysisTokensPerSecond() / limit, 3));
        if (scaling) {
          JobRun.Result one = fastest(ones);
          figures.put("scaling_2_vs_1", round(full.tokensPerSecond() / one.tokensPerSecond(), 3));
          figures.put("one_core_confined", one.confined());
          // What the scaling would be on an otherwise idle machine: N x the CPU efficiency ratio.
          if (full.cpuSeconds() > 0 && one.cpuSeconds() > 0) {
            figures.put("cpu_efficiency_n_vs_1", round(one.cpuSeconds() / full.cpuSeconds(), 3));
          }
        }
      }
    }
    figures.put("repeat", repeat);
    figures.put("peak_heap_mb", peakHeap);
    figures.put("peak_rss_mb", peakRss);
    figures.put("runs", runs);
    System.out.print(table(figures, runs));
    if (json != null) {
      Files.writeString(json, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(figures));
      System.out.println("figures: " + json);
    }
    return 0;
  }

  private static JobRun.Result fastest(List<JobRun.Result> results) {
    return results.stream().min(Comparator.comparingDouble(JobRun.Result::wallSeconds)).orElseThrow();
  }

  private JobRun.Result job(Corpus.Built corpus, int mb, int n, List<Map<String, Object>> runs) throws Exception {
    say("classify job, %d MB, local[%d], -Xmx%s", mb, n, heap);
    JobRun.Result r = JobRun.run(corpus.dir(), work.resolve("out-" + mb + "mb-" + n + "cores"), n, heap);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("mb", mb);
    row.put("cores", n);
    row.put("files", corpus.files());
    row.put("bytes", corpus.bytes());
    row.put("documents", r.run().counts().documents());
    row.put("recommendations", r.run().counts().recommendations());
    row.put("rejects", r.run().counts().rejects());
    row.put("tokens", r.tokens());
    row.put("tagged_tokens", r.run().work().get("tagged_tokens"));
    row.put("wall_s", round(r.wallSeconds(), 1));
    row.put("tokens_per_s", Math.round(r.tokensPerSecond()));
    row.put("docs_per_s", round(r.documentsPerSecond(), 2));
    row.put("analysis_s", round(r.run().work().get("analysis_wall_seconds").doubleValue(), 1));
    row.put("analysis_tokens_per_s", Math.round(r.analysisTokensPerSecond()));
    Map<String, Double> stages = new LinkedHashMap<>();
    r.run().stageSeconds().forEach((k, v) -> stages.put(k, round(v, 1)));
    stages.put("nlp_tag", round(r.run().work().get("tag_seconds").doubleValue(), 1));
    row.put("stage_seconds", stages);
    row.put("memory_mb", r.run().memory());
    row.put("peak_rss_mb", r.peakRssMb());
    row.put("cpu_s", round(r.cpuSeconds(), 1));
    row.put("confined_to_cores", r.confined());
    row.put("tokens_per_cpu_s", r.cpuSeconds() > 0 ? Math.round(r.tokens() / r.cpuSeconds()) : -1);
    row.put("loads", r.run().loadsPerRun());
    runs.add(row);
    say("%.1f s, %.0f tokens/s%s", r.wallSeconds(), r.tokensPerSecond(),
        r.confined() ? " (held to CPUs 0-" + (n - 1) + ")" : "");
    return r;
  }

  @SuppressWarnings("unchecked")
  static String table(Map<String, Object> f, List<Map<String, Object>> runs) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%nUPR Lens benchmark, %s cores (machine: %s), job heap %s%n",
        f.get("cores"), f.get("machine_cores"), f.get("heap")));
    out.append(String.format(Locale.ROOT,
        "%-7s %5s %6s %10s %7s %9s %7s %6s | %6s %6s %6s %6s %7s %8s %6s | %9s %9s %7s%n",
        "input", "cores", "files", "tokens", "wall s", "tokens/s", "docs/s", "cpu s", "read", "clean", "nlp", "(tag)",
        "extract", "classify", "write", "heap MB", "live MB", "RSS MB"));
    for (Map<String, Object> r : runs) {
      Map<String, Double> s = (Map<String, Double>) r.get("stage_seconds");
      Map<String, Long> m = (Map<String, Long>) r.get("memory_mb");
      out.append(String.format(Locale.ROOT,
          "%-7s %5d %6d %10d %7.1f %9d %7.2f %6.1f | %6.1f %6.1f %6.1f %6.1f %7.1f %8.1f %6.1f | %9d %9d %7d%n",
          r.get("mb") + " MB", r.get("cores"), r.get("files"), r.get("tokens"), r.get("wall_s"),
          r.get("tokens_per_s"), r.get("docs_per_s"), r.get("cpu_s"), s.get("read"), s.get("clean"), s.get("nlp"), s.get("nlp_tag"),
          s.get("extract"), s.get("classify"), s.get("write"), jvmPeak(m, "peak_heap_mb"),
          jvmPeak(m, "peak_live_heap_mb"), r.get("peak_rss_mb")));
    }
    out.append("stage seconds are summed over task threads (waiting for a core included); write is on the driver;"
        + " heap = peak before a GC (garbage included), live = peak after one (an upper bound of what is live);"
        + " one JVM is driver and executor in local mode\n");
    if (f.get("repeat") instanceof Integer repeat && repeat > 1) {
      out.append(String.format(Locale.ROOT, "each job ran %d times; the figures below come from the fastest run of"
          + " each, memory from the highest%n", repeat));
    }
    Object compiled = f.get("limit_tokenizer_compiled");
    out.append(String.format(Locale.ROOT, "limit (CoreNLP tokenize,ssplit alone, %s threads, fastest of %d passes%s):"
        + " %s tokens/s%n", f.get("cores"), LIMIT_PASSES, Boolean.TRUE.equals(compiled) ? ", tokenizer JIT-compiled"
            : Boolean.FALSE.equals(compiled) ? ", tokenizer interpreted: this JVM lacks -XX:-DontCompileHugeMethods"
            : "", f.get("limit_tokens_per_s")));
    out.append(String.format(Locale.ROOT, "job / limit: %s end to end   (bar: >= 0.5); analysis phase alone: %s"
        + " tokens/s = %s x limit%n", f.get("ratio_to_limit"), f.get("analysis_tokens_per_s"),
        f.get("analysis_ratio_to_limit")));
    if (f.containsKey("limit_default_jvm_tokens_per_s")) {
      out.append(String.format(Locale.ROOT, "for reference, the limit in a JVM with default flags (tokenizer"
          + " interpreted, as CoreNLP users get it): %s tokens/s; job / that: %s (not the bar as measured here)%n",
          f.get("limit_default_jvm_tokens_per_s"), f.get("ratio_to_default_jvm_limit")));
    }
    if (f.containsKey("scaling_2_vs_1")) {
      out.append(String.format(Locale.ROOT,
          "scaling %s cores vs 1: %s   (bar: >= 1.8 for 2 cores; the 1-core job %s)%n",
          f.get("cores"), f.get("scaling_2_vs_1"), Boolean.TRUE.equals(f.get("one_core_confined"))
              ? "ran on CPU 0 only (taskset), JIT and GC included"
              : "was local[1] but not confined: its JIT and GC threads used other cores"));
      if (f.containsKey("limit_scaling_n_vs_1")) {
        out.append(String.format(Locale.ROOT, "the limit itself, %s threads vs 1: %s (%s tokens/s on 1 thread): the"
            + " machine's ceiling for the job's scaling%n", f.get("cores"), f.get("limit_scaling_n_vs_1"),
            f.get("limit_one_thread_tokens_per_s")));
      }
      out.append(String.format(Locale.ROOT, "CPU seconds 1 core / %s cores: %s (1.0 = no work lost to running in"
          + " parallel; wall-time scaling on an idle machine is about cores x this)%n", f.get("cores"),
          f.get("cpu_efficiency_n_vs_1")));
    }
    out.append(String.format(Locale.ROOT, "peak heap (driver + executor JVM) by input MB: %s   (bar: <= 1536 MB)%n",
        f.get("peak_heap_mb")));
    return out.toString();
  }

  /** In local mode the driver and the executor are one JVM: its peak is the larger of the two readings. */
  static long jvmPeak(Map<String, Long> memory, String key) {
    return Math.max(memory.get("executor_" + key), memory.get("driver_" + key));
  }

  private static List<Path> defaultSources() {
    Path shared = Path.of(System.getProperty("uprlens.home", ".")).resolve("../shared").normalize();
    return List.of(shared.resolve("data/upr/documents/wg_reports_2008_2014"), shared.resolve("seeds"));
  }

  private static double round(double v, int places) {
    double scale = Math.pow(10, places);
    return Math.round(v * scale) / scale;
  }

  private static void say(String format, Object... args) {
    System.err.println("bench: " + String.format(Locale.ROOT, format, args));
  }
}
