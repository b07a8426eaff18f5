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
  /** Words of time and degree before the verb of a response: "was later accepted", "merely noted". */
  private static final String LATER = "(?:(?:also|later|subsequently|eventually|only|merely|simply)\\s+)?";
  /** Who made them, between the noun and what they were about: "a recommendation from Sweden to ...". */
  private static final String MADE = "\\s+(?:made\\s+)?(?:by|from)\\s+[^.;]{2,80}?";
  private static final String BY = "(?:" + MADE + ")?";
  /** What the recommendations were about must follow: "several key recommendations." names none. */
  private static final String ABOUT = "\\s+(?:to|that|on|concerning|regarding|about|calling|urging|related\\s+to"
      // not "cannot accept the recommendation for the following reasons:"
      + "|relating\\s+to|aimed\\s+at|for(?!\\s+(?:the\\s+following\\s+|these\\s+|several\\s+|two\\s+)?reasons?\\b))\\b";
  /** "did not support the recommendation that", "Nor did Kazakhstan support recommendations to", "rejected ...". */
  private static final Pattern NOT_ACTIVE = Pattern.compile(
      "(?i)\\b(?:(?:did|does|do|would|will|could|can)(?:\\s+not|n[’']t)|nor\\s+(?:did|does|do)\\s+(?:\\S+\\s+){1,4}?"
          + "|refused\\s+to|failed\\s+to|declined\\s+to|cannot|(?:is|are|was|were)\\s+unable\\s+to)\\s*"
          + "(support|accept)\\s+(?:\\S+\\s+){0,6}?" + RECS + BY
          + ABOUT + "|\\b(reject|rejected|rejects|rejection\\s+of)\\s+(?:\\S+\\s+){0,4}?" + RECS + BY + ABOUT
          // "rejected calls by several States to abolish ...": calls made at the review, by whom it says; "rejects
          // the call by the experts to repeal ..."
          + "|\\b(reject|rejected|rejects|rejection\\s+of)\\s+(?:\\S+\\s+){0,4}?calls?" + MADE + ABOUT
          + "|\\b(noted|notes|t(?:akes|ook|aken)\\s+note\\s+of)\\s+(?:\\S+\\s+){0,4}?" + RECS + ABOUT
          // "partially accepts the recommendation to": Noted, as UPR Info and the Council count a partial answer
          + "|\\b(?:partially|partly)\\s+(accepted|accepts|supported|supports)\\s+(?:\\S+\\s+){0,4}?" + RECS + BY
          + ABOUT
          // "had not supported recommendations to", "has not yet accepted the recommendation that"
          + "|\\b(?:has|have|had)(?:\\s+not|n[’']t)\\s+(?:yet\\s+)?(supported|accepted)\\s+(?:\\S+\\s+){0,6}?" + RECS
          + BY + ABOUT);
  /**
   * "noted a recommendation from Uruguay to abolish ...": a response only when States made it; a body that "noted a
   * recommendation by the Committee of Ministers on" cites it.
   */
  private static final Pattern NOTED_FROM = Pattern.compile(
      "(?i)\\b(noted)\\s+(?:\\S+\\s+){0,4}?(?:" + RECS + "|calls)" + BY + ABOUT);
  /** Makers that are States, though not named: "calls by several States", "recommendations from many delegations". */
  private static final Pattern UNNAMED_STATES = Pattern.compile("(?i)\\b(?:by|from)\\s+(?:several|many|some|numerous"
      + "|a\\s+number\\s+of|a\\s+few|a\\s+group\\s+of|other)\\s+(?:other\\s+)?(?:States|countries|delegations)\\b");
  /** "Recommendations to ratify ..., were not supported by the government", "... were also noted". */
  private static final Pattern NOT_PASSIVE = Pattern.compile(
      "(?i)\\b" + RECS + ABOUT + "[^.;]{0,400}?\\b(?:were|was|are|is|have\\s+been|has\\s+been)\\s+(?:not|only)\\s+"
          + "(supported|accepted|noted)\\b|\\b" + RECS + "\\b[^.;]{0,400}?\\b(?:were|was|are|is)\\s+"
          + "(?:also\\s+|merely\\s+|only\\s+|simply\\s+)?(rejected|noted)\\b");
  /**
   * A participle that describes the recommendations rather than telling a response: "each supported recommendation
   * to", "a timeline for accepted recommendations on".
   */
  private static final String NOT_ADJECTIVE = "(?<!\\b(?:each|every|all|any|the|its|their|these|those|of|for)\\s)";
  /**
   * "Kazakhstan accepted key recommendations concerning ...", "supported 150 recommendations", "accepted 190 of the
   * 245 recommendations it received, including recommendations to ...".
   */
  private static final Pattern YES = Pattern.compile(
      "(?i)\\b(" + NOT_ADJECTIVE + "(?:accepted|supported|implemented)|accepts|supports|agreed\\s+to\\s+implement"
          + "|acceptance\\s+of)"
          + "\\s+(?:\\S+\\s+){0,5}?"
          + RECS + "(?:[^.;]{0,150}?\\bincluding\\s+(?:\\S+\\s+){0,2}?" + RECS + ")?" + BY + ABOUT);
  /**
   * A response to the recommendations the sentence before reported: "Ruritania merely noted these
   * recommendations.", "It rejected them.", "The Government accepted both recommendations.", "It noted both."
   */
  private static final Pattern TO_THOSE = Pattern.compile(
      "(?i)\\b(?:(noted|notes|rejected|rejects|(?:did|would)(?:\\s+not|n[’']t)\\s+(?:support|accept)|refused\\s+to"
          + "\\s+(?:support|accept))|(accepted|accepts|supported|supports))\\s+"
          + "(?:(?:these|those|this|that|the|both|all|all\\s+of\\s+these|the\\s+two)\\s+" + RECS
          + "|them|it|both(?:\\s+of\\s+them)?)\\s*[.;]?\\s*$");
  /** The same, in the passive, the sentence being nothing else: "This one was noted too.", "Both were rejected." */
  private static final Pattern TO_THOSE_PASSIVE = Pattern.compile(
      "(?i)(?:this|that|it|they|these|those|both|all\\s+of\\s+them)(?:\\s+(?:one|ones|" + RECS + "))?\\s+"
          + "(?:was|were)\\s+" + LATER + "(?:(noted|rejected|not\\s+(?:supported|accepted))|(supported|accepted))"
          + "(?:\\s+too|\\s+as\\s+well)?\\s*[.;]?");
  /** Who responds, by name or as "it", "the Government": "Ruritania", "Costa Rica". */
  private static final String RESPONDER = "(?:it|the\\s+(?:government|authorities|state)"
      + "|(?-i:\\p{Lu})[\\p{L}-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}-]*){0,3})";
  /**
   * A response said of the recommendation the sentence itself reports, after it: '... recommended that Ruritania
   * "abolish ...," a recommendation Ruritania noted.', "..., which was later accepted".
   */
  private static final Pattern APPENDED = Pattern.compile(
      "(?i)[,;–—]\\s*[\"”’]?\\s*(?:a\\s+recommendation|one|which)\\s+(?:that\\s+|which\\s+)?"
          + "(?:" + RESPONDER + "\\s+" + LATER + "|(?:was|were)\\s+" + LATER + ")"
          + "(?:(noted|rejected|not\\s+(?:supported|accepted))|(supported|accepted))\\b");

  /** "..., and Myanmar noted the recommendation", "... but the Government rejected it": the response said after. */
  private static final Pattern AND_RESPONDED = Pattern.compile(
      "(?i)[,;]?\\s+(?:and|but)\\s+" + RESPONDER + "\\s+" + LATER
          + "(?:(noted|rejected|did\\s+not\\s+(?:support|accept))|(supported|accepted))\\s+(?:it|them|both"
          + "|(?:the|this|that|these|those)\\s+recommendations?)\\b");

  /** Who made the recommendations a response is to: "Recommendations by Canada and Switzerland to ...". */
  private static final Pattern MADE_BY = Pattern.compile(
      "(?i)\\b(?:" + RECS + "|proposals?|calls?|those)\\s+(?:made\\s+)?(?:by|from)\\s+([^.;]{2,200}?)(?=\\s+(?:to"
          + "|that|on|concerning|regarding|calling|urging|were|was|are|is)\\b|\\s*[.;]|\\s*$)");

  /**
   * Recommendations meant by a pronoun, after the sentence or the one before named them: "rejected those calling for
   * ...", "did not accept the ones that asked it to ...", "noted others on ...".
   */
  private static final String THOSE = "\\s+(?:those|the\\s+ones|others|some)\\s+(?:that\\s+|which\\s+)?"
      + "(?:called|calling|urged|urging|asked|asking|recommended|recommending|on|concerning|regarding"
      + "|related\\s+to|relating\\s+to)\\b";
  private static final Pattern NOT_THOSE = Pattern.compile(
      "(?i)\\b(rejected|noted|(?:did|does|would)(?:\\s+not|n[’']t)\\s+(?:accept|support))" + THOSE);
  private static final Pattern YES_THOSE = Pattern.compile("(?i)\\b(accepted|supported)" + THOSE);

  /**
   * "Sweden's recommendation to abolish the death penalty was supported by Ghana": supported, in the passive, by the
   * State or with no agent; not "was supported by civil society".
   */
  private static final Pattern YES_PASSIVE = Pattern.compile(
      "(?i)\\b" + RECS + ABOUT + "[^.;]{0,400}?\\b(?:was|were|has\\s+been|have\\s+been)\\s+(?:also\\s+)?"
          + "(supported|accepted)\\b(?!\\s+by\\s+(?!(?i:the\\s+(?:government|state|authorities)|it)\\b)(?-i:\\p{Ll}))");

  /** "has yet to implement recommendations it accepted in 2018 to allow ...": accepted, said after the noun. */
  private static final Pattern YES_AFTER = Pattern.compile(
      "(?i)\\b" + RECS + "\\s+(?:that\\s+|which\\s+)?(?:it|they|the\\s+(?:government|authorities))\\s+"
          + "(?:had\\s+|has\\s+)?(accepted|supported)(?:\\s+(?:in|at|during)\\s+(?:\\S+\\s+){0,3}?\\S+)??" + ABOUT);

  /** "Among the recommendations Kenya supported were proposals from Germany to ...": the response said first. */
  private static final Pattern AMONG = Pattern.compile("(?i)\\bamong\\s+(?:the\\s+)?(?:" + RECS
      + "\\s+(?:that\\s+|which\\s+)?" + RESPONDER + "\\s+(?:had\\s+)?(?:(noted|rejected)|(supported|accepted))"
      // "Among the accepted recommendations were ..."
      + "|(?:(noted|rejected)|(supported|accepted))\\s+" + RECS + ")\\s+(?:was|were)\\b");
  /**
   * A pattern that states a response, the response it states (null: its verb says, {@link #byVerb}), and whether the
   * response needs States as makers.
   */
  private record Rule(Pattern pattern, String support, boolean byStates) {
    Rule(Pattern pattern, String support) {
      this(pattern, support, false);
    }
  }

  /** Tried in this order: a refusal first, so that "did not support" is not read as "support". */
  private static final java.util.List<Rule> RULES = java.util.List.of(
      new Rule(NOT_ACTIVE, WorkingGroupList.NOTED), new Rule(NOTED_FROM, WorkingGroupList.NOTED, true),
      new Rule(NOT_PASSIVE, WorkingGroupList.NOTED), new Rule(AMONG, null),
      new Rule(NOT_THOSE, WorkingGroupList.NOTED), new Rule(YES, WorkingGroupList.SUPPORTED),
      new Rule(YES_PASSIVE, WorkingGroupList.SUPPORTED),
      new Rule(YES_AFTER, WorkingGroupList.SUPPORTED), new Rule(YES_THOSE, WorkingGroupList.SUPPORTED));

  static StatedResponse find(String sentence) {
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(sentence);
      if (m.find() && !(rule.byStates() && makers(sentence).isEmpty() && !UNNAMED_STATES.matcher(sentence).find())
          && !BODY_BEFORE.matcher(sentence).region(0, m.start()).find()) {
        return rule.support() != null ? new StatedResponse(rule.support(), verbOf(m)) : byVerb(m);
      }
    }
    return null;
  }

  /**
   * A body as the subject right before the response's verb: "The Committee takes note of the recommendations to ...",
   * "The Special Rapporteur notes the recommendations on ...": it cites them; only a State responds.
   */
  private static final Pattern BODY_BEFORE = Pattern.compile("(?i)\\b(?:committee|subcommittee|rapporteur|experts?"
      + "|working\\s+group|commission|commissioner|council|mission|office|ombudsman|ombudsperson|institution"
      + "|mechanism)\\s+(?:(?:also|further|therefore|thus|again)\\s+)?$");

  /**
   * Whether the response a sentence states ({@link #find}) is said in the passive, with no one to give it: "Recommendations
   * ... were not supported", "recommendations calling for specific action are noted more often".
   */
  static boolean passive(String sentence) {
    for (Rule rule : RULES) {
      if (rule.pattern().matcher(sentence).find()) {
        return rule.pattern() == NOT_PASSIVE;
      }
    }
    return false;
  }

  /**
   * The lemma of the verb a match states the response with, from its first group that matched: "did not support"
   * → support, "agreed to implement" → agree, "noted" → note.
   */
  private static String verbOf(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        for (String word : m.group(g).split("\\s+")) {
          Matcher verb = RESPONSE_VERB.matcher(word);
          if (verb.lookingAt()) {
            return verb.group().toLowerCase(java.util.Locale.ROOT);
          }
        }
      }
    }
    return "note";
  }

  private static final Pattern RESPONSE_VERB =
      Pattern.compile("(?i)support|accept|reject|agree|implement|note");

  /**
   * Where a response to recommendations meant by a pronoun ends in the sentence ("did not accept the ones that
   * asked"), or -1: a cue inside it ("asked") reports what was recommended, it does not recommend.
   */
  static int pronounResponseEnd(String sentence) {
    for (Pattern p : java.util.List.of(NOT_THOSE, YES_THOSE)) {
      Matcher m = p.matcher(sentence);
      if (m.find()) {
        return m.end();
      }
    }
    return -1;
  }

  /** "noted both recommendations", "rejected the two": a response to two recommendations. */
  private static final Pattern TWO = Pattern.compile("(?i)\\b(?:both|the\\s+two)\\b");

  /** Whether a response {@link #toThose} answers two recommendations ("both", "the two"), not all just reported. */
  static boolean answersTwo(String sentence) {
    return TWO.matcher(sentence).find();
  }

  /**
   * The response a sentence gives to the recommendations to {@code target} reported just before it ({@link
   * #TO_THOSE}), or null. It names none of its own: "noted these recommendations" and nothing about what they
   * asked.
   */
  static StatedResponse toThose(String sentence, String target) {
    String text = sentence.strip();
    Matcher passive = TO_THOSE_PASSIVE.matcher(text);
    if (target != null && passive.matches()) {
      return byVerb(passive);
    }
    Matcher m = TO_THOSE.matcher(text);
    if (target == null || !m.find()) {
      return null;
    }
    // Its subject is the State the recommendations were to: "Ruritania merely", "The Government", "It".
    String subject = text.substring(0, m.start()).strip().toLowerCase(java.util.Locale.ROOT);
    if (subject.split("\\s+").length > 8 || !(subject.contains(target.toLowerCase(java.util.Locale.ROOT))
        || subject.matches("(?:it|the\\s+(?:government|authorities|state))\\b.*"))) {
      return null;
    }
    return byVerb(m);
  }

  /**
   * Where what was asked ends in a response's words: before the response said after it ("Recommendations to ratify X
   * were not supported"), a reason given for it (", claiming that ...", ", telling the Council that ...", " because
   * ..."), what happened since (", but no reform has followed") or a semicolon, else at the end.
   */
  private static final Pattern AFTER_ASK = Pattern.compile(
      "(?i),?\\s+(?:were|was|are|is|have\\s+been|has\\s+been)\\s+(?:\\S+\\s+)?(?:supported|accepted|noted|rejected)\\b"
          + "|,\\s+(?:claiming|saying|telling|explaining|adding|arguing|citing|stating|insisting|noting|despite"
          + "|although|though|because"
          + "|since|even\\s+though|but|yet|however)\\b|\\s+(?:because|on\\s+the\\s+grounds?\\s+that)\\s+(?!of\\b)"
          // ", as the matter is before the Commission", ", including those made by Sierra Leone"
          + "|,?\\s+(?:due\\s+to|owing\\s+to)\\s+|,\\s+as\\s+(?=(?:the|it|they|this|these|such|there|its|their)\\b)"
          + "|,\\s+including\\s+(?:those|the\\s+ones|one)\\s+(?:made\\s+)?(?:by|from)\\b"
          + "|\\s*;");

  /** {@link #AFTER_ASK} in {@code words}, what was asked starting at {@code from}: the offset where it ends. */
  static int askEnd(String words, int from) {
    Matcher m = AFTER_ASK.matcher(words).region(from, words.length());
    return m.find() ? m.start() : words.length();
  }

  /** A response appended to a sentence that recommends ({@link #APPENDED}), and where it starts. */
  record Appended(int start, StatedResponse response) {}

  static Appended appended(String sentence) {
    Matcher m = APPENDED.matcher(sentence);
    if (!m.find() && !(m = AND_RESPONDED.matcher(sentence)).find()) {
      return null;
    }
    return new Appended(m.start(), byVerb(m));
  }

  /** The response of a match by the verb its first group that matched holds: "rejected", "accepted". */
  private static StatedResponse byVerb(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        boolean noted = NOTES.matcher(m.group(g)).find();
        return new StatedResponse(noted ? WorkingGroupList.NOTED : WorkingGroupList.SUPPORTED, verbOf(m));
      }
    }
    return new StatedResponse(WorkingGroupList.SUPPORTED, verbOf(m));
  }

  /** The words of a response that notes: "noted", "rejects", "did not support", "refused to accept". */
  private static final Pattern NOTES =
      Pattern.compile("(?i)\\b(?:noted|notes|rejected|rejects|not|refused)\\b|n[’']t\\b");

  /**
   * The States whose recommendations a response sentence names ("Recommendations by Canada and Peru ...", "Norway's
   * recommendation"), or the State it opens with when that State speaks of its own ("India welcomed the acceptance
   * of its recommendation to ..."); else none.
   */
  static java.util.List<String> makers(String sentence) {
    Matcher m = MADE_BY.matcher(sentence);
    if (!m.find()) {
      m = POSSESSOR.matcher(sentence);
      if (!m.find()) {
        return subjectsOwn(sentence);
      }
    }
    return org.uprlens.States.mentions(m.group(1)).stream().map(s -> s.state().name()).distinct().toList();
  }

  /** "its recommendation", "their own proposals": the maker is the sentence's subject. */
  private static final Pattern ITS_OWN = Pattern.compile(
      "(?i)\\b(?:its|their)\\s+(?:own\\s+)?(?:\\S+\\s+)?(?:" + RECS + "|proposals?)\\b");
  /** How far into a sentence its subject may start: "The Netherlands". */
  private static final int SUBJECT_START = 4;

  private static java.util.List<String> subjectsOwn(String sentence) {
    Matcher its = ITS_OWN.matcher(sentence);
    if (!its.find()) {
      return java.util.List.of();
    }
    var named = org.uprlens.States.mentions(sentence);
    int start = sentence.length() - sentence.stripLeading().length();
    return !named.isEmpty() && named.get(0).start() <= start + SUBJECT_START && named.get(0).end() < its.start()
        ? java.util.List.of(named.get(0).state().name()) : java.util.List.of();
  }

  /** "accepted Norway's recommendation to ...", "noted Iceland and Canada's recommendations on ...". */
  private static final Pattern POSSESSOR = Pattern.compile(
      "(\\p{Lu}[\\p{L}'’ -]{1,60}?)['’]s?\\s+(?:\\S+\\s+){0,2}?(?:" + RECS + "|proposals?|calls?)\\b");
}
