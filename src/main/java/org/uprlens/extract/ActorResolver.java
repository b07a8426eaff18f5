package org.uprlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uprlens.States;

/**
 * Remembers who spoke last in a document, so that "It", "They", "The same Committee" and "The Committee" can be
 * resolved to the body named before them. One instance per document.
 */
final class ActorResolver {
  /** A person by title and surname: "Mr. Türk", "Ms Khan", "Dr. Mensah". */
  private static final Pattern HONORIFIC =
      Pattern.compile("(?:Mr|Ms|Mrs|Dr|Prof|Professor|Judge)\\.?\\s+(\\p{Lu}[\\p{L}'’-]+)");
  /** "The Committee", "a UN panel"; not the "A" of "A number of States". */
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:(?i:the)|(?i:an?)(?=\\s+\\p{Lu}))\\s+");
  private static final Pattern LEADING_MARKS = Pattern.compile("^[\"'“”‘’«»\\s]+");
  /** Split a list of actors at a new member: ", the X", " and the X", " and UNHCR". */
  private static final Pattern MEMBER_BOUNDARY =
      Pattern.compile(",\\s+(?:and\\s+)?(?=(?:the|The)\\s|[A-Z]{2,}\\d*\\b)"
          + "|\\s+and\\s+(?=(?:the|The)\\s|[A-Z]{2,}\\d*\\b)");
  private static final Pattern GENERIC = Pattern.compile(
      "^(?:(?:same|said|latter|former|above|aforementioned)\\s+)?(committee|subcommittee|special rapporteur|rapporteur"
          + "|working group|group|country team|team|mandate holders?|independent expert|expert|office|mechanism"
          + "|body|treaty body|organi[sz]ation|coalition|submission|agency|commission|commissioner|high commissioner"
          + "|experts|rights group|watchdog|charity|forum|network|alliance|association|foundation|centre|center"
          + "|institute|federation|league)$");
  /** How a joint submission names its own makers: "The co-submitting organisations", "The authors". */
  private static final Pattern SELF_REFERENCE = Pattern.compile(
      "^(?:(?:co-?)?(?:submitting|undersigned|reporting|contributing)\\s+(?:organi[sz]ations?|ngos?|partners"
          + "|coalition|parties)|coalition|organi[sz]ation"
          + "|authors?(?:\\s+of\\s+this\\s+(?:joint\\s+)?(?:submission|report))?"
          + "|this\\s+(?:joint\\s+)?(?:submission|report)"
          // a State's statement: "My delegation recommends"
          + "|(?:my|our)\\s+(?:delegation|country|government|organi[sz]ation))$");

  /**
   * An acronym in brackets closing a name of two words or more: "European Commission against Racism (ECRI)", "Human
   * Rights Committee (HR Committee)".
   */
  private static final Pattern DEFINED_ACRONYM = Pattern.compile(
      "(?<=\\S\\s{1,3}\\S{1,40})\\s*\\(\\p{Lu}[\\p{L}\\d&.-]{1,15}(?:\\s\\p{Lu}[\\p{L}]{1,15})?\\)$");

  /** Who speaks for a State at a review or in the news. */
  private static final String ENVOY = "(?i:(?:permanent\\s+)?(?:delegation|representative|delegate|ambassador|envoy"
      + "|government|mission|diplomats?|(?:foreign\\s+)?minister))";
  /** "the delegation of France", "the Government of Canada", "the representative for Chile". */
  private static final Pattern ENVOY_OF = Pattern.compile(ENVOY + "\\s+(?i:of|for|from)\\s+(?i:the\\s+)?(.+)");
  /** "Germany's delegation", "the Swiss representative", "the British ambassador". */
  private static final Pattern STATES_ENVOY = Pattern.compile("(.+?)(?:['’]s?)?\\s+" + ENVOY);

  private final List<String> history = new ArrayList<>();
  /** Who "we" is: the author of a document in its own voice ({@link Author}), or null. */
  private final String self;

  /** The acronyms the document defines ({@link Acronyms}). */
  private final Map<String, String> acronyms;

  /** Whom an op-ed's "I" is: its writer, when no organisation is its author. */
  private final String writer;

  /** Who speaks now in a transcript, by the name over or before their words ("Norway: Thank you"), or null. */
  private String speaker;

  /** Whether the last call remembered with its tense ({@link #rememberCall}) was told in the past: "Sweden urged". */
  private boolean lastCallPast;

  /**
   * {@code self}: the document's author ({@link Author}), or null; {@code writer}: the person a byline names when it
   * names no organisation ({@link Author#writer}), or null.
   */
  ActorResolver(String self, Map<String, String> acronyms, String writer) {
    this.self = self;
    this.acronyms = acronyms;
    this.writer = writer;
  }

  /** The document's author, or null. */
  String self() {
    return self;
  }

  /** The maker of a call and whether the call is told in the past tense ("urged") or made now ("urge"). */
  void rememberCall(String actor, boolean past) {
    remember(actor);
    lastCallPast = past;
  }

  /**
   * The same, for a subject outside any quotation whose call is made now: after "Sweden urged Zambia to ...", "We call
   * on Zambia to ..." in a post that names no author is its unnamed author's, who reports others in the past; "We
   * further urge" after "our organisations urge", or "We also encouraged" after "the United Kingdom recommended", is
   * the maker before.
   */
  String resolveUnquoted(String subject, boolean present) {
    return subject != null && subject.strip().equalsIgnoreCase("we") && self == null && speaker == null && present
        && lastCallPast ? "We" : resolve(subject);
  }

  /** The actor a subject phrase refers to, or null when it cannot be told. */
  String resolve(String subject) {
    if (subject == null || subject.isBlank()) {
      return null;
    }
    // "The undersigned call on you": the signatories are the author, as "we" is
    String phrase = UNDERSIGNED.matcher(strip(subject)).replaceFirst("we");
    String lower = phrase.toLowerCase(Locale.ROOT);
    if (speaker != null && (lower.equals("we") || lower.equals("i"))) {
      return speaker;
    }
    // A rapporteur's statement speaks as "I"
    if (self != null && (lower.equals("we") || lower.equals("i") || lower.equals("me")
        || SELF_REFERENCE.matcher(lower).matches())) {
      return self;
    }
    if (self == null && writer != null && (lower.equals("i") || lower.equals("me"))) {
      return writer;   // "By John Otieno" over "I urge the Government of Kenya to ..."
    }
    if (self == null && lower.equals("we")) {
      return lastKnown();   // '"We call on the authorities ...", the experts said': the speaker quoted last
    }
    if (Lexicon.PRONOUNS.contains(lower)) {
      return last();
    }
    // "Ms. Khan recommended" after "The Special Rapporteur ..., Irene Khan, said": the actor named with her before
    var person = HONORIFIC.matcher(phrase);
    if (person.matches()) {
      for (int i = history.size() - 1; i >= 0; i--) {
        if (java.util.Arrays.asList(history.get(i).split("[\\s,]+")).contains(person.group(1))) {
          return history.get(i);
        }
      }
    }
    String expanded = acronyms.get(phrase);
    // "SLN recommends" after "the Sahel Lawyers Network (SLN)"; an acronym known by itself (UNHCR, CEDAW) stays
    String type = expanded == null ? null : ActorTypes.of(phrase);
    if (ActorTypes.UNKNOWN.equals(type) || ActorTypes.NGO.equals(type)) {
      return Bodies.canonical(expanded);
    }
    // "The Secretary-General calls on" in a report of the UN Secretary-General: the author by the name's end
    if (self != null && self.toLowerCase(Locale.ROOT).endsWith(" " + lower)) {
      return self;
    }
    // "His delegation recommended" after "Mr. Smith (United Kingdom) said ...": the State named before
    if (SPEAKERS_DELEGATION.matcher(lower).matches() && last() != null && States.byName(last()).isPresent()) {
      return last();
    }
    // A summary record names speakers with what they speak for: "Mr. Mensah (Ghana)", "Ms. Lee (Country Task Force)"
    Matcher affiliated = AFFILIATED.matcher(phrase);
    if (affiliated.matches()) {
      String of = affiliated.group(1).strip();
      var state = States.byName(of);
      if (state.isPresent()) {
        return state.get().name();
      }
      if (COMMITTEE_POST.matcher(of).matches()) {
        String committee = namedBefore("committee");
        return committee != null ? committee : self != null ? self : phrase;
      }
    }
    if (COMMITTEE_MEMBER.matcher(lower).lookingAt()) {
      String committee = namedBefore("committee");
      return committee != null ? committee : phrase;   // "A Committee Expert said": of the committee named before
    }
    var generic = GENERIC.matcher(lower);
    if (generic.matches() || lower.startsWith("same ")) {
      String head = generic.matches() ? lastWord(generic.group(1)) : lastWord(lower);
      // "The Committee" in a committee's own concluding observations is that committee, "The Special Rapporteur"
      // in a rapporteur's report that rapporteur: others are named in full.
      if (self != null && !lower.startsWith("same ")
          && java.util.Arrays.asList(self.toLowerCase(Locale.ROOT).split("[\\s-]+")).contains(head)) {
        return self;
      }
      String before = namedBefore(head);
      if (before != null) {
        return before;
      }
      // "the group", "the agency": news calls an NGO or a UN agency named before so, whatever its name
      String kind = ORGANISATION_WORDS.get(head);
      String named = kind == null ? null : lastOfType(kind);
      return named != null ? named : phrase;
    }
    String represented = represented(phrase);
    if (represented != null) {
      return represented;
    }
    // "The Sexual Rights Initiative (SRI) stated": the acronym defined in passing is not part of the name (a list
    // keeps its last member's, which may be the only name some readers know it by)
    return Bodies.canonical(members(phrase).size() == 1 ? DEFINED_ACRONYM.matcher(phrase).replaceFirst("") : phrase);
  }

  /** The State whose delegation, envoy or government {@code phrase} is, by name or demonym; else null. */
  static String represented(String phrase) {
    Matcher of = ENVOY_OF.matcher(phrase);
    if (of.matches()) {
      return States.byName(of.group(1)).map(States.State::name).orElse(null);
    }
    Matcher own = STATES_ENVOY.matcher(phrase);
    if (own.matches()) {
      return States.byName(own.group(1)).or(() -> States.byDemonym(own.group(1))).map(States.State::name)
          .orElse(null);
    }
    return null;
  }

  /**
   * One of a committee's members by their post: "Committee Expert", "a Committee member", "Committee Chair",
   * "Committee Expert and Country Rapporteur for X".
   */
  private static final Pattern COMMITTEE_MEMBER = Pattern.compile("(?:an?\\s+|another\\s+)?committee\\s+(?:experts?"
      + "|members?|chair(?:person)?|vice-chair(?:person)?|(?:country\\s+)?rapporteur)\\b");

  /** A speaker's own delegation: "His delegation", "her Government". */
  private static final Pattern SPEAKERS_DELEGATION =
      Pattern.compile("(?:his|her|their)\\s+(?:delegation|government|country)");
  /**
   * A speaker named with what they speak for in brackets, as a summary record prints it: "Ms. Lee (Country Task
   * Force)", "Mr. Mensah (Ghana)".
   */
  private static final Pattern AFFILIATED =
      Pattern.compile("(?:Mr|Ms|Mrs|Dr|Prof)\\.?\\s+\\p{Lu}[\\p{L}'’ -]{0,40}?\\s*\\(([^()]{2,60})\\)");
  /** A committee member's part in a summary record: "Country Task Force", "Country Rapporteur", "Chair". */
  private static final Pattern COMMITTEE_POST = Pattern.compile("(?i)(?:country\\s+)?(?:task\\s+force|rapporteur"
      + "|co-?rapporteur)|(?:vice-?)?chair(?:person)?|committee\\s+member|member\\s+of\\s+the\\s+committee");

  /** Whether {@code name} is one of a committee's members by their post ("A Committee Expert"), not a body. */
  static boolean isCommitteeMember(String name) {
    return COMMITTEE_MEMBER.matcher(strip(name).toLowerCase(Locale.ROOT)).lookingAt();
  }

  /**
   * The last maker remembered whose name has the word {@code head} ("committee", "agency"), not one of a committee's
   * members by their post; null when there is none.
   */
  private String namedBefore(String head) {
    for (int i = history.size() - 1; i >= 0; i--) {
      for (String member : members(history.get(i))) {
        String lower = member.toLowerCase(Locale.ROOT);
        if (java.util.Arrays.asList(lower.split("[\\s-]+")).contains(head)
            && !COMMITTEE_MEMBER.matcher(lower).lookingAt()) {
          return member;
        }
      }
    }
    return null;
  }

  /** A transcript's next speaker: who "we" and "I" are from here on. */
  void speaker(String name) {
    speaker = name;
    remember(name);
  }

  /** The transcript's speaker at this point, or null. */
  String speaker() {
    return speaker;
  }

  void remember(String actor) {
    if (actor != null && !actor.isBlank()) {
      history.add(actor);
    }
  }

  private String last() {
    return history.isEmpty() ? null : history.get(history.size() - 1);
  }

  /** What news calls an organisation it has named, by the organisation's type: "the group", "the agency". */
  private static final Map<String, String> ORGANISATION_WORDS = Map.of("group", ActorTypes.NGO, "organisation",
      ActorTypes.NGO, "organization", ActorTypes.NGO, "watchdog", ActorTypes.NGO, "charity", ActorTypes.NGO, "agency",
      ActorTypes.UN_AGENCY);

  /** The last actor of {@code type} remembered, or null. */
  private String lastOfType(String type) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (type.equals(ActorTypes.of(history.get(i)))) {
        return history.get(i);
      }
    }
    return null;
  }

  /** The last actor whose name tells what it is: a body, an organisation, a State; else "We" as printed. */
  private String lastKnown() {
    for (int i = history.size() - 1; i >= 0; i--) {
      String type = ActorTypes.of(history.get(i));
      if (type != null && !ActorTypes.UNKNOWN.equals(type)) {
        return history.get(i);
      }
    }
    return "We";
  }

  /** "The undersigned", "the undersigned organisations": who sign, the document's author. */
  private static final Pattern UNDERSIGNED = Pattern.compile("^(?i)(?:the\\s+)?undersigned\\b.*$");

  static String strip(String phrase) {
    // '" the experts said': a quotation's closing mark may open the speaker's phrase; "CoE- Commissioner": a line
    // break after a hyphen left a space
    return SPACED_HYPHEN.matcher(LEADING_ARTICLE.matcher(LEADING_MARKS.matcher(phrase.strip()).replaceFirst(""))
        .replaceFirst("")).replaceAll("-");
  }

  private static final Pattern SPACED_HYPHEN = Pattern.compile("(?<=\\p{L})- (?=\\p{Lu})");

  static List<String> members(String actor) {
    List<String> members = new ArrayList<>();
    for (String part : MEMBER_BOUNDARY.split(actor)) {
      if (!part.isBlank()) {
        members.add(strip(part));
      }
    }
    return members;
  }

  private static String lastWord(String phrase) {
    int space = phrase.lastIndexOf(' ');
    return space < 0 ? phrase : phrase.substring(space + 1);
  }
}
