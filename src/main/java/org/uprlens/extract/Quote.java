package org.uprlens.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uprlens.States;
import org.uprlens.nlp.Sentence;
import org.uprlens.nlp.Token;

/**
 * Needs: a recommending sentence whose subject is "we" or "I". Produces: who speaks, when the sentence is a quotation
 * its reporter attributes ("\u201cWe recommend that Ruritania ...,\u201d said the representative of Ireland.",
 * "...,\u201d Ireland's ambassador told the Council.", "...,\u201d the Dutch envoy said."), and
 * where the quotation ends. News and statements quote delegations; their "we" is the delegation's, not the
 * document author's.
 *
 * @param speaker the State a representative spoke for, the organisation named as speaking, or "it" for the one
 *     named before ("its chair said")
 * @param end offset just after the quotation's last word
 */
record Quote(String speaker, int end) {
  private static final String ROLE = "(?i:(?:permanent\\s+)?representative|delegate|delegation|ambassador"
      + "|minister[\\w ]{0,40}?|spokesperson|envoy|diplomat)s?";
  private static final String SAYS = "(?i:said|says|stated|added|told)";
  /** After the quotation: "said the representative of Ireland", "the ambassador of Ireland told the Council". */
  private static final Pattern SAID = Pattern.compile("[\"\u201d\u2019']\\s*,?\\s*(?:" + SAYS + "\\s+)?"
      + "(?i:the\\s+)?" + ROLE + "\\s+(?i:of|for)\\s+(?i:the\\s+)?(\\p{Lu}[^.,;\"\u201d]{1,80}?)\\s*(?:[.,;]|\\s"
      + SAYS + "\\b)");
  /** "Ireland's ambassador told the Council", "Ireland's delegate said." */
  private static final Pattern POSSESSOR_SAID = Pattern.compile("[\"\u201d\u2019']\\s*,?\\s*(?:" + SAYS
      + "\\s+)?(?i:the\\s+)?(\\p{Lu}[\\p{L} -]{1,60}?)['\u2019]s?\\s+(?:(?i:deputy|vice|foreign|permanent|UN)\\s+)*"
      + ROLE
      + "(?:\\s+[\\p{Lu}][\\p{L}.-]*){0,3}\\s*(?:[.,;]|" + SAYS + "\\b)");
  /** "the Dutch envoy told the Council", "said the French delegate": a State's demonym ({@link States#byDemonym}). */
  private static final Pattern DEMONYM_SAID = Pattern.compile("[\"\u201d\u2019']\\s*,?\\s*(?:" + SAYS
      + "\\s+)?(?i:the\\s+)?(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?)\\s+"
      + "(?:(?i:deputy|vice|foreign|permanent|UN)\\s+)*" + ROLE + "(?:\\s+[\\p{Lu}][\\p{L}.-]*){0,3}\\s*"
      + "(?:[.,;]|" + SAYS + "\\b)");
  /**
   * '..., its chair, Grace Mutua, said': an organisation's officer, the organisation named just before. The speaker
   * is then "it", which the caller resolves to the actor last named.
   */
  private static final Pattern OFFICER_SAID = Pattern.compile("[\"\u201d\u2019']\\s*,?\\s*(?:" + SAYS
      + "\\s+)?(?i:its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?i:chair(?:person|man|woman)?|director|head|president"
      + "|spokes(?:person|man|woman)|secretary[- ]general|coordinator)(?:\\s*,\\s*\\p{Lu}[\\p{L}.'’-]*"
      + "(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\s*,)?\\s*(?:[.,;]|" + SAYS + "\\b)");
  private static final List<String> FIRST_PERSON = List.of("we", "i");

  /** The quotation's speaker and end, or null when the sentence is no attributed quotation with "we" as subject. */
  static Quote of(String text, Sentence sentence, List<Token> tokens, int[] subject) {
    if (subject == null || subject[0] != subject[1]
        || !FIRST_PERSON.contains(tokens.get(subject[0]).lower())) {
      return null;
    }
    Matcher said = null;
    for (Pattern attribution : List.of(SAID, POSSESSOR_SAID, OFFICER_SAID, DEMONYM_SAID)) {
      Matcher m = attribution.matcher(text).region(tokens.get(subject[0]).end(), sentence.end());
      if (m.find() && (said == null || m.start() < said.start())
          && (attribution != DEMONYM_SAID || States.byDemonym(m.group(1)).isPresent())) {
        said = m;
      }
    }
    if (said == null) {
      return null;
    }
    String speaker = said.pattern() == OFFICER_SAID ? "it" : said.pattern() == DEMONYM_SAID
        ? States.byDemonym(said.group(1)).get().name() : States.canonical(said.group(1).strip());
    int end = said.start();
    while (end > 0 && ",;. ".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return new Quote(speaker, end);
  }
}
