package org.uprlens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.uprlens.ingest.Document;
import org.uprlens.ingest.DocumentReader;
import org.uprlens.ingest.Ingested;
import org.uprlens.ingest.InputFiles;
import org.uprlens.ingest.Mojibake;
import org.uprlens.ingest.Reject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 100,
    description = {
        "Read and clean documents without NLP or Spark; report what ingest makes of them.",
        "",
        "Lists every file under the inputs like the classify job, reads each one (format, charset, cleaning, kind,"
            + " metadata, outline) on this thread and prints counts by kind, charset, status and reject reason, the"
            + " mojibake check (zero means every document decoded cleanly) and the ingest throughput in MB/s.",
        ""})
final class IngestCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
      description = "Files, folders (read recursively) or globs, on the local file system.")
  List<String> inputs;

  @Option(names = "--json", paramLabel = "FILE",
      description = "Also write the counts and one record per file (kind, charset, symbol, State, session, year,"
          + " language, pages, warnings, or reject reason and detail) as JSON.")
  Path json;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + DocumentReader.Options.DEFAULT_MAX_BYTES,
      description = "Files larger than this are rejected as too_large without being read. Default: ${DEFAULT-VALUE}.")
  long maxBytes;

  @Option(names = "--max-reject-rate", paramLabel = "R", defaultValue = "0.2",
      description = "Exit with code 3 when more than this share of the files is rejected. Default: ${DEFAULT-VALUE}.")
  double maxRejectRate;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    RejectRate.validate(maxRejectRate);
    DocumentReader reader = new DocumentReader(new DocumentReader.Options(maxBytes));
    InputFiles.Listing listing = InputFiles.list(inputs);
    Map<String, Long> kinds = new TreeMap<>();
    Map<String, Long> charsets = new TreeMap<>();
    Map<String, Long> statuses = new TreeMap<>();
    Map<String, Long> reasons = new TreeMap<>();
    Map<String, Long> formats = new TreeMap<>();
    List<Map<String, Object>> files = new ArrayList<>();
    long mojibake = 0;
    long bytes = 0;
    long warned = 0;
    long start = System.nanoTime();
    for (Reject reject : listing.rejects()) {
      reasons.merge(reject.reason().code(), 1L, Long::sum);
      files.add(record(reject));
    }
    for (InputFiles.InputFile file : listing.files()) {
      Ingested ingested = reader.read(file.path(), file.size(), () -> Files.readAllBytes(Path.of(file.path())));
      bytes += file.size();
      if (ingested instanceof Document doc) {
        kinds.merge(doc.info().kind().code(), 1L, Long::sum);
        formats.merge(doc.formatCode(), 1L, Long::sum);
        charsets.merge(doc.charset() == null ? "(binary format)" : doc.charset(), 1L, Long::sum);
        statuses.merge(doc.languageSupported() ? "ok" : "unsupported_language", 1L, Long::sum);
        int traces = Mojibake.count(doc.text()).total();
        mojibake += traces;
        warned += doc.warnings().isEmpty() ? 0 : 1;
        Map<String, Object> row = record(doc);
        row.put("mojibake", traces);
        files.add(row);
      } else {
        Reject reject = (Reject) ingested;
        reasons.merge(reject.reason().code(), 1L, Long::sum);
        files.add(record(reject));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long rejects = reasons.values().stream().mapToLong(Long::longValue).sum();
    long documents = listing.files().size() + listing.rejects().size() - rejects;
    if (documents + rejects != listing.total() || files.size() != listing.total()) {
      throw new IllegalStateException("input accounting failed: " + listing.total() + " inputs, " + documents
          + " documents + " + rejects + " rejects");
    }

    System.out.printf("%d input files, %.1f MB: %d documents, %d rejects%n", listing.total(), bytes / 1e6,
        documents, rejects);
    print("format", formats);
    print("kind", kinds);
    print("charset", charsets);
    print("status", statuses);
    print("reject reason", reasons);
    System.out.printf("documents with warnings: %d%n", warned);
    System.out.printf("mojibake traces (U+FFFD, C1 controls, wrong-charset sequences): %d%n", mojibake);
    System.out.printf("ingest throughput: %.2f MB/s (%.1f MB in %.2f s, one thread)%n", bytes / 1e6 / seconds,
        bytes / 1e6, seconds);

    if (json != null) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("inputs", inputs);
      out.put("input_files", listing.total());
      out.put("documents", documents);
      out.put("rejects", rejects);
      out.put("bytes", bytes);
      out.put("seconds", seconds);
      out.put("mb_per_second", bytes / 1e6 / seconds);
      out.put("mojibake", mojibake);
      out.put("formats", formats);
      out.put("kinds", kinds);
      out.put("charsets", charsets);
      out.put("statuses", statuses);
      out.put("reject_reasons", reasons);
      out.put("files", files);
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), out);
      System.out.println("wrote " + json);
    }
    return RejectRate.check(rejects, listing.total(), maxRejectRate, reasons);
  }

  private static void print(String title, Map<String, Long> counts) {
    System.out.printf("%n| %-28s | %6s |%n|%s|%s|%n", title, "files", "-".repeat(30), "-".repeat(8));
    counts.forEach((key, n) -> System.out.printf("| %-28s | %6d |%n", key, n));
    if (counts.isEmpty()) {
      System.out.printf("| %-28s | %6d |%n", "(none)", 0);
    }
  }

  private static Map<String, Object> record(Document doc) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("path", doc.path());
    row.put("status", doc.languageSupported() ? "ok" : "unsupported_language");
    row.put("kind", doc.info().kind().code());
    row.put("kind_evidence", doc.info().kindEvidence());
    row.put("format", doc.formatCode());
    row.put("charset", doc.charset());
    row.put("symbol", doc.info().symbol());
    row.put("state_under_review", doc.info().stateUnderReview());
    row.put("session", doc.info().session());
    row.put("cycle", doc.info().cycle());
    row.put("year", doc.info().year());
    row.put("language", doc.info().language());
    row.put("publisher", doc.info().publisher());
    row.put("pages", doc.pages());
    row.put("chars", doc.text().length());
    row.put("paragraphs", doc.outline().paragraphs().size());
    row.put("sections", doc.outline().sections().size());
    row.put("warnings", doc.warnings());
    return row;
  }

  private static Map<String, Object> record(Reject reject) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("path", reject.path());
    row.put("status", "rejected");
    row.put("reason", reject.reason().code());
    row.put("detail", reject.detail());
    return row;
  }
}
