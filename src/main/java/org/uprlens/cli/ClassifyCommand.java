package org.uprlens.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.uprlens.ingest.DocumentReader;
import org.uprlens.job.ClassifyJob;
import org.uprlens.sink.RunManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "classify", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 100,
    description = {
        "Find the recommendations in documents and label them; write Parquet.",
        "",
        "Reads every file under the inputs, finds the recommendations in them, labels each one with the model and"
            + " writes Parquet tables: DIR/documents (one row per input file), DIR/recommendations (one row per"
            + " recommendation), DIR/rejects (one row per file that could not be analysed, with the reason) and"
            + " DIR/_run.json (counts, model, versions, seconds per stage). A bad file never stops the run.",
        "",
        "Formats, told by content: PDF, Word (.docx, .doc), RTF, OpenDocument, PowerPoint (.pptx, .ppt), HTML,"
            + " plain text, Markdown, subtitles (.srt, .vtt), e-mail (.eml), XML, and tables of recommendations (.csv,"
            + " .tsv, Excel, JSON);"
            + " any of them gzip-compressed (.gz) or alone in a ZIP. A file with the same content as another is"
            + " read once.",
        ""})
final class ClassifyCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
      description = "Files, folders (read recursively) or globs such as 'docs/**/*.txt' (quote globs). Local paths,"
          + " or file:, hdfs:, s3a: URIs.")
  List<String> inputs;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Output folder (local path or URI). Must not exist unless --mode overwrite.")
  String output;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master: local[*], local[N], spark://host:port, yarn, k8s://... Default: the master"
          + " spark-submit was given, else local[*] (all cores of this machine).")
  String master;

  @Option(names = "--model", paramLabel = "DIR",
      description = "Model folder with model-card.json. Default: the shipped model (models/default, in the jar).")
  Path model;

  @Option(names = "--mode", defaultValue = "error", paramLabel = "MODE",
      description = "What to do when --output exists: error (default) stops without touching it; overwrite"
          + " replaces it.")
  ClassifyJob.WriteMode mode;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + DocumentReader.Options.DEFAULT_MAX_BYTES,
      description = "Files larger than this are rejected as too_large without being read. Default: ${DEFAULT-VALUE}.")
  long maxBytes;

  @Option(names = "--max-reject-rate", paramLabel = "R", defaultValue = "0.2",
      description = "When more than this share of the input files are rejected, the run still writes its output but"
          + " exits with code 3, so a pipeline notices. Default: ${DEFAULT-VALUE}.")
  double maxRejectRate;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Spark partitions to analyse in. Default: 4 per core, at most one per file.")
  int partitions;

  @Option(names = "--ui", description = "Keep the Spark web UI on in local mode (it is off by default there).")
  boolean ui;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    RejectRate.validate(maxRejectRate);
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("--max-bytes must be positive: " + maxBytes);
    }
    ClassifyJob job = new ClassifyJob(new ClassifyJob.Options(inputs, output, master, model, mode, maxBytes,
        partitions, ui), message -> System.err.println("uprlens: " + message));
    RunManifest run = job.run();
    System.out.printf("run %s: %d input files -> %d documents, %d recommendations, %d rejects in %.1f s"
            + " (%d tokens)%n", run.runId(), run.counts().inputFiles(), run.counts().documents(),
        run.counts().recommendations(), run.counts().rejects(), run.wallSeconds(),
        run.work().get("tokens").longValue());
    System.out.println("output: " + run.output());
    return RejectRate.check(run.counts().rejects(), run.counts().inputFiles(), maxRejectRate, run.rejectsByReason());
  }
}
