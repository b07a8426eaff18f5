package org.uprlens.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences of statements and news that report the State's response to UPR recommendations: "Kazakhstan did not
 * support the recommendation that ...", "Recommendations to ratify ... were not supported", "accepted key
 * recommendations concerning ...". Read from the sentence text; no tagging needed.
 *
 * @param support "Supported" or "Noted"
 * @param verb lemma of the verb that states the response ("support", "accept", "reject", "note")
 */
record StatedResponse(String support, String verb) {
  private static final String RECS = "recommendations?";
  /** What the recommendations were about must follow: "several key recommendations." names none. */
  private static final String ABOUT = "\\s+(?:to|that|on|concerning|regarding|about|calling|urging|related\\s+to|relating\\s+to|"
      + "aimed\\s+at|for)\\b";
  /** "did not support the recommendation that", "Nor did Kazakhstan support recommendations to", "rejected ...". */
  private static final Pattern NOT_ACTIVE = Pattern.compile(
      "(?i)\\b(?:(?:did|does|do|would|will)(?:\\s+not|n[’']t)|nor\\s+(?:did|does|do)\\s+(?:\\S+\\s+){1,4}?"
          + "|refused\\s+to|failed\\s+to|declined\\s+to)\\s*(support|accept)\\s+(?:\\S+\\s+){0,6}?" + RECS + ABOUT
          + "|\\b(reject|rejected|rejects|noted)\\s+(?:\\S+\\s+){0,4}?" + RECS + ABOUT);
  /** "Recommendations to ratify ..., were not supported by the government". */
  private static final Pattern NOT_PASSIVE = Pattern.compile(
      "(?i)\\b" + RECS + ABOUT + "[^.;]{0,400}?\\b(?:were|was|are|is|have\\s+been|has\\s+been)\\s+(?:not|only)\\s+"
          + "(supported|accepted|noted)\\b|\\b" + RECS + "\\b[^.;]{0,400}?\\b(?:were|was|are|is)\\s+(rejected|noted)\\b");
  /** "Kazakhstan accepted key recommendations concerning ...", "supported 150 recommendations". */
  private static final Pattern YES = Pattern.compile(
      "(?i)\\b(accepted|supported|accepts|supports|agreed\\s+to\\s+implement|implemented)\\s+(?:\\S+\\s+){0,5}?"
          + RECS + ABOUT);

  static StatedResponse find(String sentence) {
    Matcher m = NOT_ACTIVE.matcher(sentence);
    if (m.find()) {
      String verb = m.group(1) != null ? m.group(1) : m.group(2);
      return new StatedResponse(WorkingGroupList.NOTED, lemma(verb));
    }
    m = NOT_PASSIVE.matcher(sentence);
    if (m.find()) {
      String verb = m.group(1) != null ? m.group(1) : m.group(2);
      return new StatedResponse(WorkingGroupList.NOTED, lemma(verb));
    }
    m = YES.matcher(sentence);
    if (m.find()) {
      return new StatedResponse(WorkingGroupList.SUPPORTED, lemma(m.group(1).split("\\s+")[0]));
    }
    return null;
  }

  private static String lemma(String verb) {
    String v = verb.toLowerCase(java.util.Locale.ROOT);
    if (v.startsWith("support")) {
      return "support";
    }
    if (v.startsWith("accept")) {
      return "accept";
    }
    if (v.startsWith("reject")) {
      return "reject";
    }
    if (v.startsWith("agreed")) {
      return "agree";
    }
    if (v.startsWith("implement")) {
      return "implement";
    }
    return "note";
  }
}
