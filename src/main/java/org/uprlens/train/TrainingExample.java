package org.uprlens.train;

import java.util.List;
import java.util.Objects;

/**
 * One labelled recommendation.
 *
 * @param response "Supported", "Noted", or null when the State's response is not known
 * @param actionCategory 1..5 on UPR Info's scale, or null
 */
public record TrainingExample(String id, String text, List<String> issues, String response, Integer actionCategory,
                              String stateUnderReview, String session) {
  public TrainingExample {
    Objects.requireNonNull(text, "text");
    issues = List.copyOf(issues);
  }

  /** The unit that must never be split between training and test: one State's review in one session. */
  public String review() {
    return stateUnderReview + "|" + session;
  }
}
