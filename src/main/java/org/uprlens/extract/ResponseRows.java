package org.uprlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uprlens.nlp.Sentence;
import org.uprlens.nlp.Token;

/**
 * Needs: a sentence of a statement or news item that no cue made a recommendation of, POS-tagged where it was a
 * candidate. Produces: the rows of the State's responses it states ({@link StatedResponse}: "did not support the
 * recommendation to ratify ..."), one per clause that states its own, each with the States that made the
 * recommendations and what they asked where the sentence spells it out; or the response a sentence gives to the
 * recommendations reported just before it ("Ruritania merely noted these recommendations.").
 */
final class ResponseRows {
  private ResponseRows() {}

  /**
   * Where a sentence's clauses part: "supported those on food, while it noted others on the judiciary", "supported a
   * recommendation from Chile to ... and noted one from Peru to ...".
   */
  private static final Pattern RESPONSE_CLAUSES = Pattern.compile(",\\s+(?:while|whereas|but)\\s+|;\\s+"
      + "|,?\\s+and\\s+(?=(?:also\\s+|later\\s+)?(?:noted|rejected|supported|accepted|did\\s+not)\\s)");

  /**
   * The responses a sentence states ({@link StatedResponse}): one row for the sentence, or one per clause when its
   * clauses state responses of their own ("Ruritania supported several recommendations on food, while it noted
   * others on the judiciary"); none when it states none.
   */
  static List<Recommendation> of(String docId, String text, Sentence sentence, Sentence tagged, String reviewed) {
    int begin = RecommendationExtractor.firstWord(sentence.tokens());
    List<int[]> clauses = new ArrayList<>();
    Matcher m = RESPONSE_CLAUSES.matcher(text).region(begin, sentence.end());
    int from = begin;
    while (m.find()) {
      clauses.add(new int[] {from, m.start()});
      from = m.end();
    }
    clauses.add(new int[] {from, sentence.end()});
    List<Recommendation> rows = new ArrayList<>();
    for (int[] clause : clauses) {
      StatedResponse response = StatedResponse.find(text.substring(clause[0], clause[1]));
      Recommendation row = response == null ? null
          : responseRow(docId, text, sentence, tagged, clause[0], clause[1], response, reviewed);
      if (row != null) {
        rows.add(row);
      }
    }
    if (rows.size() > 1 || clauses.size() == 1) {
      return rows;   // one clause is the whole sentence, already read
    }
    StatedResponse whole = StatedResponse.find(sentence.text(text));
    return whole == null ? List.of()
        : listOf(responseRow(docId, text, sentence, tagged, begin, sentence.end(), whole, reviewed));
  }

  /** A cue's verb coordinated with the clause before it: "... and urged", "; it also called". */
  private static final Pattern COORDINATED = Pattern.compile("(?:,?\\s+and|;)\\s+(?:also\\s+|then\\s+)?$");

  /**
   * The response a sentence states in its clause before a cue coordinated with it ("Amnesty regretted that X had
   * noted recommendations to A and urged the Government to B"), whose own row the cue gives; none when that clause
   * states none.
   */
  static List<Recommendation> before(String docId, String text, Sentence sentence, Sentence tagged, int cueBegin,
                                     String reviewed) {
    int begin = RecommendationExtractor.firstWord(sentence.tokens());
    if (cueBegin <= begin) {
      return List.of();
    }
    Matcher coordinated = COORDINATED.matcher(text).region(begin, cueBegin);
    if (!coordinated.find()) {
      return List.of();
    }
    StatedResponse response = StatedResponse.find(text.substring(begin, coordinated.start()));
    return response == null ? List.of()
        : listOf(responseRow(docId, text, sentence, tagged, begin, coordinated.start(), response, reviewed));
  }

  private static List<Recommendation> listOf(Recommendation row) {
    return row == null ? List.of() : List.of(row);
  }

  /**
   * The row of a response stated in [begin, end) of a sentence, by the States it names, if any, and with what they
   * asked where the sentence spells it out ("did not support the recommendation to ratify ..."); null when it names
   * neither who responded, nor who recommended, nor what.
   */
  private static Recommendation responseRow(String docId, String text, Sentence sentence, Sentence tagged, int begin,
                                            int end, StatedResponse response, String reviewed) {
    String words = text.substring(begin, end);
    String responder = reviewed != null ? reviewed : responder(words);
    // a State makes no recommendation to itself: "Kenya's acceptance of the recommendations"
    List<String> makers = StatedResponse.makers(words).stream().filter(m -> !m.equalsIgnoreCase(responder)).toList();
    int[] asked = tagged == null ? null : askedIn(tagged.tokens(), begin, end);
    String request = null;
    String action = null;
    if (asked != null) {
      List<Token> tokens = tagged.tokens();
      int askEnd = begin + StatedResponse.askEnd(words, tokens.get(asked[1]).begin() - begin);
      request = RecommendationExtractor.request(text, tokens, asked[0], asked[1], askEnd);
      action = request == null ? null : RecommendationExtractor.action(tokens, asked[1]);
    }
    if (responder == null && makers.isEmpty() && request == null && StatedResponse.passive(words)) {
      return null;   // "recommendations calling for specific action are noted more often": a finding, no one's response
    }
    return new Recommendation(Recommendation.idFor(docId, begin, end), docId, sentence.index(), begin, end,
        Sentence.collapseSpace(words), makers.isEmpty() ? null : String.join(", ", makers),
        makers.isEmpty() ? null : ActorTypes.STATE, makers, responder, response.verb(), action, sentence.paragraph(),
        sentence.section(), response.support(), sentence.text(text), request);
  }

  /**
   * "Botswana noted recommendations to ...", "Namibia, by contrast, supported ...": the State a clause opens with, as
   * the subject of its response; for a document that names no State under review.
   */
  private static final Pattern RESPONDER = Pattern.compile("(?i)\\s*(?:,[^,]{1,40},\\s*)?(?:(?:has|had|have|also|later"
      + "|then|subsequently|only|merely|simply|did|does|would|not|n[’']t|yet)\\s+)*(?:noted|supported|accepted"
      + "|rejected|refused|failed|declined|support|accept)\\b");

  private static String responder(String words) {
    int start = 0;
    while (start < words.length() && !Character.isLetter(words.charAt(start))) {
      start++;
    }
    List<org.uprlens.States.Mention> named = org.uprlens.States.mentions(words);
    org.uprlens.States.Mention first = named.isEmpty() ? null : named.get(0);
    return first != null && first.start() == start
        && RESPONDER.matcher(words).region(first.end(), words.length()).lookingAt() ? first.state().name() : null;
  }

  /** The nouns a response names the recommendations by: "the recommendation to", "proposals from Chile to". */
  private static final Set<String> ASK_NOUNS = Set.of("recommendation", "recommendations", "proposal", "proposals",
      "call", "calls");
  /** Words of a maker's name between the noun and what was asked: "from the United Kingdom and Canada". */
  private static final int MAX_MAKER_TOKENS = 12;

  /**
   * What a response's recommendations asked, where [begin, end) spells it out: "the recommendation to ratify",
   * "recommendations from Chile to abolish", "the recommendation that persons ... be removed", "the recommendations
   * on ratifying". [the token before the ask's link, the action's token], or null: "recommendations concerning
   * freedom of speech" names a topic, and "recommendations that it received" is a relative clause.
   */
  private static int[] askedIn(List<Token> tokens, int begin, int end) {
    for (int i = 0; i + 2 < tokens.size() && tokens.get(i).begin() < end; i++) {
      if (tokens.get(i).begin() < begin || !ASK_NOUNS.contains(tokens.get(i).lower())) {
        continue;
      }
      int link = relativeEnd(tokens, i + 1);
      if (Set.of("by", "from", "made").contains(tokens.get(link).lower())) {
        link++;
        while (link < Math.min(tokens.size() - 1, i + MAX_MAKER_TOKENS)
            && !Set.of("to", "that").contains(tokens.get(link).lower()) && !isVerbTag(tokens.get(link))) {
          link++;
        }
      }
      if (link + 1 >= tokens.size() || tokens.get(link + 1).begin() >= end) {
        return null;
      }
      String w = tokens.get(link).lower();
      int at = link + 1;
      while (at + 1 < tokens.size() && tokens.get(at).tag() != null && tokens.get(at).tag().startsWith("RB")) {
        at++;
      }
      Token verb = tokens.get(at);
      // "recommendations to criminalise torture": the tagger, reading a noun phrase, may take the verb for a noun,
      // or for an adjective when it has a verb's ending
      boolean base = "VB".equals(verb.tag()) || "VBP".equals(verb.tag())
          || !Set.of("DT", "PRP$", "PRP", "JJ", "CD").contains(verb.tag())
          || "JJ".equals(verb.tag()) && verb.lower().matches("\\p{L}+(?:ise|ize|ify)");
      if (w.equals("to") && base && RecommendationExtractor.isLowerWord(verb)) {
        return new int[] {link, at};
      }
      if (Set.of("on", "regarding", "concerning", "about").contains(w) && "VBG".equals(verb.tag())) {
        return new int[] {link, at};   // "the recommendations on ratifying the Convention"
      }
      int[] clause = w.equals("that") ? subjunctiveAfter(tokens, link, end) : null;
      if (clause != null) {
        return clause;
      }
      // "Among the accepted recommendations were proposals from Chile to ...": a later noun may spell it out
    }
    return null;
  }

  /** Words of a relative clause that says when or how recommendations were answered: "it accepted in 2019". */
  private static final Set<String> ANSWERED = Set.of("it", "they", "had", "has", "have", "accepted", "supported",
      "received", "noted", "in", "at", "during", "the", "its", "their", "previous", "last", "first", "second", "third",
      "fourth", "review", "cycle", "upr");
  private static final int MAX_RELATIVE = 8;

  /**
   * "recommendations it accepted in 2019 to guarantee ...", "those that it had supported at its last review to":
   * the index after such a clause at {@code at}, where what was asked is linked; {@code at} when there is none.
   */
  private static int relativeEnd(List<Token> tokens, int at) {
    int k = at;
    if (k < tokens.size() && Set.of("that", "which").contains(tokens.get(k).lower())) {
      k++;
    }
    if (k >= tokens.size() || !Set.of("it", "they").contains(tokens.get(k).lower())) {
      return at;
    }
    int end = k;
    while (end < Math.min(tokens.size() - 1, k + MAX_RELATIVE)
        && (ANSWERED.contains(tokens.get(end).lower()) || "CD".equals(tokens.get(end).tag()))) {
      end++;
    }
    return tokens.get(end).lower().equals("to") && end > k + 1 ? end : at;
  }

  /**
   * "that persons convicted of ... be removed", "that Ruritania (should) ratify": [that, the verb] of a clause that
   * asks; null when its first finite verb is past or present ("that it received"), a relative clause.
   */
  private static int[] subjunctiveAfter(List<Token> tokens, int that, int end) {
    for (int i = that + 1; i < tokens.size() && tokens.get(i).begin() < end; i++) {
      Token token = tokens.get(i);
      String tag = token.tag();
      if (tag == null || !(tag.startsWith("VB") || tag.equals("MD"))) {
        continue;
      }
      if (tag.equals("MD")) {
        if (!Lexicon.MODALS.contains(token.lower())) {
          return null;   // "that it would", "that it could"
        }
        continue;   // "that the State should ratify"
      }
      if (tag.equals("VBN") && !RecommendationExtractor.BE.contains(tokens.get(i - 1).lower())) {
        continue;   // "persons convicted of ...": a participle of the subject
      }
      boolean base = tag.equals("VB") || tag.equals("VBP") || tag.equals("VBD") && token.lower().equals(token.lemma());
      if (base) {
        return i > that + 1 ? new int[] {that - 1, i} : null;
      }
      // "that journalists held for their work be released": the tagger may read the participle as a past tense
      int passive = subjunctivePassive(tokens, i + 1, end);
      return passive >= 0 ? new int[] {that - 1, passive} : null;
    }
    return null;
  }

  /** The "be" of a subjunctive passive ("be released") at or after {@code from}, or -1. */
  private static int subjunctivePassive(List<Token> tokens, int from, int end) {
    for (int i = from; i + 1 < tokens.size() && tokens.get(i + 1).begin() < end; i++) {
      if (tokens.get(i).lower().equals("be") && "VBN".equals(tokens.get(i + 1).tag())) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isVerbTag(Token token) {
    return token.tag() != null && token.tag().startsWith("VB") && !token.lower().equals("made");
  }

  /**
   * "Ruritania merely noted these recommendations.": the response to the recommendations the sentence just before
   * reported, when they have none yet.
   */
  static void answerBefore(List<Recommendation> found, Sentence sentence, String sentenceText) {
    Recommendation last = found.isEmpty() ? null : found.get(found.size() - 1);
    if (last == null || last.sentenceIndex() != sentence.index() - 1 || last.supportStated() != null) {
      return;
    }
    StatedResponse answer = StatedResponse.toThose(sentenceText, last.target());
    int i = found.size() - 1;
    for (; answer != null && i >= 0 && found.get(i).sentenceIndex() == last.sentenceIndex(); i--) {
      found.set(i, found.get(i).withSupport(answer.support(), sentenceText));
    }
    // "We recommended X. We also recommended Y. China noted both recommendations.": two, over two sentences; not
    // after "Sweden and Spain recommended X.", both of whose makers the one row names.
    int answered = found.size() - 1 - i;
    if (answer != null && answered == 1 && StatedResponse.answersTwo(sentenceText) && i >= 0
        && last.recommendingStates().size() != 2
        && found.get(i).sentenceIndex() == last.sentenceIndex() - 1 && found.get(i).supportStated() == null
        && java.util.Objects.equals(found.get(i).target(), last.target())) {
      found.set(i, found.get(i).withSupport(answer.support(), sentenceText));
    }
  }
}
