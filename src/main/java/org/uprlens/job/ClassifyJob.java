package org.uprlens.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.uprlens.BuildInfo;
import org.uprlens.classify.ModelStore;
import org.uprlens.ingest.DocumentReader;
import org.uprlens.ingest.InputFiles;
import org.uprlens.ingest.InputFiles.InputFile;
import org.uprlens.ingest.Reject;
import org.uprlens.ingest.RejectReason;
import org.uprlens.nlp.Pipelines;
import org.uprlens.sink.OutputSchema;
import org.uprlens.sink.RunManifest;

/**
 * The classify job, as a list of named steps: load the model, list the inputs, analyse every file, write the
 * tables, check that every input is accounted for, write {@code _run.json} and the report {@code _report.md}.
 */
public final class ClassifyJob {

  /** What to overwrite: nothing (error if the output exists) or the whole output folder. */
  public enum WriteMode { ERROR, OVERWRITE }

  /**
   * @param master null: spark-submit's --master, else {@code local[*]}
   * @param model model directory, or null for the model bundled in the jar
   * @param partitions 0: chosen from the input
   */
  public record Options(List<String> inputs, String output, String master, java.nio.file.Path model,
                        WriteMode mode, long maxBytes, int partitions, boolean ui) {
    public Options {
      inputs = List.copyOf(inputs);
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("at least one --input is needed");
      }
      if (partitions < 0) {
        throw new IllegalArgumentException("partitions must be >= 0: " + partitions);
      }
    }
  }

  private final Options options;
  private final Consumer<String> log;

  public ClassifyJob(Options options, Consumer<String> log) {
    this.options = options;
    this.log = log;
  }

  public RunManifest run() throws IOException {
    Instant started = Instant.now();
    String runId = started.truncatedTo(ChronoUnit.SECONDS).toString().replace(":", "") + "-"
        + UUID.randomUUID().toString().substring(0, 8);

    // Loading the model and, in local mode (this JVM is the executor), the CoreNLP pipelines takes about as long as
    // starting Spark: they load beside it.
    CompletableFuture<ModelStore.Loaded> loading = CompletableFuture.supplyAsync(this::loadModel);
    if (isLocal(master())) {
      CompletableFuture.runAsync(Pipelines::warmUp);
    }
    HeapWatch.start();
    SparkSession spark = startSpark();
    try {
      ModelStore.Loaded model = model(loading);
      log.accept("model " + model.card().modelId() + " (" + (options.model() == null ? "bundled" : options.model())
          + ")");
      Configuration hadoop = spark.sparkContext().hadoopConfiguration();
      String output = resolveOutput(hadoop);

      InputFiles.Listing listing = listInputs(hadoop);
      long totalBytes = listing.files().stream().mapToLong(InputFile::size).sum();
      log.accept(String.format("%d input files (%.1f MB), %d rejected while listing", listing.files().size(),
          totalBytes / 1e6, listing.rejects().size()));

      AnalysePartition.JobCounters counters = new AnalysePartition.JobCounters(spark.sparkContext());
      Dataset<Row> analysed = analyse(spark, listing, model, runId, counters);
      long analysing = System.nanoTime();
      Tally tally;
      try (Progress progress = new Progress(counters, listing.files().size(), totalBytes,
          listing.rejects().size(), System.err, System.console() != null)) {
        tally = tally(analysed);
      }
      Dataset<Row> outcome = tally.sharedContent() ? withoutCopies(analysed, runId) : analysed;
      if (tally.sharedContent()) {
        tally = tally(outcome);
      }
      Map<String, Long> rows = tally.rows();
      double analysisSeconds = (System.nanoTime() - analysing) / 1e9;
      log.accept(String.format("analysed in %.1f s: %d documents, %d recommendations, %d rejects",
          analysisSeconds, rows.get(OutputSchema.DOCUMENTS_TABLE),
          rows.get(OutputSchema.RECOMMENDATIONS_TABLE), rows.get(OutputSchema.REJECTS_TABLE)));

      checkEveryInputAccountedFor(tally, listing);

      long writing = System.nanoTime();
      // A table is written by one task per file (see files()), so the four writes run side by side: the small
      // tables and the documents do not wait for the recommendations, nor each other.
      // Addenda's responses are joined onto their reports' recommendations (see LinkResponses).
      writeConcurrently(List.of(
          () -> writeRows(LinkResponses.recommendations(outcome, rows.get(OutputSchema.RESPONSES_TABLE)),
              OutputSchema.RECOMMENDATIONS_TABLE, output, rows),
          () -> writeTable(outcome, OutputSchema.DOCUMENTS_TABLE, output, rows),
          () -> writeTable(outcome, OutputSchema.RESPONSES_TABLE, output, rows),
          () -> writeTable(outcome, OutputSchema.REJECTS_TABLE, output, rows)));
      double writeSeconds = (System.nanoTime() - writing) / 1e9;

      RunManifest manifest = manifest(runId, started, output, listing, rows, tally.rejectsByReason(), model,
          counters, analysisSeconds, writeSeconds, spark.sparkContext().master(),
          spark.sparkContext().statusTracker().getExecutorInfos());
      writeText(hadoop, output + "/_run.json", manifest.toJson());
      // Blocking: a removal still in flight when Spark stops is logged as a stack trace that looks like a failure.
      analysed.unpersist(true);
      long reporting = System.nanoTime();
      writeText(hadoop, output + "/_report.md", RunReports.of(spark, output, manifest).markdown());
      log.accept(String.format("wrote %s (documents/, recommendations/, responses/, rejects/, _run.json; the report"
          + " _report.md counted in %.1f s)", output, (System.nanoTime() - reporting) / 1e9));
      return manifest;
    } finally {
      spark.stop();
    }
  }

  /** The outcome with each copy of another input file a reject ({@link Copies}). */
  private Dataset<Row> withoutCopies(Dataset<Row> analysed, String runId) {
    Map<String, String> copies = Copies.find(analysed);
    log.accept(copies.size() + " input files have the same content as another file, which is read instead: rejected"
        + " as duplicate");
    return Copies.without(analysed, copies, runId);
  }

  private ModelStore.Loaded loadModel() {
    try {
      return options.model() == null ? ModelStore.loadBundled() : ModelStore.load(options.model());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The loaded model, or the loading's own exception (a missing model says what to do). */
  private static ModelStore.Loaded model(CompletableFuture<ModelStore.Loaded> loading) throws IOException {
    try {
      return loading.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /** --master, else spark-submit's, else all cores of this machine. */
  private String master() {
    return options.master() != null ? options.master() : new SparkConf().get("spark.master", "local[*]");
  }

  private static boolean isLocal(String master) {
    return master.startsWith("local");
  }

  private SparkSession startSpark() {
    SparkConf conf = new SparkConf().setAppName("uprlens-classify");
    String master = master();
    conf.setMaster(master);
    if (isLocal(master)) {
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.ui.enabled", String.valueOf(options.ui()));
    }
    conf.setIfMissing("spark.sql.shuffle.partitions", "8");
    // Kept beside any registrator the user configured, so the job runs whichever serializer is chosen.
    String registrators = conf.get("spark.kryo.registrator", "");
    if (!registrators.contains(KryoClasses.class.getName())) {
      conf.set("spark.kryo.registrator",
          (registrators.isBlank() ? "" : registrators + ",") + KryoClasses.class.getName());
    }
    // The job prints its own progress line (files, tokens/s, ETA); Spark's stage bar would garble it.
    conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /** Refuses to replace an existing output unless asked to; returns the output as an absolute location. */
  private String resolveOutput(Configuration hadoop) throws IOException {
    Path path = JobPaths.hadoopPath(options.output());
    FileSystem fs = path.getFileSystem(hadoop);
    if (fs.exists(path)) {
      if (options.mode() == WriteMode.ERROR) {
        throw new IllegalArgumentException("output already exists: " + options.output()
            + "; choose another --output, or pass --mode overwrite to replace it");
      }
      fs.delete(path, true);
    }
    return path.toString();
  }

  private InputFiles.Listing listInputs(Configuration hadoop) throws IOException {
    List<String> local = new ArrayList<>();
    List<InputFile> files = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    for (String input : options.inputs()) {
      if (JobPaths.isLocal(input)) {
        local.add(input);
      } else {
        listRemote(hadoop, input, files, rejects);
      }
    }
    if (!local.isEmpty()) {
      InputFiles.Listing listing = InputFiles.list(local);
      files.addAll(listing.files());
      rejects.addAll(listing.rejects());
    }
    return new InputFiles.Listing(files, rejects);
  }

  /** hdfs:, s3a: and other Hadoop file systems: globs and folders, recursively. */
  private static void listRemote(Configuration hadoop, String input, List<InputFile> files, List<Reject> rejects)
      throws IOException {
    Path pattern = new Path(input);
    FileSystem fs = pattern.getFileSystem(hadoop);
    var matches = fs.globStatus(pattern);
    if (matches == null || matches.length == 0) {
      throw new IllegalArgumentException("input matches no file: " + input);
    }
    for (var match : matches) {
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
      while (it.hasNext()) {
        LocatedFileStatus status = it.next();
        if (status.isFile()) {
          files.add(new InputFile(status.getPath().toString(), status.getLen()));
        } else {
          rejects.add(new Reject(status.getPath().toString(), RejectReason.UNREADABLE, "not a regular file"));
        }
      }
    }
  }

  private Dataset<Row> analyse(SparkSession spark, InputFiles.Listing listing, ModelStore.Loaded model,
                               String runId, AnalysePartition.JobCounters counters) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    long bytes = listing.files().stream().mapToLong(InputFile::size).sum();
    List<List<InputFile>> bins = bins(listing.files(), partitions(jsc, listing.files().size(), bytes));
    Broadcast<org.uprlens.classify.RecommendationClassifier> classifier = jsc.broadcast(model.classifier());
    Broadcast<SerializableConfiguration> hadoopConf =
        jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
    AnalysePartition analyse = new AnalysePartition(classifier, hadoopConf,
        new DocumentReader.Options(options.maxBytes()), runId, model.card().artifact().sha256(), counters);
    JavaRDD<Row> rows = jsc.parallelize(bins, Math.max(1, bins.size())).mapPartitions(analyse);
    Dataset<Row> analysed = spark.createDataFrame(rows, OutputSchema.OUTCOME);
    List<Row> listingRejects = new ArrayList<>();
    for (Reject r : listing.rejects()) {
      listingRejects.add(OutputSchema.rejectRow(r, runId));
    }
    Dataset<Row> outcome = analysed.union(spark.createDataFrame(listingRejects, OutputSchema.OUTCOME));
    // On local disk, not in the heap: the rows of a big run would otherwise fill the executors' storage memory,
    // and the heap would grow with the input. Reading them back costs little next to the NLP.
    return outcome.persist(StorageLevel.DISK_ONLY());
  }

  /** Input bytes per partition for large inputs: a task of about ten seconds on one core. */
  static final long BYTES_PER_PARTITION = 2L << 20;

  private int partitions(JavaSparkContext jsc, int files, long bytes) {
    if (options.partitions() > 0) {
      return options.partitions();
    }
    return partitions(jsc.defaultParallelism(), files, bytes);
  }

  /**
   * Several partitions per core even out documents of very different lengths; on large inputs, partitions of about
   * {@link #BYTES_PER_PARTITION} keep tasks short, so progress (reported as tasks end) moves and a lost executor
   * costs little. The per-JVM pipelines make a task cheap to start.
   */
  static int partitions(int cores, int files, long bytes) {
    long bySize = (bytes + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION;
    return (int) Math.max(1, Math.min(files, Math.max(cores * 4L, bySize)));
  }

  /** Largest file first into the lightest bin: bins of similar total size whatever the order of the files. */
  static List<List<InputFile>> bins(List<InputFile> files, int n) {
    List<List<InputFile>> bins = new ArrayList<>();
    long[] load = new long[Math.max(1, n)];
    for (int i = 0; i < load.length; i++) {
      bins.add(new ArrayList<>());
    }
    List<InputFile> bySize = new ArrayList<>(files);
    bySize.sort(Comparator.comparingLong(InputFile::size).reversed().thenComparing(InputFile::path));
    for (InputFile file : bySize) {
      int lightest = 0;
      for (int b = 1; b < load.length; b++) {
        if (load[b] < load[lightest]) {
          lightest = b;
        }
      }
      bins.get(lightest).add(file);
      load[lightest] += Math.max(1, file.size());
    }
    bins.removeIf(List::isEmpty);
    return bins;
  }

  /**
   * Rows per table, the rejects per reason (sorted by reason), the sum of the documents' and rejects' path
   * checks (see {@link OutputSchema#pathCheck}), and whether documents share a doc id (see {@link Copies}).
   */
  record Tally(Map<String, Long> rows, Map<String, Long> rejectsByReason, long pathChecks, boolean sharedContent) {}

  /**
   * The action that runs the analysis: rows per table, rejects per reason and the path checks, in one pass over the
   * small top-level columns.
   */
  private static Tally tally(Dataset<Row> outcome) {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : List.of(OutputSchema.DOCUMENTS_TABLE, OutputSchema.RECOMMENDATIONS_TABLE,
        OutputSchema.REJECTS_TABLE, OutputSchema.RESPONSES_TABLE)) {
      rows.put(table, 0L);
    }
    Map<String, Long> byReason = new TreeMap<>();
    long pathChecks = 0;
    // Without adaptive execution for this one small aggregation: with it, Spark first fills the cache in a job of
    // its own and then reads every cached row back for the counts (about 0.7 s at 50 MB); without, the counts are
    // taken as the rows are analysed and cached.
    var conf = outcome.sparkSession().conf();
    String adaptive = conf.get("spark.sql.adaptive.enabled", "true");
    List<Row> counted;
    conf.set("spark.sql.adaptive.enabled", "false");
    try {
      counted = outcome.groupBy("table", "reason").agg(count(lit(1)), sum("path_check"), countDistinct("doc_id"))
          .collectAsList();
    } finally {
      conf.set("spark.sql.adaptive.enabled", adaptive);
    }
    boolean shared = false;
    for (Row row : counted) {
      rows.merge(row.getString(0), row.getLong(2), Long::sum);
      shared |= OutputSchema.DOCUMENTS_TABLE.equals(row.getString(0)) && row.getLong(4) < row.getLong(2);
      pathChecks += row.getLong(3);
      if (OutputSchema.REJECTS_TABLE.equals(row.getString(0))) {
        byReason.put(row.getString(1), row.getLong(2));
      }
    }
    return new Tally(rows, byReason, pathChecks, shared);
  }

  /**
   * Every listed input must be exactly one row of documents or rejects: the counts match and so do the path checks.
   * Anything else is a bug, so fail.
   */
  static void checkEveryInputAccountedFor(Tally tally, InputFiles.Listing listing) {
    long accounted = tally.rows().get(OutputSchema.DOCUMENTS_TABLE) + tally.rows().get(OutputSchema.REJECTS_TABLE);
    long listed = 0;
    for (InputFile f : listing.files()) {
      listed += OutputSchema.pathCheck(f.path());
    }
    for (Reject r : listing.rejects()) {
      listed += OutputSchema.pathCheck(r.path());
    }
    if (accounted != listing.total() || tally.pathChecks() != listed) {
      throw new IllegalStateException("input accounting failed: " + listing.total() + " inputs listed, but "
          + accounted + " rows in documents + rejects"
          + (tally.pathChecks() != listed ? ", and their paths are not the listed ones" : ""));
    }
  }

  private static void writeRows(Dataset<Row> table, String name, String output, Map<String, Long> rows) {
    int files = files(rows.get(name), table.sparkSession().sparkContext().defaultParallelism());
    table.coalesce(files).write().mode(SaveMode.ErrorIfExists).parquet(output + "/" + name);
  }

  /** Rows a file gets at least before a table is split across cores: a file of a few MB. */
  static final long ROWS_PER_PARALLEL_FILE = 40_000;
  /** Rows a file gets at most. */
  static final long ROWS_PER_FILE = 1_000_000;

  /**
   * Files for a table of {@code rows}: one for small tables; one per core for tables big enough that each file
   * still holds {@link #ROWS_PER_PARALLEL_FILE} rows (each file is written by its own task, and a single writer
   * was the longest step after the analysis); a file per million rows beyond; never more than 64.
   */
  static int files(long rows, int cores) {
    long parallel = Math.min(cores, rows / ROWS_PER_PARALLEL_FILE);
    long bySize = (rows + ROWS_PER_FILE - 1) / ROWS_PER_FILE;
    return (int) Math.max(1, Math.min(64, Math.max(parallel, bySize)));
  }

  /**
   * Runs the writes as concurrent Spark jobs and waits for all of them, so that none is still running when Spark
   * stops; the first failure is then rethrown.
   */
  static void writeConcurrently(List<Runnable> writes) {
    ExecutorService pool = Executors.newFixedThreadPool(writes.size(), runnable -> {
      Thread t = new Thread(runnable, "uprlens-write");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Runnable write : writes) {
        running.add(pool.submit(write));
      }
      RuntimeException failure = null;
      for (Future<?> f : running) {
        try {
          f.get();
        } catch (ExecutionException e) {
          if (failure == null) {
            failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while writing the tables", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      pool.shutdown();
    }
  }

  private static void writeTable(Dataset<Row> outcome, String table, String output, Map<String, Long> rows) {
    writeRows(LinkResponses.table(outcome, table), table, output, rows);
  }

  private RunManifest manifest(String runId, Instant started, String output, InputFiles.Listing listing,
                               Map<String, Long> rows, Map<String, Long> rejectsByReason, ModelStore.Loaded model,
                               AnalysePartition.JobCounters c, double analysisSeconds, double writeSeconds,
                               String master,
                               org.apache.spark.SparkExecutorInfo[] executors) {
    Instant ended = Instant.now();
    Map<String, Double> stages = new LinkedHashMap<>();
    stages.put("read", c.read.value() / 1e9);
    stages.put("clean", c.clean.value() / 1e9);
    stages.put("nlp", c.nlp.value() / 1e9);
    stages.put("extract", c.extract.value() / 1e9);
    stages.put("classify", c.classify.value() / 1e9);
    stages.put("write", writeSeconds);
    Map<String, Number> work = new LinkedHashMap<>();
    work.put("input_bytes", c.bytes.value());
    work.put("tokens", c.tokens.value());
    work.put("tagged_tokens", c.taggedTokens.value());
    work.put("tag_seconds", c.tag.value() / 1e9);
    double wall = (ended.toEpochMilli() - started.toEpochMilli()) / 1000.0;
    work.put("tokens_per_second", wall > 0 ? Math.round(c.tokens.value() / wall) : 0);
    // Wall time of the analysis alone (read to classify, all tasks), without Spark's start and the write.
    work.put("analysis_wall_seconds", analysisSeconds);
    Map<String, Long> memory = new LinkedHashMap<>();
    memory.put("executor_peak_heap_mb", c.peakHeap.value() >> 20);
    memory.put("executor_peak_live_heap_mb", c.peakLiveHeap.value() >> 20);
    memory.put("executor_max_heap_mb", c.maxHeap.value() >> 20);
    memory.put("driver_peak_heap_mb", HeapWatch.peakUsed() >> 20);
    memory.put("driver_peak_live_heap_mb", HeapWatch.peakLive() >> 20);
    memory.put("driver_max_heap_mb", HeapWatch.max() >> 20);
    Map<String, Long> loads = new LinkedHashMap<>();
    // Executors registered at the end of the run (local mode: the driver JVM is the one executor).
    loads.put("executors", (long) Math.max(1, executors.length - 1));
    loads.put("executor_jvms", c.executorJvms.value());
    loads.put("corenlp_pipelines", c.pipelineLoads.value());
    loads.put("models", c.modelLoads.value());
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("mode", options.mode().name().toLowerCase(java.util.Locale.ROOT));
    opts.put("max_bytes", options.maxBytes());
    opts.put("partitions", options.partitions());
    return new RunManifest(runId, started.toString(), ended.toString(),
        wall, options.inputs(), output, master,
        new RunManifest.Counts(listing.total(), rows.get(OutputSchema.DOCUMENTS_TABLE),
            rows.get(OutputSchema.RECOMMENDATIONS_TABLE), rows.get(OutputSchema.REJECTS_TABLE)),
        rejectsByReason,
        new RunManifest.Model(model.card().modelId(), model.card().artifact().sha256(),
            options.model() == null ? "bundled:" + ModelStore.BUNDLED : options.model().toString()),
        BuildInfo.versions(), stages, work, loads, memory, opts);
  }

  private static void writeText(Configuration hadoop, String location, String text) throws IOException {
    Path path = new Path(location);
    try (OutputStream out = path.getFileSystem(hadoop).create(path, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
