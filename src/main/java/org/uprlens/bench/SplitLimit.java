package org.uprlens.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.uprlens.nlp.Sentence;
import org.uprlens.nlp.SentenceSplitter;

/**
 * The job's upper limit: CoreNLP tokenize,ssplit alone over the same texts with the same number of threads, run
 * the way the job runs them ({@link SentenceSplitter}: CoreNLP's tokenizer and splitter, with the job's settings,
 * without the annotator pipeline's bookkeeping, which is slower). Nothing the job does per token can be cheaper.
 */
public final class SplitLimit {
  /** @param tokens tokens found; @param seconds wall time of the timed pass */
  public record Result(long tokens, double seconds, int threads) {
    public double tokensPerSecond() {
      return tokens / seconds;
    }
  }

  private SplitLimit() {}

  /**
   * Whether this JVM compiles CoreNLP's tokenizer: its lexer is one method over HotSpot's 8,000-byte limit, so
   * without {@code -XX:-DontCompileHugeMethods} it runs interpreted, about three times slower. Null when the
   * JVM does not say (not HotSpot).
   */
  public static Boolean tokenizerCompiled() {
    try {
      var hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      return hotspot == null ? null : "false".equals(hotspot.getVMOption("DontCompileHugeMethods").getValue());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The fastest of {@code passes} timed passes over all texts, after a short warm-up. More than one pass: the JIT
   * keeps compiling the tokenizer for several seconds, and a single pass measured here ran 20-35% below the
   * steady state, which made the job look closer to the limit than it is.
   */
  public static Result measure(List<String> texts, int threads, int passes) throws Exception {
    SentenceSplitter splitter = new SentenceSplitter();
    long warm = 0;
    for (int i = 0; i < texts.size() && warm < 3_000_000; i++) {
      splitter.split(texts.get(i));
      warm += texts.get(i).length();
    }
    Result best = null;
    for (int p = 0; p < passes; p++) {
      Result r = timedPass(splitter, texts, threads);
      if (best == null || r.seconds() < best.seconds()) {
        best = r;
      }
    }
    return best;
  }

  /**
   * The same limit in a JVM as CoreNLP users get it: defaults only, so the tokenizer is interpreted. The issue's
   * reference figure (about 400k tokens/s per core) is this one; the bar is judged on {@link #measure}, in a JVM
   * with the job's own flags. Runs {@link #main} in a child JVM with the same class path.
   */
  public static Result inDefaultJvm(Path corpus, long maxChars, int threads, int passes, String heap)
      throws IOException, InterruptedException {
    List<String> command = List.of(JobRun.java(), "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
        SplitLimit.class.getName(), corpus.toString(), String.valueOf(maxChars), String.valueOf(threads),
        String.valueOf(passes));
    // Its log and errors in the same stream: the figures are the last line, a failure's cause is in the rest.
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    int exit = process.waitFor();
    String[] f = out.substring(out.lastIndexOf('\n') + 1).strip().split("\\s+");
    if (exit != 0 || f.length != 3) {
      throw new IOException("the default-JVM limit failed (exit " + exit + "): "
          + out.substring(Math.max(0, out.length() - 2000)));
    }
    return new Result(Long.parseLong(f[0]), Double.parseDouble(f[1]), Integer.parseInt(f[2]));
  }

  /** Args: corpus folder, max characters, threads, passes. Prints "tokens seconds threads" of the fastest pass. */
  public static void main(String[] args) throws Exception {
    Result r = measure(Corpus.texts(Path.of(args[0]), Long.parseLong(args[1])), Integer.parseInt(args[2]),
        Integer.parseInt(args[3]));
    System.out.println(r.tokens() + " " + r.seconds() + " " + r.threads());
  }

  private static Result timedPass(SentenceSplitter splitter, List<String> texts, int threads) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicLong tokens = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      List<Future<?>> done = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
            long n = 0;
            for (Sentence sentence : splitter.split(texts.get(i))) {
              n += sentence.tokens().size();
            }
            tokens.addAndGet(n);
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      return new Result(tokens.get(), (System.nanoTime() - start) / 1e9, threads);
    } finally {
      pool.shutdownNow();
    }
  }
}
