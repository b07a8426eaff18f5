package org.uprlens.classify;

import java.util.List;

/**
 * What a document says around a recommendation, for the support model. Every field may be unknown: a treaty body's
 * recommendation has no recommending State, a stakeholder summary may not name the State under review.
 *
 * @param recommendingStates States that made the recommendation, by name or ISO 3166 alpha-3 code; empty if none
 * @param actorType kind of actor when known ("treaty body", "state", ...), else null
 * @param stateUnderReview the State under review, by name or ISO code, or null
 */
public record Context(List<String> recommendingStates, String actorType, String stateUnderReview) {
  public static final Context NONE = new Context(List.of(), null, null);

  public Context {
    recommendingStates = recommendingStates == null ? List.of() : List.copyOf(recommendingStates);
  }
}
