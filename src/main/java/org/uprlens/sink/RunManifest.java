package org.uprlens.sink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code _run.json}: what one run read, wrote and used, so that every output can be traced to its inputs, model
 * and library versions. Counts are rows written; stage seconds are summed over all tasks (CPU-side time, so on
 * several cores they add up to more than the wall time). {@code work} holds the tokens split and tagged, and
 * {@code memory} the peak heap of the driver and (the largest of) the executors: before a garbage collection
 * (garbage included, bounded by the JVM's maximum) and after one (what the job keeps live).
 */
public record RunManifest(
    String runId,
    String startedAt,
    String endedAt,
    double wallSeconds,
    List<String> inputs,
    String output,
    String master,
    Counts counts,
    Map<String, Long> rejectsByReason,
    Model model,
    Map<String, String> versions,
    Map<String, Double> stageSeconds,
    Map<String, Number> work,
    Map<String, Long> loadsPerRun,
    Map<String, Long> memory,
    Map<String, Object> options) {

  public record Counts(long inputFiles, long documents, long recommendations, long rejects) {}

  public record Model(String id, String sha256, String source) {}

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the run manifest", e);
    }
  }

  public static RunManifest fromJson(String json) throws IOException {
    return JSON.readValue(json, RunManifest.class);
  }
}
