package org.uprlens.job;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.uprlens.DocumentResult;
import org.uprlens.RecommendationPipeline;
import org.uprlens.StageTimes;
import org.uprlens.classify.RecommendationClassifier;
import org.uprlens.ingest.DocumentReader;
import org.uprlens.ingest.InputFiles.InputFile;
import org.uprlens.nlp.Pipelines;
import org.uprlens.sink.OutputSchema;

/**
 * Needs: a partition holding one bin of input files. Produces: their outcome rows, lazily, one file at a time, so
 * a partition's documents are never all in memory at once. The CoreNLP pipelines are per JVM (see
 * {@link Pipelines}) and the model comes from a broadcast, which Spark deserialises once per executor.
 */
final class AnalysePartition implements FlatMapFunction<Iterator<List<InputFile>>, Row> {
  private static final long serialVersionUID = 1L;

  /** Model objects this JVM has already counted as loaded (identity: one per deserialised broadcast). */
  private static final Set<RecommendationClassifier> SEEN_MODELS =
      Collections.synchronizedSet(Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
  /** Runs this JVM has reported its CoreNLP pipelines to (once per run, whatever the number of tasks). */
  private static final Set<String> REPORTED_RUNS = ConcurrentHashMap.newKeySet();

  private final Broadcast<RecommendationClassifier> model;
  private final Broadcast<SerializableConfiguration> hadoopConf;
  private final DocumentReader.Options ingest;
  private final String runId;
  private final String modelSha256;
  private final JobCounters counters;

  AnalysePartition(Broadcast<RecommendationClassifier> model, Broadcast<SerializableConfiguration> hadoopConf,
                   DocumentReader.Options ingest, String runId, String modelSha256, JobCounters counters) {
    this.model = model;
    this.hadoopConf = hadoopConf;
    this.ingest = ingest;
    this.runId = runId;
    this.modelSha256 = modelSha256;
    this.counters = counters;
  }

  @Override
  public Iterator<Row> call(Iterator<List<InputFile>> bins) {
    RecommendationClassifier classifier = model.value();
    if (SEEN_MODELS.add(classifier)) {
      counters.modelLoads.add(1);
    }
    HeapWatch.start();
    Pipelines.warmUp();
    if (REPORTED_RUNS.add(runId)) {
      counters.executorJvms.add(1);
      counters.pipelineLoads.add(Pipelines.loads());
    }
    RecommendationPipeline pipeline = new RecommendationPipeline(ingest, classifier);
    Configuration conf = hadoopConf.value().value();
    Iterator<InputFile> files = flatten(bins);
    return new Iterator<>() {
      private Iterator<Row> current = Collections.emptyIterator();
      private boolean reported;

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && files.hasNext()) {
          current = analyse(pipeline, conf, files.next()).iterator();
        }
        if (!current.hasNext() && !reported) {
          // Accumulators travel with the task's end, so the heap peaks are reported once, at the end.
          reported = true;
          counters.peakHeap.add(HeapWatch.peakUsed());
          counters.peakLiveHeap.add(HeapWatch.peakLive());
          counters.maxHeap.add(HeapWatch.max());
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private List<Row> analyse(RecommendationPipeline pipeline, Configuration conf, InputFile file) {
    DocumentResult result = pipeline.process(file.path(), file.size(), () -> read(conf, file));
    StageTimes t = result.times();
    counters.addTimes(t);
    counters.bytes.add(file.size());
    if (result.reject() != null) {
      counters.rejects.add(1);
    } else {
      counters.documents.add(1);
      counters.recommendations.add(result.recommendations().size());
    }
    return OutputSchema.toRows(result, runId, modelSha256);
  }

  private byte[] read(Configuration conf, InputFile file) throws IOException {
    Path path = JobPaths.hadoopPath(file.path());
    FileSystem fs = path.getFileSystem(conf);
    try (InputStream in = fs.open(path)) {
      // Bounded: a file that grew since it was listed cannot exhaust the executor.
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, ingest.maxBytes() + 1));
    }
  }

  private static Iterator<InputFile> flatten(Iterator<List<InputFile>> bins) {
    return new Iterator<>() {
      private Iterator<InputFile> bin = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!bin.hasNext() && bins.hasNext()) {
          bin = bins.next().iterator();
        }
        return bin.hasNext();
      }

      @Override
      public InputFile next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return bin.next();
      }
    };
  }

  /** The job's accumulators; created on the driver, added to by tasks. */
  static final class JobCounters implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final LongAccumulator read;
    final LongAccumulator clean;
    final LongAccumulator nlp;
    final LongAccumulator extract;
    final LongAccumulator classify;
    final LongAccumulator documents;
    final LongAccumulator recommendations;
    final LongAccumulator rejects;
    final LongAccumulator pipelineLoads;
    final LongAccumulator modelLoads;
    final LongAccumulator executorJvms;
    final LongAccumulator tag;
    final LongAccumulator tokens;
    final LongAccumulator taggedTokens;
    /** Input bytes of the files done (analysed or rejected): the progress measure, files differ in size. */
    final LongAccumulator bytes;
    final MaxAccumulator peakHeap = new MaxAccumulator();
    final MaxAccumulator peakLiveHeap = new MaxAccumulator();
    final MaxAccumulator maxHeap = new MaxAccumulator();

    JobCounters(org.apache.spark.SparkContext sc) {
      read = sc.longAccumulator("nanos.read");
      clean = sc.longAccumulator("nanos.clean");
      nlp = sc.longAccumulator("nanos.nlp");
      extract = sc.longAccumulator("nanos.extract");
      classify = sc.longAccumulator("nanos.classify");
      documents = sc.longAccumulator("documents");
      recommendations = sc.longAccumulator("recommendations");
      rejects = sc.longAccumulator("rejects");
      pipelineLoads = sc.longAccumulator("corenlp.pipeline.loads");
      modelLoads = sc.longAccumulator("model.loads");
      executorJvms = sc.longAccumulator("executor.jvms");
      tag = sc.longAccumulator("nanos.nlp.tag");
      tokens = sc.longAccumulator("tokens");
      taggedTokens = sc.longAccumulator("tokens.tagged");
      bytes = sc.longAccumulator("bytes.done");
      sc.register(peakHeap, "executor.heap.peak");
      sc.register(peakLiveHeap, "executor.heap.peak.live");
      sc.register(maxHeap, "executor.heap.max");
    }

    void addTimes(StageTimes t) {
      read.add(t.read());
      clean.add(t.clean());
      nlp.add(t.nlp());
      extract.add(t.extract());
      classify.add(t.classify());
      tag.add(t.tag());
      tokens.add(t.tokens());
      taggedTokens.add(t.taggedTokens());
    }

    /** Files done so far, analysed or rejected. */
    long filesDone() {
      return documents.value() + rejects.value();
    }
  }
}
