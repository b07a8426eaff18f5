package org.uprlens.extract;

import java.util.List;
import java.util.Objects;

/**
 * One recommendation found in a document. {@code charStart}/{@code charEnd} point into the document text;
 * {@code recId} depends only on the document bytes and that span, so it is the same in every run.
 *
 * @param actor who made it, resolved through pronouns; null when the text does not say
 * @param actorType state, treaty body, UN agency or country team, special procedure, NGO or stakeholder, NHRI,
 *     other or unknown; null until classified
 * @param recommendingStates the States that made it (Working Group reports), empty otherwise
 * @param target the State or addressee asked to act, or null
 * @param verb lemma of the reporting verb ("recommend", "urge", "call", ...)
 * @param action lemma of the main action asked for ("ratify", "adopt", "ensure", ...), or null
 * @param paragraph paragraph number in the document ("16", "124.12"), or null
 * @param section heading of the section it appears in, or null
 * @param supportStated the response the document itself states ("Supported", "Noted"), or null
 * @param supportEvidence the text that states that response, or null
 * @param request what is asked, in the imperative a Working Group list prints ("Ratify the Optional Protocol ..."
 *     of "The Committee recommended that Ruritania ratify the Optional Protocol ..."): the text the classifier
 *     reads, as its models learnt from such texts; null when the sentence asks nothing it can cut out
 */
public record Recommendation(String recId, String docId, int sentenceIndex, int charStart, int charEnd,
                             String text, String actor, String actorType, List<String> recommendingStates,
                             String target, String verb, String action, String paragraph, String section,
                             String supportStated, String supportEvidence, String request) {
  public Recommendation {
    Objects.requireNonNull(recId, "recId");
    Objects.requireNonNull(text, "text");
    if (charStart > charEnd) {
      throw new IllegalArgumentException("charStart must be <= charEnd: " + charStart + " > " + charEnd);
    }
    recommendingStates = recommendingStates == null ? List.of() : List.copyOf(recommendingStates);
  }

  public Recommendation withActorType(String type) {
    return new Recommendation(recId, docId, sentenceIndex, charStart, charEnd, text, actor, type, recommendingStates,
        target, verb, action, paragraph, section, supportStated, supportEvidence, request);
  }

  /**
   * This recommendation with the response stated elsewhere: by a later sentence ("Ruritania merely noted these
   * recommendations"), or by an addendum.
   */
  public Recommendation withSupport(String support, String evidence) {
    return new Recommendation(recId, docId, sentenceIndex, charStart, charEnd, text, actor, actorType,
        recommendingStates, target, verb, action, paragraph, section, support, evidence, request);
  }

  /** This recommendation asking what {@code other} asks: "UNFPA made a similar recommendation". */
  public Recommendation asking(Recommendation other) {
    return asking(other.action(), other.request());
  }

  /** This recommendation with another action and request. */
  public Recommendation asking(String action, String request) {
    return asking(action, request, target);
  }

  /** This recommendation asking {@code request} of {@code target}. */
  public Recommendation asking(String action, String request, String target) {
    return new Recommendation(recId, docId, sentenceIndex, charStart, charEnd, text, actor, actorType,
        recommendingStates, target, verb, action, paragraph, section, supportStated, supportEvidence, request);
  }

  /** The text to classify: the request when there is one, else the whole text. */
  public String classifiedText() {
    return request != null ? request : text;
  }

  public static String idFor(String docId, int charStart, int charEnd) {
    return org.uprlens.Sha256.of(docId + ":" + charStart + ":" + charEnd).substring(0, 32);
  }
}
