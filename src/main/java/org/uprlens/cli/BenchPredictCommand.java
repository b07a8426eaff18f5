package org.uprlens.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.uprlens.classify.ModelStore;
import org.uprlens.classify.Prediction;
import org.uprlens.classify.RecommendationClassifier;
import org.uprlens.train.TrainingExample;
import org.uprlens.train.TrainingSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-predict", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 100,
    description = {
        "Measure prediction speed: recommendations labelled per second on one core.",
        "",
        "Labels the rows of the CSV files (text and context, as the job passes them) over and over on one thread:"
            + " a warm-up, then --seconds of timed passes. Prints recommendations per second of the thread's CPU time"
            + " (per core, even on a shared machine) and per wall second.",
        ""})
final class BenchPredictCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, arity = "1..*", paramLabel = "CSV",
      description = "CSV files in the training format (labels are not used).")
  List<Path> data;

  @Option(names = "--model", paramLabel = "DIR", description = "Model folder. Default: the shipped model.")
  Path model;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
      description = "Timed seconds after a warm-up of the same length. Default: ${DEFAULT-VALUE}.")
  double seconds;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    RecommendationClassifier classifier = (model == null ? ModelStore.loadBundled() : ModelStore.load(model))
        .classifier();
    List<TrainingExample> rows = TrainingSet.load(data).examples();
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no rows with text in " + data);
    }
    run(classifier, rows, seconds);
    double[] result = run(classifier, rows, seconds);
    System.out.printf("model %s: %,.0f predictions on 1 thread in %.1f s of CPU time (%.1f s wall) ="
            + " %,.0f recommendations/s per core (%,.0f per wall second); mean text %.0f characters, %d distinct rows"
            + " cycled%n", classifier.modelId(), result[0], result[2], result[1], result[0] / result[2],
        result[0] / result[1], rows.stream().mapToInt(r -> r.text().length()).average().orElse(0), rows.size());
    return 0;
  }

  /**
   * Predictions made, wall seconds and CPU seconds of this thread (per core even when other processes share the
   * machine); keeps a checksum so the JIT cannot drop the work.
   */
  private static double[] run(RecommendationClassifier classifier, List<TrainingExample> rows, double seconds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    long n = 0;
    double checksum = 0;
    while (System.nanoTime() < deadline) {
      for (TrainingExample row : rows) {
        Prediction p = classifier.predict(row.text(), row.context());
        checksum += p.supportProbability();
        n++;
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    if (Double.isNaN(checksum)) {
      throw new IllegalStateException("a support probability was NaN");
    }
    return new double[] {n, elapsed, cpu};
  }
}
