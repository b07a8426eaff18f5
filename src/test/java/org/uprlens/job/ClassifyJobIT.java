package org.uprlens.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uprlens.cli.Main;
import org.uprlens.classify.ModelStore;
import org.uprlens.sink.OutputSchema;
import org.uprlens.sink.RunManifest;

/** The real job on local Spark over the bundled samples plus bad files; output read back with DuckDB. */
class ClassifyJobIT {
  @TempDir
  static Path dir;
  static Path input;
  static Path output;
  static int exit;

  @BeforeAll
  static void runJob() throws IOException {
    input = dir.resolve("in");
    Files.createDirectories(input.resolve("bad"));
    try (Stream<Path> samples = Files.list(Path.of("jobs/samples"))) {
      for (Path sample : samples.toList()) {
        Files.copy(sample, input.resolve(sample.getFileName()));
      }
    }
    Files.write(input.resolve("bad/empty.txt"), new byte[0]);
    Files.write(input.resolve("bad/binary.dat"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3});
    Files.writeString(input.resolve("bad/scan.pdf"), "%PDF-1.4\n%binary\n", StandardCharsets.ISO_8859_1);
    Files.writeString(input.resolve("bad/huge.txt"), "x".repeat(5000));
    Files.createSymbolicLink(input.resolve("bad/loop"), input);
    output = dir.resolve("out");
    exit = Main.execute("classify", "--input", input.toString(), "--output", output.toString(),
        "--max-bytes", "4096");
  }

  @Test
  void everyInputFileIsADocumentOrAReject() throws Exception {
    // 5 of 8 inputs rejected is over the default --max-reject-rate 0.2: output written, exit code 3.
    assertEquals(3, exit);
    try (Duck duck = new Duck()) {
      assertEquals(3, duck.count("SELECT count(*) FROM " + Duck.table(output, "documents")));
      List<Map<String, Object>> rejects = duck.rows("SELECT split_part(path, '/', -1) AS file, reason FROM "
          + Duck.table(output, "rejects") + " ORDER BY file");
      assertEquals(List.of(
              Map.of("file", "binary.dat", "reason", "not_text"),
              Map.of("file", "empty.txt", "reason", "empty"),
              Map.of("file", "huge.txt", "reason", "too_large"),
              Map.of("file", "loop", "reason", "symlink_loop"),
              Map.of("file", "scan.pdf", "reason", "damaged")),
          rejects);
    }
  }

  @Test
  void tablesHaveTheDocumentedColumns() throws Exception {
    try (Duck duck = new Duck()) {
      assertEquals(names(OutputSchema.DOCUMENTS), duck.columns(output, "documents"));
      assertEquals(names(OutputSchema.RECOMMENDATIONS), duck.columns(output, "recommendations"));
      assertEquals(names(OutputSchema.REJECTS), duck.columns(output, "rejects"));
    }
  }

  @Test
  void recommendationsAreLabelledByTheShippedModel() throws Exception {
    String modelId = ModelStore.loadBundled().card().modelId();
    try (Duck duck = new Duck()) {
      String recs = Duck.table(output, "recommendations");
      long n = duck.count("SELECT count(*) FROM " + recs);
      assertTrue(n >= 10, n + " recommendations in the samples");
      assertEquals(n, duck.count("SELECT count(*) FROM " + recs + " WHERE model_id = '" + modelId
          + "' AND len(issues) >= 1 AND len(categories) >= 1 AND support_probability BETWEEN 0 AND 1"
          + " AND support_predicted IN ('Supported', 'Noted') AND cardinality(issue_scores) >= 1"
          + " AND action_category BETWEEN 1 AND 5 AND action_probability > 0 AND action_probability <= 1"));
      assertEquals(n, duck.count("SELECT count(DISTINCT rec_id) FROM " + recs));
      long withActor = duck.count("SELECT count(*) FROM " + recs + " WHERE actor IS NOT NULL");
      assertTrue(withActor >= n * 0.8, withActor + " of " + n + " with an actor");
      assertEquals(n, duck.count("SELECT sum(recommendations) FROM " + Duck.table(output, "documents")));
      // Offsets point into the document: the text at [char_start, char_end) is the recommendation.
      assertEquals(0, duck.count("SELECT count(*) FROM " + recs + " WHERE char_start >= char_end"));
    }
  }

  @Test
  void theRunManifestAccountsForTheRun() throws IOException {
    RunManifest run = RunManifest.fromJson(Files.readString(output.resolve("_run.json")));
    assertEquals(8, run.counts().inputFiles());
    assertEquals(3, run.counts().documents());
    assertEquals(5, run.counts().rejects());
    assertEquals(Map.of("empty", 1L, "not_text", 1L, "symlink_loop", 1L, "too_large", 1L,
        "damaged", 1L), run.rejectsByReason());
    assertEquals(ModelStore.loadBundled().card().artifact().sha256(), run.model().sha256());
    assertEquals(List.of("read", "clean", "nlp", "extract", "classify", "write"),
        List.copyOf(run.stageSeconds().keySet()));
    assertTrue(run.stageSeconds().get("nlp") > 0);
    // local[*] is one JVM: its CoreNLP pipeline (the tagger) and the model were each loaded once.
    assertEquals(1, run.loadsPerRun().get("executor_jvms"));
    assertEquals(1, run.loadsPerRun().get("corenlp_pipelines"));
    assertEquals(1, run.loadsPerRun().get("models"));
    assertEquals("3.1.1", run.versions().get("smile"));
    // Only candidate sentences are tagged: fewer tokens than split, but some.
    long tokens = run.work().get("tokens").longValue();
    long tagged = run.work().get("tagged_tokens").longValue();
    assertTrue(tokens > 1000 && tagged > 0 && tagged < tokens, tokens + " tokens, " + tagged + " tagged");
    long peak = run.memory().get("executor_peak_heap_mb");
    assertTrue(peak > 0 && peak <= run.memory().get("executor_max_heap_mb"), run.memory().toString());
  }

  @Test
  void anExistingOutputIsNeverReplacedSilently() throws Exception {
    long before = Files.getLastModifiedTime(output.resolve("_run.json")).toMillis();
    assertEquals(2, Main.execute("classify", "--input", input.toString(), "--output", output.toString()));
    assertEquals(before, Files.getLastModifiedTime(output.resolve("_run.json")).toMillis());
  }

  @Test
  void theSameInputGivesTheSameRecommendationIds() throws Exception {
    Path again = dir.resolve("again");
    assertEquals(0, Main.execute("classify", "--input", "jobs/samples", "--output", again.toString()));
    try (Duck duck = new Duck()) {
      String ids = "SELECT rec_id, CAST(issues AS VARCHAR) AS issues, support_predicted FROM %s ORDER BY rec_id";
      assertEquals(duck.rows(String.format(ids, Duck.table(output, "recommendations"))),
          duck.rows(String.format(ids, Duck.table(again, "recommendations"))));
    }
  }

  private static List<String> names(org.apache.spark.sql.types.StructType schema) {
    return Stream.of(schema.fields()).map(StructField::name).toList();
  }
}
