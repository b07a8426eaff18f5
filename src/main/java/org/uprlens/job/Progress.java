package org.uprlens.job;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress of the analysis on the driver's console, from the job's accumulators: files done of total, input MB,
 * tokens/s, rejects so far and an ETA from the bytes still to do (files differ a lot in size, counts would
 * mislead). On a terminal one line is rewritten in place; otherwise (logs, CI) a line is printed every few
 * seconds. Accumulators reach the driver when a task ends, so the job keeps its tasks short (see ClassifyJob).
 */
final class Progress implements AutoCloseable {
  private final AnalysePartition.JobCounters counters;
  private final long totalFiles;
  private final long totalBytes;
  private final long listingRejects;
  private final PrintStream out;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private final ScheduledExecutorService timer;
  private String last = "";

  Progress(AnalysePartition.JobCounters counters, long totalFiles, long totalBytes, long listingRejects,
           PrintStream out, boolean terminal) {
    this.counters = counters;
    this.totalFiles = totalFiles;
    this.totalBytes = totalBytes;
    this.listingRejects = listingRejects;
    this.out = out;
    this.terminal = terminal;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "uprlens-progress");
      t.setDaemon(true);
      return t;
    });
    long every = terminal ? 1 : 5;
    timer.scheduleAtFixedRate(this::print, every, every, TimeUnit.SECONDS);
  }

  /** The progress line: what a person watching the run needs, in one line. */
  static String line(long files, long totalFiles, long bytes, long totalBytes, long tokens, long rejects,
                     double seconds) {
    double fraction = totalBytes > 0 ? Math.min(1.0, (double) bytes / totalBytes) : 0;
    String eta = fraction > 0 && fraction < 1 ? duration(seconds * (1 - fraction) / fraction) : "-";
    return String.format(Locale.ROOT, "%d/%d files (%.0f%%, %.1f of %.1f MB), %s tokens/s, %d rejects, %s elapsed,"
            + " ETA %s", files, totalFiles, fraction * 100, bytes / 1e6, totalBytes / 1e6,
        thousands(seconds > 0 ? tokens / seconds : 0), rejects, duration(seconds), eta);
  }

  private void print() {
    String line = line(counters.filesDone(), totalFiles, counters.bytes.value(), totalBytes,
        counters.tokens.value(), counters.rejects.value() + listingRejects, (System.nanoTime() - start) / 1e9);
    synchronized (this) {
      if (terminal) {
        // Pad so a shorter line fully covers the previous one.
        out.print("\r" + line + " ".repeat(Math.max(0, last.length() - line.length())));
        out.flush();
      } else if (!line.equals(last)) {
        out.println("uprlens: " + line);
      }
      last = line;
    }
  }

  /** Prints the final state and ends the line. */
  @Override
  public void close() {
    timer.shutdownNow();
    print();
    if (terminal) {
      out.println();
    }
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
        : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
  }

  static String thousands(double perSecond) {
    return perSecond >= 1e6 ? String.format(Locale.ROOT, "%.2fM", perSecond / 1e6)
        : perSecond >= 1e3 ? String.format(Locale.ROOT, "%.1fk", perSecond / 1e3)
        : String.format(Locale.ROOT, "%.0f", perSecond);
  }
}
