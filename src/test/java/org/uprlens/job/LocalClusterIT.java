package org.uprlens.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uprlens.cli.Main;
import org.uprlens.sink.RunManifest;

/**
 * The job jar submitted with jobs/submit.sh to a real Spark standalone cluster (jobs/local-cluster.sh: a master
 * and two one-core workers on 127.0.0.1) gives the same recommendations and labels as local[*], and loads CoreNLP
 * and the model once per executor. The cluster is stopped whatever happens; each step has its own time limit.
 */
class LocalClusterIT {
  static final int WORKERS = 2;
  static final Path CLUSTER_DIR = Path.of("target/it-cluster");

  @TempDir
  static Path dir;
  static Path clusterOut;
  static Path localOut;
  static int clusterExit;
  static String clusterLog;

  @BeforeAll
  static void runOnTheClusterAndLocally() throws Exception {
    List<String> inputs = new ArrayList<>(List.of(Path.of("jobs/samples").toAbsolutePath().toString()));
    Path seeds = Shared.root().resolve("seeds");
    if (Files.isDirectory(seeds)) {
      inputs.add(seeds.toAbsolutePath().toString());
    } else {
      System.err.println("LocalClusterIT: " + seeds + " is absent; the samples only");
    }
    clusterOut = dir.resolve("cluster");
    localOut = dir.resolve("local");
    try {
      Result start = run(90, List.of("jobs/local-cluster.sh", "start"));
      assertEquals(0, start.exit, "cluster start:\n" + start.output);
      String master = start.output.lines().filter(l -> l.startsWith("spark://")).findFirst().orElseThrow();
      List<String> submit = new ArrayList<>(List.of("jobs/submit.sh", "--master", master,
          // Executors sized to the workers; wait for both before the first task, so both get work.
          "--conf", "spark.executor.cores=1", "--conf", "spark.executor.memory=1200m",
          "--conf", "spark.executor.memoryOverhead=256m", "--conf", "spark.cores.max=" + WORKERS,
          "--conf", "spark.scheduler.minRegisteredResourcesRatio=1.0",
          "--conf", "spark.scheduler.maxRegisteredResourcesWaitingTime=60s",
          "classify", "--output", clusterOut.toString(), "--input"));
      submit.addAll(inputs);
      Result job = run(240, submit);   // 60-110 s on 2 shared cores; the limit is a safety net
      clusterExit = job.exit;
      clusterLog = job.output;
    } finally {
      Result stop = run(60, List.of("jobs/local-cluster.sh", "stop"));
      assertEquals(0, stop.exit, "cluster stop:\n" + stop.output);
    }
    List<String> local = new ArrayList<>(List.of("classify", "--master", "local[*]", "--output",
        localOut.toString(), "--input"));
    local.addAll(inputs);
    assertEquals(0, Main.execute(local.toArray(String[]::new)));
  }

  @AfterAll
  static void clusterIsStopped() throws Exception {
    // Idempotent: a second stop finds nothing to do, and must leave no daemon behind.
    run(60, List.of("jobs/local-cluster.sh", "stop"));
    Result status = run(30, List.of("jobs/local-cluster.sh", "status"));
    assertTrue(status.output.contains("master not running"), status.output);
  }

  @Test
  void theClusterGivesTheSameRecommendationsAndLabelsAsLocal() throws Exception {
    assertEquals(0, clusterExit, "the job on the cluster failed:\n" + clusterLog);
    try (Duck duck = new Duck()) {
      String sql = "SELECT rec_id, doc_id, char_start, char_end, CAST(issues AS VARCHAR) AS issues,"
          + " CAST(categories AS VARCHAR) AS categories, support_predicted, round(support_probability, 6) AS p"
          + " FROM %s ORDER BY rec_id";
      List<Map<String, Object>> local = duck.rows(String.format(sql, Duck.table(localOut, "recommendations")));
      assertTrue(local.size() >= 10, local.size() + " recommendations");
      assertEquals(local, duck.rows(String.format(sql, Duck.table(clusterOut, "recommendations"))));
      String docs = "SELECT doc_id, path, sentences, recommendations FROM %s ORDER BY doc_id";
      assertEquals(duck.rows(String.format(docs, Duck.table(localOut, "documents"))),
          duck.rows(String.format(docs, Duck.table(clusterOut, "documents"))));
    }
  }

  @Test
  void corenlpAndTheModelLoadOncePerExecutor() throws IOException {
    assertEquals(0, clusterExit, "the job on the cluster failed:\n" + clusterLog);
    RunManifest run = RunManifest.fromJson(Files.readString(clusterOut.resolve("_run.json")));
    Map<String, Long> loads = run.loadsPerRun();
    assertEquals(WORKERS, loads.get("executors"), loads.toString());
    assertEquals(loads.get("executors"), loads.get("executor_jvms"), "every executor ran tasks: " + loads);
    // One CoreNLP pipeline (the tagger) and one model in each executor: never per task.
    assertEquals(loads.get("executors"), loads.get("corenlp_pipelines"), loads.toString());
    assertEquals(loads.get("executors"), loads.get("models"), loads.toString());
    assertTrue(run.master().startsWith("spark://"), run.master());
    assertTrue(run.memory().get("executor_max_heap_mb") <= 1200, run.memory().toString());
  }

  record Result(int exit, String output) {}

  /** Runs a script of the project with a time limit; its output is kept for the assertion messages. */
  static Result run(int seconds, List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("CLUSTER_DIR", CLUSTER_DIR.toAbsolutePath().toString());
    pb.environment().put("WORKERS", String.valueOf(WORKERS));
    pb.environment().put("WORKER_CORES", "1");
    pb.environment().put("WORKER_MEMORY", "1536m");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Path log = Files.createTempFile(dir, "run", ".log");
    pb.redirectOutput(log.toFile());
    Process p = pb.start();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly().waitFor();
      return new Result(-1, Files.readString(log) + "\n[timed out after " + seconds + " s: " + command + "]");
    }
    return new Result(p.exitValue(), Files.readString(log));
  }
}
