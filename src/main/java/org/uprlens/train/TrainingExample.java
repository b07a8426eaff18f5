package org.uprlens.train;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.uprlens.classify.Context;

/**
 * One labelled recommendation.
 *
 * @param issues UPR Info issues; empty when the row's issues are not known (the file codes its themes in another
 *     taxonomy): such a row trains and scores the other labels only
 * @param response "Supported", "Noted", or null when the State's response is not known
 * @param actionCategory 1..5 on UPR Info's scale, or null
 * @param context who recommended it to whom, as the support model sees it
 * @param memberships the organisations the file says the row's States belong to, by State (name or ISO code);
 *     empty when it does not say
 */
public record TrainingExample(String id, String text, List<String> issues, String response, Integer actionCategory,
                              String stateUnderReview, String session, Context context,
                              Map<String, List<String>> memberships) {
  public TrainingExample {
    Objects.requireNonNull(text, "text");
    issues = List.copyOf(issues);
    context = context == null ? new Context(List.of(), null, stateUnderReview) : context;
    memberships = memberships == null ? Map.of() : Map.copyOf(memberships);
  }

  public TrainingExample(String id, String text, List<String> issues, String response, Integer actionCategory,
                         String stateUnderReview, String session, Context context) {
    this(id, text, issues, response, actionCategory, stateUnderReview, session, context, Map.of());
  }

  public TrainingExample(String id, String text, List<String> issues, String response, Integer actionCategory,
                         String stateUnderReview, String session) {
    this(id, text, issues, response, actionCategory, stateUnderReview, session, null);
  }

  /** The unit that must never be split between training and test: one State's review in one session. */
  public String review() {
    return stateUnderReview + "|" + session;
  }
}
