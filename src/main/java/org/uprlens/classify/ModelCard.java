package org.uprlens.classify;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The human-readable record of a trained model, stored as {@code model-card.json} beside the model file: where its
 * data came from (with SHA-256), what it predicts, how it was trained and evaluated, and the SHA-256 of the model
 * file that {@link ModelStore} checks before loading.
 */
public record ModelCard(
    int schemaVersion,
    String modelId,
    String createdAt,
    Map<String, String> versions,
    List<DataFile> trainingData,
    int rows,
    Labels labels,
    Map<String, Map<String, Integer>> labelCounts,
    Map<String, Object> features,
    Map<String, Object> hyperparameters,
    Evaluation evaluation,
    Artifact artifact,
    String intendedUse,
    String limitations) {

  /** 2: action category labels, pooled out-of-fold evaluation. */
  public static final int SCHEMA_VERSION = 2;

  /**
   * A training file: name as given, SHA-256 of its bytes, rows used, and the sessions they were taken from when
   * not all (train {@code --sessions}).
   */
  public record DataFile(String path, String sha256, int rows,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String sessions) {}

  public record Labels(List<String> issues, List<String> support, List<Integer> actionCategory) {}

  /**
   * @param protocol how the numbers were obtained, in words
   * @param perFold metric name to value, one map per fold
   * @param mean metric name to mean over folds
   * @param pooled every fold's out-of-fold predictions scored together: the metrics, per-issue P/R/F1, action
   *     category confusion matrix and support reliability table, as {@code evaluate} writes them
   */
  public record Evaluation(String protocol, int folds, long seed, List<Map<String, Double>> perFold,
                           Map<String, Double> mean, Map<String, Object> pooled) {}

  public record Artifact(String file, String sha256, long bytes) {}

  public ModelCard withArtifact(Artifact a) {
    return new ModelCard(schemaVersion, modelId, createdAt, versions, trainingData, rows, labels, labelCounts,
        features, hyperparameters, evaluation, a, intendedUse, limitations);
  }
}
