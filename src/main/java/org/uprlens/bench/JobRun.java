package org.uprlens.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.uprlens.sink.RunManifest;

/**
 * One run of the classify job in its own JVM (local[N], the given heap), as a user would start it: end-to-end wall
 * time including JVM and Spark start, peak resident memory from the operating system, and the run's own
 * {@code _run.json}. In local mode the driver and the executor are the same JVM.
 */
public final class JobRun {
  /**
   * @param wallSeconds the whole process
   * @param cpuSeconds CPU time of the process (user + system), -1 where unknown: tokens per CPU second do not
   *     depend on what else runs on the machine, wall times do
   * @param peakRssMb resident set high-water mark, -1 where unknown
   * @param confined whether the process was held to {@code cores} CPUs (JIT and GC threads included)
   */
  public record Result(int cores, double wallSeconds, double cpuSeconds, long peakRssMb, boolean confined,
                       RunManifest run) {
    public long tokens() {
      return run.work().get("tokens").longValue();
    }

    public double tokensPerSecond() {
      return tokens() / wallSeconds;
    }

    /** Tokens per second of the analysis phase alone: no JVM or Spark start, no checks, no write. */
    public double analysisTokensPerSecond() {
      return tokens() / run.work().get("analysis_wall_seconds").doubleValue();
    }

    public double documentsPerSecond() {
      return run.counts().documents() / wallSeconds;
    }
  }

  private JobRun() {}

  public static Result run(Path corpus, Path output, int cores, String heap) throws IOException,
      InterruptedException {
    List<String> command = new ArrayList<>(confinement(cores, Runtime.getRuntime().availableProcessors()));
    boolean confined = !command.isEmpty();
    command.add(java());
    command.add("-Xmx" + heap);
    if (confined) {
      command.add("-XX:ActiveProcessorCount=" + cores);   // size the JIT and GC thread pools for what it gets
    }
    command.addAll(List.of(jvmFlags().split("\\s+")));
    command.addAll(classArchive(System.getProperty(CLASS_ARCHIVE_PROPERTY)));
    String logConfig = System.getProperty("log4j2.configurationFile");
    if (logConfig != null) {
      command.add("-Dlog4j2.configurationFile=" + logConfig);
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.uprlens.cli.Main", "classify",
        "--master", "local[" + cores + "]", "--input", corpus.toString(), "--output", output.toString(),
        "--mode", "overwrite"));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).inheritIO().start();
    long peakRss = -1;
    double cpu = -1;
    while (!process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      peakRss = Math.max(peakRss, peakRssKb(process.pid()));
      cpu = Math.max(cpu, cpuSeconds(process.pid()));
    }
    double wall = (System.nanoTime() - start) / 1e9;
    if (process.exitValue() != 0) {
      throw new IllegalStateException("the job failed (exit " + process.exitValue() + "): " + command);
    }
    RunManifest run = RunManifest.fromJson(Files.readString(output.resolve("_run.json")));
    return new Result(cores, wall, cpu, peakRss < 0 ? -1 : peakRss >> 10, confined, run);
  }

  /** The java launcher of the running JVM: child JVMs run on the same JDK. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Set by jobs/uprlens when it runs with its class-data archive: the job's JVMs then start from it too. */
  static final String CLASS_ARCHIVE_PROPERTY = "uprlens.classArchive";

  /**
   * The JVM options that start a job from the class-data archive jobs/uprlens recorded (same jar, same classpath),
   * as a user's run through that script starts; none without one.
   */
  static List<String> classArchive(String archive) {
    if (archive == null || archive.isBlank() || !Files.isRegularFile(Path.of(archive))) {
      return List.of();
    }
    return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
  }

  /**
   * A job given fewer cores than the machine has runs on CPUs 0..cores-1 only ({@code taskset}). Without that, a
   * {@code local[1]} JVM still compiles and collects garbage on the other cores, up to half its CPU time on a short
   * run, and "1 core" would not mean one core. Empty (not confined) with all cores, or where taskset is missing.
   */
  static List<String> confinement(int cores, int machineCores) {
    if (cores >= machineCores || TASKSET == null) {
      return List.of();
    }
    return List.of(TASKSET.toString(), "--cpu-list", "0-" + (cores - 1));
  }

  private static final Path TASKSET = onPath("taskset");

  private static Path onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** VmHWM of a Linux process in kB (the kernel keeps the peak), or -1 elsewhere. */
  static long peakRssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux, or the process just ended: keep the last reading.
    }
    return -1;
  }

  /** utime + stime of a Linux process in seconds (clock ticks of 1/100 s), or -1 elsewhere. */
  static double cpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      // Fields after the command name (which may hold spaces), from field 3 on: utime is 14, stime 15.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The JVM options Spark needs on Java 17, as the build wrote them for jobs/uprlens. */
  static String jvmFlags() throws IOException {
    try (InputStream in = JobRun.class.getResourceAsStream("/org/uprlens/jvm-flags.txt")) {
      if (in == null) {
        throw new IllegalStateException("org/uprlens/jvm-flags.txt is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
  }
}
