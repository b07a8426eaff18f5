package org.uprlens.classify;

import java.util.List;
import java.util.Map;

/**
 * The labels of one recommendation. Label names come from the model (its card lists them), not from enums.
 *
 * @param issueScores probability per issue, for the predicted issues and the next most likely ones
 * @param actionCategory UPR Info's action category, 1 (minimal action) to 5 (specific action); 0 when the model
 *     has no action model
 * @param actionProbability probability of that category
 * @param supportProbability calibrated probability that the State supports the recommendation
 */
public record Prediction(List<String> issues, Map<String, Double> issueScores, List<String> categories,
                         int actionCategory, double actionProbability,
                         String supportPredicted, double supportProbability, String modelId) {
  public static final String SUPPORTED = "Supported";
  public static final String NOTED = "Noted";

  public Prediction {
    issues = List.copyOf(issues);
    issueScores = Map.copyOf(issueScores);
    categories = List.copyOf(categories);
  }
}
