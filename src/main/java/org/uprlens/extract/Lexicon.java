package org.uprlens.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The words the rules look for, in one place. Lower case. */
final class Lexicon {
  private Lexicon() {}

  /** Verbs whose subject asks the State to act; word form to lemma. */
  static final Map<String, String> CUE_FORMS = forms(
      "recommend", "recommend recommends recommended recommending",
      "urge", "urge urges urged urging",
      "encourage", "encourage encourages encouraged encouraging",
      "call", "call calls called calling",
      "request", "request requests requested requesting",
      "invite", "invite invites invited inviting",
      "suggest", "suggest suggests suggested suggesting",
      "advise", "advise advises advised advising",
      "ask", "ask asks asked asking",
      "press", "press presses pressed pressing",
      "demand", "demand demands demanded demanding");

  /** "call" makes a recommendation only with these particles: "called on", "calls upon", "called for". */
  static final Set<String> CALL_PARTICLES = Set.of("on", "upon", "for");

  /** Reporting verbs that recommend only with a modal in their clause: "considered that X should ...". */
  static final Map<String, String> MODAL_CUE_FORMS = forms(
      "consider", "consider considers considered",
      "state", "state states stated",
      "indicate", "indicate indicates indicated",
      "emphasize", "emphasize emphasizes emphasized emphasise emphasises emphasised",
      "stress", "stress stresses stressed",
      "note", "note notes noted",
      "highlight", "highlight highlights highlighted",
      "underline", "underline underlines underlined",
      "say", "say says said",
      "add", "add adds added",
      "observe", "observe observes observed",
      "believe", "believe believes believed",
      "refer", "refer refers referred",
      "point", "point points pointed",
      "reiterate", "reiterate reiterates reiterated");

  /**
   * Verbs that restate an earlier recommendation, which the sentence then spells out: "reiterated its
   * recommendation that", "recalled its previous recommendations to", "renewed its call on".
   */
  static final Set<String> RESTATE_FORMS = Set.of("reiterate", "reiterates", "reiterated", "recall", "recalls",
      "recalled", "repeat", "repeats", "repeated", "renew", "renews", "renewed", "reaffirm", "reaffirms",
      "reaffirmed");

  /** What a restating verb restates, with the lemma of the recommendation it stands for. */
  static final Map<String, String> RESTATED_NOUNS = forms(
      "recommend", "recommendation recommendations",
      "call", "call calls",
      "request", "request requests");

  /**
   * Nouns of action and their verbs: "recommended the adoption of a law" asks to "Adopt a law", as the lists the
   * models learnt from print it.
   */
  static final Map<String, String> ACTION_NOUNS = Map.ofEntries(Map.entry("adoption", "adopt"),
      Map.entry("ratification", "ratify"), Map.entry("establishment", "establish"), Map.entry("creation", "create"),
      Map.entry("introduction", "introduce"), Map.entry("implementation", "implement"),
      Map.entry("revision", "revise"), Map.entry("repeal", "repeal"), Map.entry("amendment", "amend"),
      Map.entry("strengthening", "strengthen"), Map.entry("abolition", "abolish"), Map.entry("enactment", "enact"),
      Map.entry("elimination", "eliminate"), Map.entry("withdrawal", "withdraw"), Map.entry("allocation", "allocate"),
      Map.entry("prosecution", "prosecute"), Map.entry("investigation", "investigate"),
      Map.entry("release", "release"), Map.entry("extension", "extend"), Map.entry("development", "develop"),
      Map.entry("review", "review"), Map.entry("harmonization", "harmonize"), Map.entry("harmonisation", "harmonise"),
      Map.entry("incorporation", "incorporate"), Map.entry("accession", "accede"), Map.entry("removal", "remove"),
      Map.entry("expansion", "expand"), Map.entry("improvement", "improve"), Map.entry("prohibition", "prohibit"),
      Map.entry("criminalization", "criminalize"), Map.entry("criminalisation", "criminalise"),
      Map.entry("decriminalization", "decriminalize"), Map.entry("decriminalisation", "decriminalise"),
      Map.entry("publication", "publish"), Map.entry("closure", "close"), Map.entry("lifting", "lift"),
      Map.entry("revocation", "revoke"), Map.entry("finalization", "finalize"), Map.entry("finalisation", "finalise"),
      Map.entry("dissemination", "disseminate"), Map.entry("issuance", "issue"), Map.entry("provision", "provide"));

  /** Words that join a restated recommendation to what it asks: "recommendation that", "call on", "request to". */
  static final Set<String> RESTATED_LINKS = Set.of("that", "to", "on", "upon", "for");

  /** "made a similar recommendation": the recommendation is the one reported just before. */
  static final Set<String> MAKE_FORMS = Set.of("made", "makes", "make");

  static final Set<String> MODALS = Set.of("should", "must", "ought");

  /**
   * Verbs whose passive after a modal asks a State to act, in a document's own voice: "The Bill should be adopted",
   * "All charges must be dropped", "Those responsible must be held accountable". Lemmas.
   */
  static final Set<String> PASSIVE_ASKS = Set.of("repeal", "amend", "abolish", "release", "free", "drop", "withdraw",
      "lift", "investigate", "prosecute", "punish", "hold", "bring", "adopt", "enact", "ratify", "implement",
      "revise", "reform", "strengthen", "guarantee", "protect", "respect", "allow", "permit", "grant", "restore",
      "reinstate", "compensate", "close", "end", "halt", "stop", "suspend", "quash", "overturn", "decriminalize",
      "decriminalise", "criminalize", "criminalise", "establish", "create", "provide", "increase", "reopen",
      "publish", "disclose", "allocate", "fund", "consult", "remove", "ban", "prohibit", "outlaw", "rescind",
      "annul", "revoke", "pass", "scrap", "dismantle", "expand", "extend", "improve", "train", "vacate",
      "enhance", "review", "introduce", "reinforce", "harmonize", "harmonise");

  /** Verbs of reporting that name who speaks in a sentence that is not itself a recommendation. */
  static final Set<String> REPORTING_FORMS = Set.of(
      "expressed", "noted", "welcomed", "commended", "highlighted", "indicated", "stated", "stressed", "reported",
      "referred", "considered", "underlined", "observed", "regretted", "acknowledged", "recognized", "recognised",
      "emphasized", "emphasised", "pointed", "said", "added", "mentioned", "explained", "deplored", "appreciated",
      "praised", "found", "concluded", "raised", "took", "made", "remained", "was", "were",
      "expresses", "notes", "welcomes", "commends", "highlights", "indicates", "states", "stresses", "reports",
      "regrets", "acknowledges", "recognizes", "emphasizes", "remains", "is", "are", "considers");

  /** Head words of bodies, organisations and groups that make recommendations. */
  static final Set<String> ACTOR_HEADS = Set.of(
      "committee", "subcommittee", "rapporteur", "rapporteurs", "group", "team", "office", "commissioner",
      "expert", "experts", "holder", "holders", "procedures", "sources", "stakeholders", "submission", "submissions",
      "organization", "organizations", "organisation", "organisations", "ngo", "ngos", "watch", "amnesty",
      "council", "states", "state", "government", "delegation", "delegations", "mission",
      "coalition", "network", "institution", "ombudsman", "ombudsperson", "secretary-general", "agency", "body",
      "bodies", "mechanism", "programme", "fund", "union", "we", "unhcr", "unicef", "unesco", "ilo", "who",
      "undp", "unfpa", "ohchr", "unaids", "unodc", "iom", "fao", "unwomen", "unct",
      // what civil society and national institutions call themselves: "the Kenya Human Rights Commission"
      "commission", "association", "centre", "center", "forum", "alliance", "federation", "institute", "league",
      "foundation", "society", "initiative", "clinic");

  /** Words that stand for the State under review when they are the addressee ("the Government", "the State party"). */
  static final Set<String> STATE_REFERENCES = Set.of("government", "state", "authorities", "country", "it",
      "state party", "government of", "its government");

  /** Addressees that are not the State under review, whatever their case: "urged the international community to". */
  static final java.util.regex.Pattern OTHER_ADDRESSEES = java.util.regex.Pattern.compile(
      "\\b(?:international community|donors?|(?:international |development )?partners|civil society"
          + "|private sector|business(?:es| enterprises)?|companies|the media|member states|other states"
          + "|all states|your (?:delegation|government|mission|country)"
          // parties to an armed conflict, not the State alone
          + "|all parties|parties to the conflict|armed groups)\\b");

  /** Small words inside names, written in lower case: "Lawyers for Human Rights", "Comité de ...". */
  static final java.util.List<String> NAME_LINKS = java.util.List.of("of", "for", "on", "and", "the", "de");

  static final Set<String> PRONOUNS = Set.of("it", "they", "she", "he");

  /** Dashes that end a news dateline: "(Geneva) – ", "GENEVA (14 March 2025) — ". */
  static final Set<String> DASHES = Set.of("–", "—", "--");

  /** Adverbs between a subject and its verb: "It also recommended", "The Committee further urged". */
  static final Set<String> INNER_ADVERBS = Set.of("also", "further", "furthermore", "moreover", "therefore",
      "again", "strongly", "specifically", "additionally", "finally", "similarly", "likewise", "today",
      "yesterday", "recently", "repeatedly", "jointly", "previously", "explicitly", "expressly", "consistently",
      "urgently", "long", "publicly", "already", "formally", "officially", "once", "still", "nevertheless",
      "thus", "hence", "accordingly", "equally", "particularly", "firmly", "respectfully", "kindly", "earnestly",
      "sincerely", "humbly", "hereby");

  private static Map<String, String> forms(String... lemmaAndForms) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < lemmaAndForms.length; i += 2) {
      for (String form : lemmaAndForms[i + 1].split(" ")) {
        map.put(form, lemmaAndForms[i]);
      }
    }
    return Map.copyOf(map);
  }
}
