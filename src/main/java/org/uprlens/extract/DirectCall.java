package org.uprlens.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.uprlens.nlp.Token;

/**
 * Needs: a POS-tagged sentence of a document written in its author's own voice (a statement, a news release, a
 * submission). Produces: where the sentence itself asks a State to act by a modal, "Ruritania should amend the
 * law", "The authorities must end the harassment of journalists": the modal, and the State it addresses. Such a
 * sentence is the author's recommendation, with no reporting verb to find.
 *
 * <p>Only a sentence that opens with the State (a State's name, "the Government", "the authorities", "Ruritania's
 * government"), perhaps after a linking adverb, counts: "under the Constitution, the State must guarantee"
 * describes a duty, "States should" addresses no one in particular.
 */
final class DirectCall {
  /** How far into a sentence its modal may stand: a subject of a few words, an adverb or two. */
  private static final int MAX_MODAL_AT = 10;
  /** A label before the call ("Recommendations:", "To the Government of Ruritania:") is a few words at most. */
  private static final int MAX_LABEL = 6;
  /** Linking words a call may open with: "Ruritania should also", "Finally, the Government must". */
  private static final Set<String> OPENERS = Set.of("also", "further", "furthermore", "moreover", "finally",
      "first", "firstly", "second", "secondly", "third", "thirdly", "in", "addition", "particular", "additionally",
      "instead", "therefore", "above", "all", "now", "urgently", "immediately", "and", ",", ":");

  private DirectCall() {}

  /** A sentence worth tagging: a modal among its first words. Lexical, as the other candidate tests. */
  static boolean mayBe(List<Token> tokens) {
    int from = 0;   // after a dateline's dash: "(Geneva, October 30, 2025) - The authorities should"
    for (int i = 1; i < Math.min(tokens.size() - 1, MAX_DATELINE); i++) {
      // a spaced hyphen only: "should fast-track the bill" has none
      if (Lexicon.DASHES.contains(tokens.get(i).word()) || RecommendationExtractor.isSpacedHyphen(tokens, i)) {
        from = i + 1;
        break;
      }
    }
    for (int i = from + 1; i < Math.min(tokens.size(), from + MAX_MODAL_AT + 1); i++) {
      if (isModal(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Verbs that ask as a modal does before "to": "The Government needs to repeal". Not "has to", which as often tells
   * what a State cannot avoid ("Ghana has to import most of its rice").
   */
  private static final Set<String> SEMI_MODALS = Set.of("needs", "need");

  /** Whether a modal stands at {@code i}: "should", "must", "ought", or "needs to". */
  private static boolean isModal(List<Token> tokens, int i) {
    return Lexicon.MODALS.contains(tokens.get(i).lower()) || SEMI_MODALS.contains(tokens.get(i).lower())
        && i + 2 < tokens.size() && tokens.get(i + 1).lower().equals("to");
  }

  /**
   * A call found in a sentence: its modal, and the subject before it as [first, last] token indices; {@code listed}
   * when the modal introduces a list ("The State party should: (a) ..."), whose items are then the calls.
   */
  record Call(int modal, int subjectStart, int subjectEnd, boolean listed, boolean peers, boolean passive) {}

  /** How long an aside between a modal and its verb may be: ", as a matter of urgency,". */
  private static final int MAX_ASIDE = 10;

  /** The index after an aside between commas at {@code at} (", as a matter of urgency,"), else {@code at}. */
  private static int afterAside(List<Token> tokens, int at) {
    if (at >= tokens.size() || !tokens.get(at).word().equals(",")) {
      return at;
    }
    for (int k = at + 2; k < Math.min(tokens.size() - 1, at + MAX_ASIDE); k++) {
      if (tokens.get(k).word().equals(",")) {
        Token next = tokens.get(k + 1);   // "repeal/NN": the tagger may take the verb for a noun
        boolean verb = next.tag() != null && Set.of("VB", "VBP", "NN").contains(next.tag())
            && !next.word().isEmpty() && Character.isLowerCase(next.word().charAt(0));
        return verb ? k + 1 : at;
      }
    }
    return at;
  }

  /** Words between a modal and the colon of its list: "should, inter alia:", "must, among other things:". */
  private static final Set<String> LIST_ASIDES = Set.of(",", "inter", "alia", "among", "other", "things", "in",
      "particular", "notably");

  /** Verbs after a modal that warn or expect rather than ask: "should know that", "must understand that". */
  private static final Set<String> WARNS = Set.of("know", "understand", "realize", "realise", "expect", "beware");


  /**
   * The call the sentence makes, or null: {@code reviewed} is the document's State under review, if known; the call
   * opens at {@code from} or later (after its {@link #source}); {@code theyState}: the sentence before called on a
   * State, so that "They should also repeal the law" calls on it again.
   */
  static Call find(List<Token> tokens, String reviewed, int from, boolean theyState) {
    int dateline = Math.max(from, datelineEnd(tokens));
    int start = dateline;
    for (int i = dateline; i < Math.min(tokens.size(), dateline + MAX_LABEL); i++) {
      if (isModal(tokens, i)) {
        break;           // "The State party should:" introduces its list; the colon is no label's
      }
      if (tokens.get(i).word().equals(":") || Lexicon.DASHES.contains(tokens.get(i).word())) {
        start = i + 1;   // "Our recommendations: Ruritania should ...", "(Geneva) – Ruritania should ..."
      }
    }
    while (start < tokens.size() && RecommendationExtractor.isJunk(tokens.get(start))) {
      start++;   // "2. To enhance public confidence, the authorities should": the paragraph's number first
    }
    start = afterFrontedPhrase(tokens, start);
    while (start < tokens.size() && (OPENERS.contains(tokens.get(start).lower())
        || RecommendationExtractor.isJunk(tokens.get(start)))) {
      start++;
    }
    boolean noun = false;
    for (int m = start + 1; m < Math.min(tokens.size() - 1, start + MAX_MODAL_AT + 1); m++) {
      Token token = tokens.get(m);
      if (!isModal(tokens, m)) {
        String tag = token.tag();
        // "Training for polling staff should be enhanced": a gerund may be the subject
        Token first = tokens.get(start);
        noun |= isNoun(token) || m == start + 1 && (isNoun(first) || "VBG".equals(first.tag()));
        // The subject: a noun phrase ("Ruritania's government", "the Government of Ruritania", "local and
        // national authorities", "Governments taking part in the review"), adverbs before the modal ("also").
        if (tag == null || !(isNoun(token) || tag.equals("DT") || tag.equals("POS") || tag.equals("PRP$")
            || tag.equals("FW")
            || tag.startsWith("JJ") || tag.startsWith("RB") || tag.equals("CC") || token.word().equals(",")
            || token.lower().equals("of")
            || noun && (tag.equals("VBG") || tag.equals("VBN") || tag.equals("RP") || tag.equals("IN")))) {
          return null;
        }
        continue;
      }
      int end = m - 1;
      while (end >= start && tokens.get(end).tag() != null && tokens.get(end).tag().startsWith("RB")) {
        end--;
      }
      if (end > start) {
        end = RecommendationExtractor.beforeDiscourseAside(tokens, end);   // "Belgium, in particular, should"
      }
      int verb = m + 1;
      if ((token.lower().equals("ought") || SEMI_MODALS.contains(token.lower())) && verb < tokens.size()
          && tokens.get(verb).lower().equals("to")) {
        verb++;
      }
      while (verb < tokens.size() && tokens.get(verb).tag() != null && tokens.get(verb).tag().startsWith("RB")) {
        verb++;   // "should not", "must immediately"
      }
      int beforeAside = verb;
      verb = afterAside(tokens, verb);   // "must, as a matter of urgency, repeal"
      boolean aside = verb != beforeAside;   // the modal governs the word after it, whatever its tag
      while (verb < tokens.size() && tokens.get(verb).tag() != null && tokens.get(verb).tag().startsWith("RB")) {
        verb++;
      }
      if (verb + 1 < tokens.size() && tokens.get(verb).lower().equals("have")
          && "VBN".equals(tokens.get(verb + 1).tag())) {
        return null;     // "should have protected them": a reproach for the past, not a call
      }
      if (verb < tokens.size() && WARNS.contains(tokens.get(verb).lower())) {
        return null;     // "The authorities should know that the world is watching": a warning, no act asked
      }
      int colon = verb;
      while (colon < tokens.size() && LIST_ASIDES.contains(tokens.get(colon).lower())) {
        colon++;   // "should, inter alia:", "must, among other things:"
      }
      boolean listed = colon < tokens.size() && tokens.get(colon).word().equals(":");
      boolean asks = listed || verb < tokens.size() && ("VB".equals(tokens.get(verb).tag()) || aside);
      if (!asks || end < start) {
        return null;
      }
      if (isState(tokens, start, end, reviewed) || isOtherAddressee(tokens, start, end)
          || theyState && (isThey(tokens, start, end) || isItActing(tokens, start, end, verb))) {
        return new Call(m, start, end, listed, false, false);
      }
      // "The Evictions Bill should be adopted", "Those responsible must be held accountable": the State is asked
      if (reviewed != null && isPassiveAsk(tokens, verb)) {
        return new Call(m, start, end, false, false, true);
      }
      // "Governments taking part in the review should press Ruritania to": the reviewing States, called on to urge
      boolean urging = verb < tokens.size() && URGING.contains(tokens.get(verb).lower());
      return urging && PEERS.contains(tokens.get(start).lower()) ? new Call(m, start, end, false, true, false) : null;
    }
    return null;
  }

  /**
   * "be adopted", "be held": a passive of a verb that asks a State to act ({@link Lexicon#PASSIVE_ASKS}); "must be
   * filed within 30 days" describes a rule.
   */
  private static boolean isPassiveAsk(List<Token> tokens, int verb) {
    if (verb + 1 >= tokens.size() || !tokens.get(verb).lower().equals("be")
        || !"VBN".equals(tokens.get(verb + 1).tag())) {
      return false;
    }
    Token done = tokens.get(verb + 1);
    return Lexicon.PASSIVE_ASKS.contains(done.lemma() == null ? done.lower() : done.lemma().toLowerCase(Locale.ROOT))
        || considerationTo(tokens, verb - 2) > 0;
  }

  /**
   * "Consideration should be given to reforming the law" (subject at {@code subject}) asks to consider reforming it:
   * the index of the word after "to", else -1.
   */
  static int considerationTo(List<Token> tokens, int subject) {
    boolean idiom = subject >= 0 && subject + 4 < tokens.size()
        && tokens.get(subject).lower().equals("consideration") && tokens.get(subject + 2).lower().equals("be")
        && tokens.get(subject + 3).lower().equals("given") && tokens.get(subject + 4).lower().equals("to");
    return idiom ? subject + 5 : -1;
  }

  /** Words a source's name may have: "According to the Uganda Law Society and JS3,". */
  private static final int MAX_SOURCE = 12;

  /**
   * "According to JS2, the Government should ...": [first, last] token of the source a sentence opens with, or null.
   * Whether the source is someone (JS2) or something (the Constitution) is for the caller to tell.
   */
  static int[] source(List<Token> tokens) {
    if (tokens.size() < 6 || !tokens.get(0).lower().equals("according") || !tokens.get(1).lower().equals("to")) {
      return null;
    }
    for (int i = 3; i < Math.min(tokens.size() - 2, 2 + MAX_SOURCE); i++) {
      if (tokens.get(i).word().equals(",")) {
        return new int[] {2, i - 1};
      }
    }
    return null;
  }

  /**
   * Prepositions that open a phrase of time or place before a call: "During the review, States should ...", and
   * the "to" of a purpose: "To enhance public confidence, the authorities should ...".
   */
  private static final Set<String> FRONTING = Set.of("during", "at", "in", "before", "after", "ahead", "following",
      "throughout", "on", "to");

  /**
   * Index of the first word after a fronted phrase and its comma ("During the review, States should", "At the
   * Council's session in June, Ruritania must"), or {@code start} when the sentence opens with none.
   */
  private static int afterFrontedPhrase(List<Token> tokens, int start) {
    if (start >= tokens.size() || !FRONTING.contains(tokens.get(start).lower())) {
      return start;
    }
    // "To enhance public confidence," and "In order to ensure X," hold a verb; a phrase of time or place none
    int purpose = tokens.get(start).lower().equals("to") ? start + 1
        : start + 3 < tokens.size() && words(tokens, start, start + 2).equalsIgnoreCase("in order to") ? start + 3
        : -1;
    if (purpose >= 0 && (purpose >= tokens.size() || !"VB".equals(tokens.get(purpose).tag()))) {
      return start;
    }
    for (int i = start + 1; i < Math.min(tokens.size() - 1, start + MAX_MODAL_AT); i++) {
      Token token = tokens.get(i);
      if (token.word().equals(",")) {
        return i + 1;
      }
      if (Lexicon.MODALS.contains(token.lower())
          || token.tag() != null && token.tag().startsWith("VB") && !(purpose >= 0 && i >= purpose)) {
        break;
      }
    }
    return start;
  }

  /**
   * Words that open a sentence's State: "In Myanmar,", "For Nicaragua,", "On China,", "Regarding Belarus,", "With
   * regard to Nicaragua,", as statements on several States name each.
   */
  private static final List<String> PLACE_OPENERS = List.of("with regard to", "with respect to", "as for",
      "turning to", "as regards", "in", "for", "on", "regarding", "concerning");
  /** How many words a State's name may have: "Democratic Republic of the Congo". */
  private static final int MAX_STATE_WORDS = 6;

  /**
   * Whether the sentence opens with a phrase of its own before a comma ("On Tuesday,", "In Myanmar,"), which sets
   * the scene for it, whatever it names.
   */
  static boolean opensWithPhrase(List<Token> tokens) {
    int start = datelineEnd(tokens);
    int opener = openerLength(tokens, start);
    for (int k = start + opener + 1; opener > 0 && k < Math.min(tokens.size(), start + opener + 1 + MAX_STATE_WORDS);
         k++) {
      if (tokens.get(k).word().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The State a sentence opens with ("In Myanmar, the military must ..."; "For Nicaragua," likewise; a headline's
   * "Thailand:"), by its canonical name, as statements on several States name each before its call; {@code reviewed}
   * when it opens with none.
   */
  static String placeNamed(List<Token> tokens, String reviewed) {
    int start = datelineEnd(tokens);
    String label = labelState(tokens, start);
    if (label != null) {
      return label;
    }
    int opener = openerLength(tokens, start);
    if (opener == 0 || start + opener + 1 >= tokens.size()) {
      return reviewed;
    }
    int name = start + opener;
    for (int k = name + 1; k < Math.min(tokens.size(), name + 1 + MAX_STATE_WORDS); k++) {
      if (tokens.get(k).word().equals(",")) {
        return org.uprlens.States.byName(words(tokens, name, k - 1)).map(org.uprlens.States.State::name)
            .orElse(reviewed);
      }
    }
    return reviewed;
  }

  /** How many words of a {@link #PLACE_OPENERS} phrase open the tokens at {@code start}; 0 for none. */
  private static int openerLength(List<Token> tokens, int start) {
    for (String opener : PLACE_OPENERS) {
      int length = opener.split(" ").length;
      if (start + length <= tokens.size()
          && words(tokens, start, start + length - 1).toLowerCase(Locale.ROOT).equals(opener)) {
        return length;
      }
    }
    return 0;
  }

  /**
   * The State a headline is labelled with, "Thailand: Parliament Should Reject ...", by its canonical name; null when
   * the words from {@code start} open with none.
   */
  private static String labelState(List<Token> tokens, int start) {
    for (int k = start + 1; k < Math.min(tokens.size() - 1, start + 1 + MAX_STATE_WORDS); k++) {
      if (tokens.get(k).word().equals(":")) {
        return org.uprlens.States.byName(words(tokens, start, k - 1)).map(org.uprlens.States.State::name)
            .orElse(null);
      }
    }
    return null;
  }

  /** A release's dateline is a place and a date: "(Geneva, October 30, 2025) -", "GENEVA, 3 April 2025 –". */
  private static final int MAX_DATELINE = 16;
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");

  /** Index of the first word after a dated dateline and its dash, or 0 when the sentence opens with none. */
  static int datelineEnd(List<Token> tokens) {
    boolean dated = false;
    for (int i = 0; i < Math.min(tokens.size() - 1, MAX_DATELINE); i++) {
      Token token = tokens.get(i);
      if (Lexicon.DASHES.contains(token.word()) || RecommendationExtractor.isSpacedHyphen(tokens, i)) {
        return dated ? i + 1 : 0;
      }
      if (MONTHS.contains(token.lower()) || token.word().matches("(?:19|20)\\d\\d")) {
        dated = true;
      } else if (Lexicon.MODALS.contains(token.lower()) || token.tag() != null && token.tag().startsWith("VB")) {
        return 0;   // a clause, not a dateline
      }
    }
    return 0;
  }

  /** The reviewing States, by the word a subject opens with: "Governments taking part in the review". */
  private static final Set<String> PEERS = Set.of("states", "governments", "delegations", "countries");
  /** Verbs by which the reviewing States are asked to urge the State under review. */
  private static final Set<String> URGING = Set.of("urge", "press", "call", "ask", "encourage", "request");

  /** A noun by its tag, or "states", which the tagger often takes for a verb ("Member states should"). */
  private static boolean isNoun(Token token) {
    return token.tag() != null && token.tag().startsWith("NN") || token.lower().equals("states");
  }

  /** What a State acts through: "Ruritania's government", "the authorities". */
  private static final Set<String> ORGANS = Set.of("government", "authorities", "parliament");

  /** Whether the subject [start, end] is "They" alone. */
  static boolean isThey(List<Token> tokens, int start, int end) {
    return start == end && tokens.get(start).lower().equals("they");
  }

  /**
   * "It should also publish the names": "it" after a call on the State is the State, when it is to act; "It should be
   * noted", "It should be adopted before June" (a bill) are not.
   */
  private static boolean isItActing(List<Token> tokens, int start, int end, int verb) {
    return start == end && tokens.get(start).lower().equals("it") && verb < tokens.size()
        && !BE_OR_HAVE.contains(tokens.get(verb).lower());
  }

  private static final Set<String> BE_OR_HAVE = Set.of("be", "have");

  private static boolean isState(List<Token> tokens, int start, int end, String reviewed) {
    if (end - start >= 2 && ORGANS.contains(tokens.get(end).lower()) && "POS".equals(tokens.get(end - 1).tag())) {
      return isState(tokens, start, end - 2, reviewed);   // "Ruritania's government"
    }
    return RecommendationExtractor.namesState(words(tokens, start, end), reviewed);   // "It should be noted" is not
  }

  /**
   * Who else an author calls on by name: "The international community should", "Donors must", "The European Union
   * and its member states should", "Ruritania's international partners should". Not a bare "States should".
   */
  private static boolean isOtherAddressee(List<Token> tokens, int start, int end) {
    String phrase = words(tokens, start, end);
    String type = ActorTypes.of(phrase);
    return Lexicon.OTHER_ADDRESSEES.matcher(phrase.toLowerCase(Locale.ROOT)).find()
        || ActorTypes.OTHER.equals(type) || ActorTypes.UN_AGENCY.equals(type);
  }

  /** Tokens [start, end]'s words with a space between, for a sentence whose text is not at hand. */
  static String words(List<Token> tokens, int start, int end) {
    StringBuilder phrase = new StringBuilder();
    for (int i = start; i <= end; i++) {
      phrase.append(i > start ? " " : "").append(tokens.get(i).word());
    }
    return phrase.toString();
  }

}
