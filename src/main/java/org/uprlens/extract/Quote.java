package org.uprlens.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uprlens.States;
import org.uprlens.nlp.Sentence;
import org.uprlens.nlp.Token;

/**
 * Needs: a recommending sentence whose subject is "we" or "I". Produces: who speaks, when the sentence is a quotation
 * its reporter attributes ("\u201cWe recommend that Ruritania ...,\u201d said the representative of Ireland."), and
 * where the quotation ends. News and statements quote delegations; their "we" is the delegation's, not the
 * document author's.
 *
 * @param speaker the State a representative spoke for, or the organisation named as speaking
 * @param end offset just after the quotation's last word
 */
record Quote(String speaker, int end) {
  private static final Pattern SAID = Pattern.compile("(?i)[\"\u201d\u2019']\\s*,?\\s*(?:said|says|stated|added)\\s+"
      + "(?:the\\s+)?(?:(?:permanent\\s+)?representative|delegate|delegation|ambassador|minister[\\w ]{0,40}?|spokesperson)"
      + "s?\\s+(?:of|for)\\s+(?:the\\s+)?(\\p{Lu}[^.,;\"\u201d]{1,80}?)\\s*[.,;]");
  private static final List<String> FIRST_PERSON = List.of("we", "i");

  /** The quotation's speaker and end, or null when the sentence is no attributed quotation with "we" as subject. */
  static Quote of(String text, Sentence sentence, List<Token> tokens, int[] subject) {
    if (subject == null || subject[0] != subject[1]
        || !FIRST_PERSON.contains(tokens.get(subject[0]).lower())) {
      return null;
    }
    Matcher said = SAID.matcher(text).region(tokens.get(subject[0]).end(), sentence.end());
    if (!said.find()) {
      return null;
    }
    String named = said.group(1).strip();
    String speaker = States.byName(named).map(States.State::name).orElse(named);
    int end = said.start();
    while (end > 0 && ",;. ".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return new Quote(speaker, end);
  }
}
