package org.uprlens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uprlens.ingest.DocKind;
import org.uprlens.ingest.Document;
import org.uprlens.ingest.Outline;
import org.uprlens.ingest.PrintedTable;
import org.uprlens.ingest.RecommendationTable;
import org.uprlens.nlp.Sentence;
import org.uprlens.nlp.Tagger;
import org.uprlens.nlp.Token;

/**
 * Needs: a document's text and sentences. Produces: the sentences that make a recommendation ("X recommended
 * that", "urged", "encouraged", "called on", "requested", "invited", "considered that ... should"), each with its
 * actor and verb. A cheap lexical test picks {@link #candidates}; only those need POS tags, and the tags decide.
 */
public final class RecommendationExtractor {
  /** Longer "sentences" are tables or run-on lists; tagging them is slow and the rules do not fit them. */
  static final int MAX_TOKENS = 250;

  private static final Set<String> NOUN_PHRASE_TAGS = Set.of(
      "NNP", "NNPS", "NN", "NNS", "DT", "JJ", "JJR", "JJS", "CD", "POS", "PRP", "HYPH", "-LRB-", "-RRB-", "FW");
  private static final Set<String> NAME_PREPOSITIONS = Set.of("of", "on", "for", "against", "with", "in", "to");
  /**
   * Who said it, after what is asked: '..., Rights Now said today.', '...," the experts said in a statement.',
   * '...," said Jane Doe, its director.'; and a closing quotation mark. Not part of the request.
   */
  private static final Pattern ATTRIBUTION_TAIL = Pattern.compile(
      "(?:(?:,[\"”’]?|[\"”’],?)\\s+(?:(?:the\\s+)?[\\p{L}'’&.-]+(?:,?\\s+[\\p{L}'’&.-]+){0,7}?,?\\s+"
          + "(?:said|says|stated|added|warned)(?:\\s+(?:today|yesterday|on\\s+\\p{Lu}\\p{L}+|this\\s+week"
          + "|in\\s+(?:a|an|its|their)\\s+(?:[\\p{L}-]+\\s+)?(?:statement|release|report|letter)))?"
          + "|(?:said|says)\\s+[^\"”]{1,120}?)\\s*\\.?"
          + "|[.,]?[\"”’]+)\\s*$");
  /** Who said the sentence, named after it: "..., a group of NGOs said.", '...," the minister said on Tuesday.' */
  private static final Pattern SAYER = Pattern.compile(
      ",[\"”’]?\\s+(?:the\\s+|a\\s+|an\\s+)?([\\p{L}'’&.-]+(?:\\s+[\\p{L}'’&.-]+){0,7}?)\\s+(?:said|says|stated"
          + "|added|warned)\\b[^,;\"”]{0,60}?\\.?\\s*$");

  /**
   * Who said the sentence, named after "said" with their post: '...," said Jane Doe, the group's Asia researcher.',
   * '...," said Jane Doe, director at Rights Now.'
   */
  private static final Pattern SAID_BY = Pattern.compile(
      "[,\"”’]\\s+(?:said|says)\\s+(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})"
          + "(?:,\\s+([^\"”]{1,100}?))?\\s*\\.?\\s*$");
  /** A post in the organisation the sentence spoke of: "the group's", "the organisation's". */
  private static final Pattern OWN_POST = Pattern.compile(
      "^(?:the|its)\\s+((?:rights\\s+)?group|organi[sz]ation|coalition|watchdog|charity)['’]s?\\b");
  /**
   * A post in a named organisation: "director at Rights Now", "spokesperson for Rights Now", "Rights Now's director"
   * (an organisation of a known type: not "Commissioner for Human Rights").
   */
  private static final Pattern POST_IN = Pattern.compile(
      "([\\p{L}-]+)\\s+(at|of|for|with)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}&'’.-]*(?:\\s+(?:of|for|on|and|the"
          + "|\\p{Lu}[\\p{L}&'’.-]*))*)\\s*$"
          + "|^((?:the\\s+)?\\p{Lu}[\\p{L}&.-]*(?:\\s+(?:of|for|on|and|the|\\p{Lu}[\\p{L}&.-]*))*)['’]s\\b");

  /**
   * The one {@link #SAYER} names; or the organisation of the one {@link #SAID_BY} names (its "the group" to be
   * resolved), else the post when it names an office, else that person; or null.
   */
  static String sayer(String sentence) {
    Matcher m = SAYER.matcher(sentence);
    if (m.find()) {
      return m.group(1);
    }
    Matcher by = SAID_BY.matcher(sentence);
    if (!by.find()) {
      return null;
    }
    String post = by.group(2) == null ? "" : by.group(2).strip();
    Matcher own = OWN_POST.matcher(post);
    if (own.find()) {
      return own.group(1);
    }
    Matcher in = POST_IN.matcher(post);
    if (in.find() && (in.group(3) == null || isOrganisation(in.group(3), in.group(2), in.group(1)))) {
      return in.group(3) != null ? in.group(3) : in.group(4);
    }
    return namesOffice(post) ? post : by.group(1);   // "the UN High Commissioner for Human Rights"
  }

  /**
   * When it was asked, closing the sentence: "..., during the review of its rights record.", "..., at the session in
   * Geneva." Not part of the request.
   */
  private static final Pattern OCCASION_TAIL = Pattern.compile(
      ",\\s+(?:during|at)\\s+(?:the|a|an|its|their|\\p{Lu}\\p{L}*['’]s?)\\s+(?:[\\p{L}'’-]+\\s+){0,5}?"
          + "(?i:review|session|dialogue|debate|meeting)\\b[^,;\"”]{0,80}?\\.?$");
  /** "Be encouraged to", "Be commended for X and urged to": a modal's passive cue before what is asked. */
  private static final Pattern PASSIVE_CUE_FIRST = Pattern.compile("(?i)^be\\s+(?:[^.;]{0,80}?\\s+and\\s+)?"
      + "(?:also\\s+)?(?:encouraged|urged|called\\s+(?:up)?on|requested|invited|asked)\\s+to\\s+(?=\\p{L})");
  /** "and should also", "or must": a second act under the same subject's modal. */
  private static final Pattern SECOND_MODAL =
      Pattern.compile("\\b(and|or)\\s+(?:should|must)\\s+(?:also\\s+|further\\s+)?(?=\\p{Ll})");
  /** "not only" opening the words asked: "should not only release them but also ...". */
  private static final Pattern NOT_ONLY = Pattern.compile("(?i)not\\s+only\\s+(?=\\p{L})");
  /** "but also (to)" after "not only to": the second of two acts. */
  private static final Pattern BUT_ALSO = Pattern.compile(",?\\s+but\\s+also\\s+(?:to\\s+)?");
  /** "and for an end to", "and for the adoption of": a second act asked for by its noun. */
  private static final Pattern AND_FOR_NOUN =
      Pattern.compile("\\s+and\\s+for\\s+(?:the\\s+|an\\s+|a\\s+)?(\\p{Ll}+)\\s+(?:of|to)\\s+");

  /** The request with its second act asked for by a noun in the imperative: "... and for an end to torture". */
  private static String secondActionNoun(String asked) {
    Matcher m = AND_FOR_NOUN.matcher(asked);
    if (!m.find()) {
      return asked;
    }
    String noun = m.group(1);
    String verb = noun.equals("end") ? "end" : Lexicon.ACTION_NOUNS.get(noun);
    return verb == null ? asked : asked.substring(0, m.start()) + " and " + verb + " " + asked.substring(m.end());
  }

  /** A list item's punctuation closing the request: "...; and", ";" (a resolution's clauses end so). */
  private static final Pattern LIST_PUNCTUATION = Pattern.compile("\\s*;\\s*(?:and|or)?\\s*$");
  /** "last month", "earlier this year": when, between a subject and its verb. */
  private static final Set<String> PERIODS = Set.of("week", "month", "year", "spring", "summer", "autumn", "fall",
      "winter", "weekend");
  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");
  static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being");

  /** The sentences worth POS-tagging: those with a cue word. Cheap: a lexical test per token. */
  public static List<Sentence> candidates(List<Sentence> sentences) {
    List<Sentence> candidates = new ArrayList<>();
    for (Sentence sentence : sentences) {
      Sentence head = sentence.tokens().size() > MAX_TOKENS ? opening(sentence) : sentence;
      if (isCandidate(head)) {
        candidates.add(head);
      }
    }
    return candidates;
  }

  /** Tokens of a long sentence tagged: its cue, actor and target come first, its lettered items after. */
  static final int OPENING_TOKENS = 80;

  /**
   * A long sentence's opening, to be tagged instead of all of it: a recommendation that lists many items ("The
   * Committee recommends that the State party: (a) ...; (f) ...") is long, and only its opening needs tags.
   */
  private static Sentence opening(Sentence sentence) {
    return new Sentence(sentence.index(), sentence.begin(), sentence.end(),
        sentence.tokens().subList(0, OPENING_TOKENS), sentence.paragraph(), sentence.section());
  }

  /**
   * @param recommendations what the document recommends
   * @param nlpNanos time spent on splitting's follow-up, POS tagging (zero for a Working Group list)
   * @param tagged the sentences that were POS-tagged (none for a Working Group list)
   */
  public record Found(List<Recommendation> recommendations, long nlpNanos, List<Sentence> tagged) {}

  /**
   * All of extraction for one document: a Working Group report's numbered list is read from the text (its other
   * sentences need no tagging); otherwise candidate sentences are tagged and the sentence rules apply.
   */
  public Found find(Document document, List<Sentence> sentences, Tagger tagger) {
    long t0 = System.nanoTime();
    if (document.info().kind() == DocKind.TABLE) {
      return reportedCells(document, tabled(document, sentences), sentences, tagger, t0);
    }
    String author = authorOf(document);   // once per document: the rules below all need it
    List<Recommendation> listed = listed(document, sentences, author);
    if (!listed.isEmpty()) {
      return new Found(listed, 0, List.of());
    }
    List<Sentence> tagged = tagger.tag(candidates(sentences));
    long t1 = System.nanoTime();
    List<Recommendation> found = extract(document, sentences, tagged, author);
    found = QUOTING.contains(document.info().kind()) ? withQuoted(document, sentences, found, author) : found;
    return new Found(withPrinted(document, sentences, found, author), t1 - t0, tagged);
  }

  /** Who wrote a document in its own voice ({@link #OWN_VOICE}), as it names itself ({@link Author}); else null. */
  private static String authorOf(Document document) {
    return OWN_VOICE.contains(document.info().kind()) ? Author.of(document.text(), document.info().publisher())
        : null;
  }

  /**
   * The rows of a table of recommendations the document prints ({@link PrintedTable}: "Recommendation | Recommending
   * State | Response" in a Word file or on a web page), in place of what the other rules read in their cells. A row
   * without a response of its own takes the one its table's caption states ("Recommendations noted by Zambia").
   */
  private static List<Recommendation> withPrinted(Document document, List<Sentence> sentences,
                                                  List<Recommendation> found, String author) {
    List<Recommendation> rows = new ArrayList<>();
    int floor = 0;
    // An organisation's table of its own asks ("Recommendation | Addressed to | Timeline") is its author's
    for (PrintedTable.Table table : PrintedTable.tables(document.text())) {
      TableCaption.Stated caption = TableCaption.of(document.text(), table, floor);
      for (RecommendationTable.Row row : table.rows()) {
        Recommendation r = ofRow(document, sentences, row, author);
        rows.add(caption == null || r.supportStated() != null ? r
            : r.withSupport(caption.support(), caption.evidence()));
      }
      floor = table.rows().get(table.rows().size() - 1).end();
    }
    return inPlaceOf(rows, found);
  }

  /** {@code rows}, and those of {@code found} that none of them overlaps, in document order. */
  private static List<Recommendation> inPlaceOf(List<Recommendation> rows, List<Recommendation> found) {
    if (rows.isEmpty()) {
      return found;
    }
    List<Recommendation> all = new ArrayList<>(rows);
    for (Recommendation r : found) {
      if (rows.stream().noneMatch(q -> r.charStart() < q.charEnd() && q.charStart() < r.charEnd())) {
        all.add(r);
      }
    }
    all.sort(java.util.Comparator.comparingInt(Recommendation::charStart));
    return all;
  }

  /**
   * Documents that may quote an earlier review's recommendations by number ({@link QuotedRecommendations}). An
   * addendum's quotes answer its own report's recommendations, which are read from the report.
   */
  static final Set<DocKind> QUOTING = java.util.EnumSet.complementOf(java.util.EnumSet.of(
      DocKind.WORKING_GROUP_REPORT, DocKind.ADDENDUM, DocKind.MATRIX));

  /** The document's quoted recommendations, in place of what the sentence rules read in the same place. */
  private static List<Recommendation> withQuoted(Document document, List<Sentence> sentences,
                                                 List<Recommendation> found, String author) {
    List<Recommendation> quotes = new ArrayList<>();
    List<WorkingGroupList.Item> items = QuotedRecommendations.parse(document.text());
    for (WorkingGroupList.Item quote : items) {
      quotes.add(ofItem(document, sentences, quote, null));
    }
    return inPlaceOf(ownModalItems(document, items, quotes, author), found);
  }

  /**
   * In a document in its author's own voice, the numbered items without makers that ask by a modal ("Recommendation
   * 4.1 Disability Rights Act" over "The Australian Government should enact ...", as an inquiry numbers its own) as
   * the author's calls on whom they name ({@link ListedAsks#byModal}); the rest as they are.
   */
  private static List<Recommendation> ownModalItems(Document document, List<WorkingGroupList.Item> items,
                                                    List<Recommendation> read, String author) {
    if (items.isEmpty() || !OWN_VOICE.contains(document.info().kind())) {
      return read;
    }
    List<Recommendation> out = new ArrayList<>(read.size());
    String text = document.text();
    for (int k = 0; k < read.size(); k++) {
      Recommendation item = read.get(k);
      if (!items.get(k).states().isEmpty()) {
        out.add(item);
        continue;
      }
      Recommendation asked = ListedAsks.byModal(item, text, document.info().stateUnderReview(), author);
      // "1. Protect civic space" over "The Government should withdraw the Act.": the paragraph under the title asks
      int limit = k + 1 < items.size() ? items.get(k + 1).begin() : text.length();
      out.add(asked != item ? asked
          : ListedAsks.withBody(item, text, limit, document.info().stateUnderReview(), author));
    }
    return out;
  }

  /**
   * @param sentences every sentence of the document, untagged
   * @param tagged the {@link #candidates} after POS tagging
   */
  public List<Recommendation> extract(String docId, String text, List<Sentence> sentences, List<Sentence> tagged) {
    return extract(docId, text, null, false, false, null, sentences, tagged);
  }

  /**
   * As {@link #extract(String, String, List, List)}, knowing the document's State under review (the default target)
   * and whether it speaks in its author's own voice ({@link #OWN_VOICE}).
   */
  public List<Recommendation> extract(Document document, List<Sentence> sentences, List<Sentence> tagged) {
    return extract(document, sentences, tagged, authorOf(document));
  }

  private List<Recommendation> extract(Document document, List<Sentence> sentences, List<Sentence> tagged,
                                       String author) {
    return extract(document.docId(), document.text(), document.info().stateUnderReview(),
        OWN_VOICE.contains(document.info().kind()), STATES_OWN.contains(document.info().kind()), author, sentences,
        tagged);
  }

  /**
   * Documents whose own sentences may recommend ({@link DirectCall}: "Ruritania should repeal the law"). A UN report
   * reports what others recommended, and a national report's "the State must" states a duty.
   */
  static final Set<DocKind> OWN_VOICE = java.util.EnumSet.of(DocKind.SUBMISSION,
      DocKind.SPECIAL_PROCEDURE_REPORT, DocKind.RESOLUTION, DocKind.CONCLUDING_OBSERVATIONS, DocKind.COMMUNICATION,
      DocKind.STATEMENT, DocKind.NEWS, DocKind.OTHER);

  /** The State under review's own documents: what they recommend, they report with its maker named. */
  static final Set<DocKind> STATES_OWN = java.util.EnumSet.of(DocKind.NATIONAL_REPORT, DocKind.MIDTERM_REPORT,
      DocKind.ADDENDUM);

  /** @param author who wrote the document in its own voice ({@link #authorOf}), or null */
  private List<Recommendation> extract(String docId, String text, String documentState, boolean ownVoice,
                                       boolean statesOwn, String author, List<Sentence> sentences,
                                       List<Sentence> tagged) {
    Map<Integer, Sentence> byIndex = new HashMap<>();
    for (Sentence sentence : tagged) {
      byIndex.put(sentence.index(), sentence);
    }
    Map<String, String> acronyms = new HashMap<>(StakeholderList.namesIn(text));
    acronyms.putAll(Acronyms.definedIn(text));   // the text's own "Name (ACR)" first
    ActorResolver actors = new ActorResolver(author, acronyms, ownVoice ? Author.writer(text) : null);
    boolean letter = ownVoice && SALUTATION.matcher(text).find();
    List<Recommendation> found = new ArrayList<>();
    String sectionState = documentState;
    String paragraphPlace = null;
    boolean transcript = isTranscript(text);
    Set<String> speakers = personSpeakers(text);
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      // "In Nicaragua, the closure of NGOs continues. The authorities must ...": a statement on several States
      // names each at the head of its paragraph, and the paragraph's calls are on that State
      if (s == 0 || text.substring(sentences.get(s - 1).end(), sentence.begin()).contains("\n\n")) {
        paragraphPlace = null;
      }
      String label = speakerLabel(sentence.text(text), documentState, transcript, speakers);
      String opens = label != null ? null : DirectCall.placeNamed(sentence.tokens(), null);   // a speaker, no place
      // "On Tuesday, the EU urged ...": a scene of its own, no longer the State named before
      paragraphPlace = opens != null ? opens : DirectCall.opensWithPhrase(sentence.tokens()) ? null : paragraphPlace;
      if (Outline.FOOTNOTES.equals(sentence.section())) {
        continue;   // notes cite sources; they recommend nothing
      }
      // A release on several reviews heads each part with its State: "Lebanon", then "Speakers urged the authorities"
      String heading = stateHeading(text, sentences, s);
      if (heading != null && speaks(sentences.get(s + 1).text(text), heading, documentState)) {
        actors.speaker(heading);   // a transcript heads each speaker's words with the State: "Norway", "We recommend"
        continue;
      }
      if (heading != null) {
        sectionState = heading;
        continue;
      }
      if (label != null) {
        actors.speaker(label);   // "Norway: Thank you, Mr. President. We recommend that ..."
      }
      String reviewed = sectionState;
      Sentence t = byIndex.get(sentence.index());
      // In the author's own voice a sentence that opens with a call is one, whatever verbs follow.
      // "In Myanmar, the military must ...": a statement on several States names each before its call
      String here = opens != null ? opens : paragraphPlace != null ? paragraphPlace : reviewed;
      // "According to JS2, the Government should ...": a call reported from someone, in any document
      int[] source = t == null ? null : DirectCall.source(t.tokens());
      String reported = source == null ? null : actors.resolve(span(text, t.tokens(), source));
      reported = reported == null || ActorTypes.UNKNOWN.equals(ActorTypes.of(reported)) ? null : reported;
      // in a transcript, a call is the speaker's: "Dr. Yusuf: ... Parliament should also pass the Bill."
      String caller = reported != null ? reported : actors.speaker() != null ? actors.speaker() : author;
      DirectCall.Call call = t == null || !ownVoice && reported == null ? null
          : DirectCall.find(t.tokens(), here, reported == null ? titleLineEnd(text, t.tokens()) : source[1] + 2,
              calledOnState(found, sentence.index(), here));
      // "What should States recommend?" asks the reader what to recommend; it recommends nothing
      boolean question = isQuestion(sentence.text(text));
      call = question ? null : call;
      // "Ruritania should ratify the Statute, a group of NGOs said.": the call is theirs; the minister's is the
      // State's own
      String sayer = call == null || reported != null ? null : actors.resolve(sayer(sentence.text(text)));
      if (sayer != null && isReviewedState(sayer, reviewed)) {
        continue;
      }
      caller = sayer != null && !ActorTypes.UNKNOWN.equals(ActorTypes.of(sayer)) ? sayer : caller;
      // '"The Government should compensate farmers," X said. "It should also build drains."': X's call goes on
      caller = sayer == null && call != null && continues(call, t.tokens()) && !found.isEmpty()
          && found.get(found.size() - 1).actor() != null ? found.get(found.size() - 1).actor() : caller;
      int operative = t == null || call != null ? -1 : operativeCue(text, t.tokens());
      // "- Calling on the authorities to release him;" under "Please write ...:": an appeal's points, the author's
      operative = operative < 0 && t != null && call == null && ownVoice ? itemParticipleCue(text, t.tokens())
          : operative;
      // "It is essential that the Government repeal the Act", "The State party is under an obligation to provide ...":
      // the author's own call, as a numbered operative paragraph is its body's
      operative = operative < 0 && t != null && call == null && ownVoice ? authorsCue(t.tokens(), reviewed)
          : operative;
      // "Please ensure that ..." asks whom a letter is addressed to; on a web page, "Please ensure that JavaScript is
      // enabled" asks the reader. "Our recommendation is to avoid travel, a spokesperson said" is someone else's.
      String cueWord = operative < 0 ? "" : t.tokens().get(operative).lower();
      operative = cueWord.equals("please") && !letter || (cueWord.equals("please") || BE.contains(cueWord))
          && sayer(sentence.text(text)) != null ? -1 : operative;
      int cue = t == null || call != null || question || namesWhatIsRecommended(t.tokens())
          ? -1 : operative >= 0 ? operative : findCue(t.tokens());
      // An operative paragraph ("3. Calls upon the Government to ...") asks in the name of the document's author.
      String subject = cue < 0 || operative >= 0 ? null : span(text, t.tokens(), subjectOf(t.tokens(), cue));
      String actor = cue < 0 ? null : operative >= 0 ? actors.self()
          : quoted(text, sentence.begin(), sentence.end()) ? actors.resolve(subject)
          : actors.resolveUnquoted(subject, cue >= 0 && "VBP".equals(t.tokens().get(tensed(t.tokens(), cue)).tag()));
      // "Governments taking part in the review on 22 January should press the authorities to": in the author's
      // own voice a modal before the cue makes it the author's call, whoever is to press
      actor = actor == null && ownVoice && cue > 0 && afterModal(t.tokens(), cue) ? actors.self() : actor;
      // "It is recommended that the Government ...": in the author's own voice, the author's
      actor = actor == null && ownVoice && cue > 1 && isImpersonal(t.tokens(), cue) ? actors.self() : actor;
      // "The State party is encouraged to ratify ...": a present passive without an agent, likewise; "Ruritania was
      // urged to" reports someone's call
      actor = actor == null && ownVoice && cue > 1 && isPresentPassive(t.tokens(), cue) ? actors.self() : actor;
      // The State speaks of its own policy ("The Government encourages NGOs to ..."); and in its own report or
      // addendum, a cue whose maker goes unnamed ("programming that encourages hatred is prohibited") is its too.
      // Its "it" is the State too, unless it points back to a body or State named as one ("CAT recommended ...
      // It also urged").
      boolean itself = subject != null && Lexicon.PRONOUNS.contains(subject.strip().toLowerCase(Locale.ROOT))
          && ActorTypes.UNKNOWN.equals(ActorTypes.of(actor));
      // "NORWAY" over "• Norway would welcome ..." and "• Norway encourages Kenya to ...", in questions sent on Kenya:
      // the heading named who speaks, not a section on Norway, when Norway calls on the document's own State
      if (cue >= 0 && isReviewedState(actor, reviewed) && documentState != null
          && !isReviewedState(actor, documentState) && names(sentence.text(text), documentState)) {
        reviewed = documentState;
      }
      if (cue >= 0 && (isReviewedState(actor, reviewed) || statesOwn && (actor == null || itself))) {
        cue = -1;
      }
      // "did not accept the ones that asked it to allow ...": the cue tells what was recommended, the sentence the
      // response
      if (cue >= 0 && t.tokens().get(cue).begin() - sentence.begin()
          < StatedResponse.pronounResponseEnd(sentence.text(text))) {
        cue = -1;
      }
      if (call != null && call.passive()) {
        // "The Bill should be adopted without delay": the State is asked, what about from the subject on
        List<Token> tokens = t.tokens();
        int from = call.subjectStart();
        from = from > 0 && tokens.get(from - 1).lower().equals("all") ? from - 1 : from;   // "All charges must be"
        Recommendation r = asked(docId, text, sentence, tokens, call.modal(), caller, here,
            tokens.get(call.modal()).lower(), here, tokens.get(from).begin(), sentence.end());
        int considered = DirectCall.considerationTo(tokens, call.subjectStart());
        found.add(considered > 0
            ? r.asking("consider", "Consider " + Sentence.collapseSpace(
                text.substring(tokens.get(considered).begin(), sentence.end()).strip()))
            : r.asking(r.action(), request(text, tokens, from - 1, from, sentence.end())));
        continue;
      }
      if (call != null) {
        List<Token> tokens = t.tokens();
        // "They should also repeal the law", "It should also publish": whom the call before addressed
        String addressee = continues(call, tokens)
            ? found.get(found.size() - 1).target()
            : addressee(text, tokens, call.subjectStart(), call.subjectEnd() + 1, here);
        // The author speaks, if the document says who that is.
        // The call starts at its subject: a label or dateline before it ("Our recommendations:", "(Geneva) –")
        // is not part of what is asked.
        // The reviewing States ("states should also call on Ruritania to") are not the State, whatever their case.
        int urges = urgesState(text, tokens, call.modal(), call.peers() ? null : addressee, here);
        if (call.peers() && urges < 0) {
          continue;   // "States should encourage dialogue": no one in particular is asked
        }
        // "Member states should urge Ruritania to repeal the law" asks Ruritania to repeal it, through them.
        Recommendation whole = urges >= 0
            ? asked(docId, text, sentence, tokens, urges, caller, target(text, tokens, urges, here),
                tokens.get(call.modal()).lower(), here, tokens.get(call.subjectStart()).begin(), sentence.end())
            : asked(docId, text, sentence, tokens, call.modal(), caller, addressee,
                tokens.get(call.modal()).lower(), here, tokens.get(call.subjectStart()).begin(), sentence.end());
        List<Recommendation> items = itemsOf(whole, text, tokens.get(call.modal()).end(), tokens);
        boolean asksItself = !call.listed() && tokens.size() == sentence.tokens().size();
        if (!items.isEmpty() || asksItself) {   // "The State party should:" asks only through its items
          found.addAll(items.isEmpty() ? List.of(whole) : items);
        }
        continue;
      }
      if (cue < 0) {
        String sentenceText = sentence.text(text);
        // "What has it done to implement the recommendations it supported?" asks about responses, states none
        List<Recommendation> responses = question ? List.of() : ResponseRows.of(docId, text, sentence, t, reviewed);
        if (!responses.isEmpty()) {
          found.addAll(responses);
        } else {
          ResponseRows.answerBefore(found, sentence, sentenceText);
        }
        // The State's own organ, when it spoke, is who "It" refers to next.
        actors.remember(actor != null ? actor : actors.resolve(lexicalSubject(text, sentence.tokens())));
        continue;
      }
      // "regretted that X had noted recommendations to A and urged it to B": the response stated before the cue
      found.addAll(ResponseRows.before(docId, text, sentence, t, t.tokens().get(cue).begin(), reviewed));
      List<Token> tokens = t.tokens();
      int restated = restatedNoun(tokens, cue);
      int asks = restated >= 0 ? restated : cue;   // what is asked follows the restated noun, if any
      // '"We recommend that X ...," said the representative of Ireland.': the speaker is the quote's "we".
      Quote quote = Quote.of(text, sentence, tokens, subjectOf(tokens, cue));
      if (quote != null) {
        actor = actors.resolve(quote.speaker());
      }
      if (thingCalls(tokens, cue, actor) || callsOnThePublic(tokens, asks)) {
        continue;
      }
      actors.rememberCall(actor, isPast(tokens, tensed(tokens, cue)));
      boolean stated = operative >= 0 && BE.contains(tokens.get(asks).lower());   // "Our recommendation is to"
      Recommendation whole = asked(docId, text, sentence, tokens, asks, actor, target(text, tokens, cue, asks, here),
          stated ? "recommend" : lemma(tokens.get(asks)), reviewed, firstWord(tokens),
          relativeClauseEnd(tokens, cue, quote == null ? sentence.end() : quote.end()));
      if (asksAQuestion(whole) || asksForAReport(whole) || reportsAnUnknownAsk(tokens, cue, actor, whole, reviewed)) {
        continue;   // "asked the delegation to explain what measures were in place": a question in the dialogue
      }
      if (whole.request() == null && Lexicon.MAKE_FORMS.contains(tokens.get(asks).lower()) && !found.isEmpty()
          && madeSimilarRecommendation(tokens, asks)) {
        whole = whole.asking(found.get(found.size() - 1));   // "AI made a similar recommendation": the one before
      }
      List<Recommendation> items = itemsOf(whole, text, tokens.get(asks).end(), tokens);
      // A long sentence that lists nothing is a table or a run-on, which the rules do not fit.
      if (items.isEmpty() && tokens.size() < sentence.tokens().size()) {
        continue;
      }
      int[] second = items.isEmpty() ? secondClause(text, tokens, asks) : null;
      int again = items.isEmpty() && second == null && quote == null ? coordinatedCue(tokens, cue, asks) : -1;
      if (again >= 0) {
        // "UNICEF recommended that Ruritania strengthen X and invited the Government to collect Y": two asks, one maker
        int and = tokens.get(again - 1).lower().equals("and") ? again - 1 : again - 2;
        found.add(asked(docId, text, sentence, tokens, asks, actor, whole.target(), whole.verb(), reviewed,
            firstWord(tokens), tokens.get(lastWordBefore(tokens, and)).end()));
        found.add(asked(docId, text, sentence, tokens, again, actor, target(text, tokens, again, reviewed),
            lemma(tokens.get(again)), reviewed, tokens.get(again).begin(), sentence.end()));
        continue;
      }
      int alsoThat = items.isEmpty() && second == null && again < 0 && quote == null
          ? secondThat(text, tokens, asks, reviewed) : -1;
      if (alsoThat >= 0) {
        // "JS3 recommended that Ruritania raise X, and that it guarantee Y": two asks of one cue
        found.add(asked(docId, text, sentence, tokens, asks, actor, whole.target(), whole.verb(), reviewed,
            firstWord(tokens), tokens.get(lastWordBefore(tokens, alsoThat - 1)).end()));
        found.add(asked(docId, text, sentence, tokens, alsoThat, actor, whole.target(), whole.verb(), reviewed,
            tokens.get(alsoThat).begin(), sentence.end()));
        continue;
      }
      int[] other = items.isEmpty() && second == null && again < 0 && quote == null ? secondAgent(tokens, cue) : null;
      if (other != null) {
        // "Ruritania was urged by JS1 to adopt X, and by JS4 to ensure Y": one cue, two makers, each its own ask
        String actor2 = actors.resolve(span(text, tokens, new int[] {other[2], other[3]}));
        actors.remember(actor2);
        found.add(asked(docId, text, sentence, tokens, asks, actor, whole.target(), whole.verb(), reviewed,
            firstWord(tokens), tokens.get(lastWordBefore(tokens, other[0])).end()));
        found.add(asked(docId, text, sentence, tokens, other[1], actor2, whole.target(), whole.verb(), reviewed,
            tokens.get(other[1]).begin(), sentence.end()));
        continue;
      }
      if (second != null) {
        // "Germany called on Ruritania to abolish X, while the United States urged the authorities to repeal Y":
        // two recommendations, each its own clause, maker and target.
        int boundary = second[0];
        int cue2 = second[1];
        String actor2 = actors.resolve(span(text, tokens, subjectOf(tokens, cue2)));
        actors.remember(actor2);
        Recommendation first = asked(docId, text, sentence, tokens, asks, actor, whole.target(), whole.verb(),
            reviewed, firstWord(tokens), tokens.get(lastWordBefore(tokens, boundary)).end());
        Recommendation then = asked(docId, text, sentence, tokens, cue2, actor2, target(text, tokens, cue2, reviewed),
            lemma(tokens.get(cue2)), reviewed, tokens.get(second[2]).begin(), sentence.end());
        found.add(first);
        // "...;(8) the Committee on X made a similar recommendation": the same ask, another maker
        found.add(then.request() == null && Lexicon.MAKE_FORMS.contains(tokens.get(cue2).lower())
            ? then.asking(first) : then);
        continue;
      }
      // '... recommended that Ruritania "abolish it," a recommendation Ruritania noted.'
      StatedResponse.Appended response = items.isEmpty() ? StatedResponse.appended(sentence.text(text)) : null;
      found.addAll(!items.isEmpty() ? items : response == null ? List.of(whole)
          : List.of(whole.withSupport(response.response().support(), sentence.text(text))));
    }
    List<Recommendation> all = ListedAsks.apply(found, docId, text, documentState, ownVoice, actors, sentences,
        tagged);
    all = ownVoice ? withoutHeadline(all, text) : all;
    return author != null && ActorTypes.UNKNOWN.equals(ActorTypes.of(author)) ? authorIsNgo(all, author) : all;
  }

  /**
   * Whether the last recommendation found, in the sentence before {@code s} or the one before that, called on a
   * State by a modal: '"The authorities must free them," said X. "They should also repeal the law."'.
   */
  private static boolean calledOnState(List<Recommendation> found, int s, String reviewed) {
    if (found.isEmpty()) {
      return false;
    }
    Recommendation last = found.get(found.size() - 1);
    return last.sentenceIndex() >= s - 2 && Lexicon.MODALS.contains(last.verb()) && last.target() != null
        && namesState(last.target(), reviewed);
  }

  /** A heading's words at most: "Democratic Republic of the Congo". */
  private static final int MAX_HEADING_TOKENS = 7;
  /** What follows a heading is prose, not a table's next cell. */
  private static final int MIN_PROSE_TOKENS = 6;

  /**
   * The State a paragraph of its own names and nothing else ("Lebanon", "Mauritania:"), when prose follows it: a
   * heading over what is said of that State's review. Null otherwise; a table's cell of State names is followed by
   * another cell.
   */
  static String stateHeading(String text, List<Sentence> sentences, int s) {
    Sentence sentence = sentences.get(s);
    if (sentence.tokens().size() > MAX_HEADING_TOKENS || s + 1 >= sentences.size()
        || sentences.get(s + 1).tokens().size() < MIN_PROSE_TOKENS
        || !paragraphBreakAt(text, sentence.begin(), -1) || !paragraphBreakAt(text, sentence.end(), 1)) {
      return null;
    }
    String words = sentence.text(text).strip().replaceFirst("\\s*:$", "");
    return org.uprlens.States.byName(words).map(org.uprlens.States.State::name).orElse(null);
  }

  /**
   * Whether the words under or after a State's name are that State's speech in a meeting, not a section on it (a
   * statement on several States heads each part with one): they thank or address the chair, or name the State under
   * review, another State.
   */
  private static boolean speaks(String words, String name, String reviewed) {
    return ADDRESSES_CHAIR.matcher(words).find()
        || reviewed != null && !reviewed.equals(name) && names(words, reviewed);
  }

  /** "Thank you, Mr. President", "Madam Vice-President", "Thank you, Chair". */
  private static final Pattern ADDRESSES_CHAIR = Pattern.compile(
      "^\\s*thank\\s+you\\b|\\b(?:mr\\.?|madam|madame)\\s+(?:vice[- ])?president\\b", Pattern.CASE_INSENSITIVE);

  /**
   * The State whose name and a colon open a sentence that is its speech ("Norway: Thank you"): in a transcript,
   * whatever it says; elsewhere, when it speaks ({@link #speaks}), as a headline ("Uzbekistan: Free the Bloggers")
   * names no speaker. Else null.
   */
  private static String speakerLabel(String sentence, String reviewed, boolean transcript, Set<String> speakers) {
    Matcher label = SPEAKER_LABEL.matcher(sentence);
    if (!label.lookingAt()) {
      return null;
    }
    String person = withoutAsides(label.group(1));
    if (speakers.contains(person)) {
      return person;
    }
    String name = org.uprlens.States.byName(label.group(1).strip()).map(org.uprlens.States.State::name)
        .orElse(null);
    return name != null && (transcript || speaks(sentence.substring(label.end()), name, reviewed)) ? name : null;
  }

  private static final Pattern SPEAKER_LABEL = Pattern.compile("\\s*([^:\\n]{2,60}):\\s");
  /** A paragraph that opens with a name and a colon: "Norway: ", "President: ", "Jane Smith (Bristol North): ". */
  private static final Pattern LABELLED_PARAGRAPH =
      Pattern.compile("(?:\\A|\\n\\n)(\\p{Lu}[\\p{L}'’().-]*(?: [\\p{L}'’().-]+){0,8}): \\S");
  /**
   * A person's label, by name or post, with what a record adds in brackets: "Jane Smith", "Jane Smith (Bristol
   * North) (Lab)", "The Minister for the Middle East (Ann Green)", "Ms. Diallo".
   */
  private static final Pattern PERSON_LABEL = Pattern.compile("(?:The )?\\p{Lu}[\\p{L}'’.-]*"
      + "(?: (?:\\p{Lu}[\\p{L}'’.-]*|of|for|the|and|on|de|da|van|von|al|el|bin))*(?: \\([^()\\n]{1,60}\\))*");
  /** Labels that name a part of a text, not who speaks: "Question: ", "Note: ", "Source: ". */
  private static final Set<String> NOT_SPEAKERS = Set.of("Question", "Answer", "Q", "A", "Reply", "Response",
      "Note", "Notes", "Source", "Sources", "Update", "Date", "Location", "Place", "Time", "Title", "Subject",
      "Summary", "Background", "Context", "Status", "Recommendation", "Recommendations", "Theme", "Issue",
      "Comment", "Comments", "Contact", "Tags", "Keywords", "Photo", "Video", "Disclaimer", "Editor's", "Read",
      "Related", "See", "Warning", "Example", "Result", "Results", "Action", "Actions", "Outcome", "Ask", "Asks");
  private static final Pattern ASIDES = Pattern.compile("\\s*\\([^()]*\\)");
  /** One-word labels of a conversation's parts: "Interviewer: ", "Host: ". */
  private static final Set<String> CONVERSATION_PARTS = Set.of("Interviewer", "Interviewee", "Host", "Guest",
      "Speaker", "Journalist", "Reporter", "Panellist", "Panelist");

  /** A post's holder named in brackets: "The Minister for the Middle East (Ann Green)". */
  private static final Pattern POST_HOLDER =
      Pattern.compile("The (.+?) \\((\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,3})\\)");

  /**
   * A label without what its brackets add: "Jane Smith (Bristol North) (Lab)" is "Jane Smith"; a post is its holder's
   * ("Ann Green, Minister for the Middle East"), not the State's organ a post alone reads as.
   */
  private static String withoutAsides(String label) {
    Matcher post = POST_HOLDER.matcher(label.strip());
    return post.matches() ? post.group(2) + ", " + post.group(1) : ASIDES.matcher(label).replaceAll("").strip();
  }

  /**
   * The people a transcript's paragraphs open with ("Jane Smith (Bristol North) (Lab): I urge the Minister ...") when
   * three paragraphs or more do and one of them speaks twice, as in a debate or an interview; else none.
   */
  private static Set<String> personSpeakers(String text) {
    Matcher labelled = LABELLED_PARAGRAPH.matcher(text);
    java.util.Map<String, Integer> turns = new java.util.HashMap<>();
    int labels = 0;
    while (labelled.find()) {
      String label = labelled.group(1);
      String person = withoutAsides(label);
      // a name has two words or more ("Jane Smith", "Dr. Yusuf"), or the label is a part in a conversation; not
      // "Findings:", "Methodology:" over a report's paragraphs
      boolean named = person.contains(" ") || CONVERSATION_PARTS.contains(person);
      if (named && PERSON_LABEL.matcher(label).matches() && !NOT_SPEAKERS.contains(person.split(" ")[0])
          && !CHAIR.contains(person) && org.uprlens.States.byName(person).isEmpty()) {
        turns.merge(person, 1, Integer::sum);
        labels++;
      }
    }
    return labels >= 3 && turns.values().stream().anyMatch(n -> n >= 2) ? turns.keySet() : Set.of();
  }
  /** The chair's labels in a transcript. */
  private static final Set<String> CHAIR = Set.of("President", "Vice-President", "Chair", "Chairperson", "Moderator");

  /**
   * Whether three paragraphs or more open with a speaker's label, a State's name or the chair's, as a transcript's
   * and subtitles' do.
   */
  private static boolean isTranscript(String text) {
    Matcher labelled = LABELLED_PARAGRAPH.matcher(text);
    int labels = 0;
    while (labels < 3 && labelled.find()) {
      String name = labelled.group(1);
      labels += CHAIR.contains(name) || org.uprlens.States.byName(name).isPresent() ? 1 : 0;
    }
    return labels >= 3;
  }

  /** Whether a blank line (or the text's edge) is next to {@code at}, looking back ({@code step} -1) or on. */
  private static boolean paragraphBreakAt(String text, int at, int step) {
    int newlines = 0;
    for (int i = step < 0 ? at - 1 : at; i >= 0 && i < text.length(); i += step) {
      char c = text.charAt(i);
      if (c == '\n') {
        newlines++;
      } else if (!Character.isWhitespace(c)) {
        return newlines >= 2;
      }
    }
    return true;
  }

  /** "should be amended", "must be released": the action at {@code at} is a modal's passive. */
  private static boolean isModalPassive(List<Token> tokens, int at) {
    return at > 0 && at + 1 < tokens.size() && BE.contains(tokens.get(at).lower())
        && "VBN".equals(tokens.get(at + 1).tag()) && Lexicon.MODALS.contains(tokens.get(at - 1).lower());
  }

  /** Whether the cue follows a modal, adverbs between: "should also press". */
  private static boolean afterModal(List<Token> tokens, int cue) {
    int j = cue - 1;
    while (j > 0 && Lexicon.INNER_ADVERBS.contains(tokens.get(j).lower())) {
      j--;
    }
    return Lexicon.MODALS.contains(tokens.get(j).lower());
  }

  /**
   * A release's headline restates its lead ("Experts urge Ruritania to free teachers", then "UN experts on Thursday
   * urged Ruritania to release ..."), in other words: the headline, the document's first line without a sentence
   * end, is dropped when a later recommendation asks something of the same target.
   */
  private static List<Recommendation> withoutHeadline(List<Recommendation> found, String text) {
    int begin = 0;
    while (begin < text.length() && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    int end = text.indexOf('\n', begin);
    end = end < 0 ? text.length() : end;
    String line = text.substring(begin, end).strip();
    if (found.size() < 2 || line.isEmpty() || ".!?:;".indexOf(line.charAt(line.length() - 1)) >= 0) {
      return found;
    }
    int lineEnd = end;
    List<Recommendation> kept = new ArrayList<>(found.size());
    for (Recommendation r : found) {
      boolean headline = r.charEnd() <= lineEnd && r.target() != null && found.stream().anyMatch(o ->
          o.charStart() >= lineEnd && r.target().equals(o.target()));
      if (!headline) {
        kept.add(r);
      }
    }
    return kept;
  }

  /**
   * An author whose name tells no type ("Rights Now", quoted by its own staff) writes in its own voice as civil
   * society does: States, UN bodies and national institutions are told by their names.
   */
  private static List<Recommendation> authorIsNgo(List<Recommendation> found, String author) {
    List<Recommendation> typed = new ArrayList<>(found.size());
    for (Recommendation r : found) {
      typed.add(author.equals(r.actor()) ? r.withActorType(ActorTypes.NGO) : r);
    }
    return typed;
  }

  /** The recommendation a sentence makes, what is asked following the token at {@code asks}. */
  private static Recommendation asked(String docId, String text, Sentence sentence, List<Token> tokens, int asks,
                                      String actor, String target, String verb, String reviewed) {
    return asked(docId, text, sentence, tokens, asks, actor, target, verb, reviewed, firstWord(tokens),
        sentence.end());
  }

  /** As above, for the clause of the sentence in [begin, end). */
  private static Recommendation asked(String docId, String text, Sentence sentence, List<Token> tokens, int asks,
                                      String actor, String target, String verb, String reviewed, int begin,
                                      int end) {
    int at = actionAt(tokens, asks, reviewed);
    if (at >= 0 && tokens.get(at).begin() >= end) {
      at = -1;
    }
    int passedOn = at >= 0 ? passedOn(text, tokens, asks, at, reviewed) : -1;
    if (passedOn >= 0 && tokens.get(passedOn).begin() < end) {
      target = target(text, tokens, at, reviewed);   // "asked states to recommend that Zambia repeal ...": Zambia
      asks = at;
      at = passedOn;
    }
    // "said the law should be amended" asks the State under review, whatever the passive's subject
    target = at >= 0 && isModalPassive(tokens, at) && reviewed != null ? reviewed : target;
    return new Recommendation(Recommendation.idFor(docId, begin, end), docId, sentence.index(), begin, end,
        Sentence.collapseSpace(text.substring(begin, end)), actor, ActorTypes.of(actor), ActorTypes.states(actor),
        target, verb, action(tokens, at), sentence.paragraph(), sentence.section(), null, null,
        request(text, tokens, asks, at, end));
  }

  /** Those who pass an ask on to a State: other States, delegations, a UN body. */
  private static final Pattern PASSERS_ON = Pattern.compile("(?i)(?:the\\s+)?(?:(?:un|other|fellow)\\s+)?"
      + "(?:member\\s+)?(?:states|governments|countries|delegations?|missions)"
      + "|your\\s+(?:delegation|government|country)"
      + "|(?:the\\s+)?(?:(?:human\\s+rights\\s+)?council|committee|working\\s+group|international\\s+community)"
      + "|(?:the\\s+)?(?:un|united\\s+nations)(?:\\s+member\\s+states)?");
  /** Verbs by which one passes an ask on: "to recommend that X", "to call on X to", "to urge X to". */
  private static final Set<String> PASSING_ON = Set.of("recommend", "call", "ask", "urge", "press", "encourage");

  /**
   * The verb of the ask a relayer is asked to pass on, "urged states to call on Zambia to abolish ...": where the
   * cue at {@code asks} addresses those who pass asks on (states, delegations, the Committee) and its act at
   * {@code at} asks a State in turn, the index of that State's act ("abolish"); else -1.
   */
  private static int passedOn(String text, List<Token> tokens, int asks, int at, String reviewed) {
    Token act = tokens.get(at);
    String lemma = act.lemma() == null ? act.lower() : act.lemma().toLowerCase(Locale.ROOT);
    if (!PASSING_ON.contains(lemma) || lemma.equals("call") && (at + 1 >= tokens.size()
        || !Set.of("on", "upon").contains(tokens.get(at + 1).lower()))) {
      return -1;
    }
    int[] span = targetSpan(tokens, asks);
    if (span[0] == span[1] || !PASSERS_ON.matcher(span(text, tokens, new int[] {span[0], span[1] - 1})).matches()) {
      return -1;
    }
    String inner = target(text, tokens, at, null);
    boolean asksAState = inner != null && (org.uprlens.States.byName(inner).isPresent() || inner.equals(reviewed));
    int passed = actionAt(tokens, at, reviewed);
    return asksAState && passed > at ? passed : -1;
  }

  /**
   * "The Committee recommends that the State party: (a) Ensure ...; (b) Adopt ...": one recommendation per lettered
   * item after {@code from}, each its own span, text, request and action, with the sentence's actor, verb and
   * target; none when the sentence lists no items.
   */
  private static List<Recommendation> itemsOf(Recommendation whole, String text, int from, List<Token> tokens) {
    List<Recommendation> items = new ArrayList<>();
    List<int[]> lettered = LetteredItems.in(text, from, whole.charEnd());
    for (int[] item : lettered.isEmpty() ? LetteredItems.following(text, from, whole.charEnd()) : lettered) {
      String words = Sentence.collapseSpace(text.substring(item[0], item[1]));
      // "recommends to X: 1) to ratify ...", "We recommend: 1) ratifying ..."
      String asked = ListedAsks.imperative(capitalised(words.replaceFirst("^(?i:to)\\s+", "")), tokens, item[0]);
      items.add(new Recommendation(Recommendation.idFor(whole.docId(), item[0], item[1]), whole.docId(),
          whole.sentenceIndex(), item[0], item[1], words, whole.actor(), whole.actorType(), whole.recommendingStates(),
          whole.target(), whole.verb(), WorkingGroupList.action(asked), whole.paragraph(), whole.section(), null,
          null, asked));
    }
    return items;
  }

  /** What is asked when a speaker asks a question: "asked the delegation to explain", "invited it to comment on". */
  private static final Set<String> ANSWERS = Set.of("explain", "clarify", "describe", "elaborate", "comment",
      "indicate", "specify", "tell", "say", "detail");

  /** Whether a recommendation only asks for an answer in a dialogue: "asked the delegation to explain ...". */
  private static boolean asksAQuestion(Recommendation r) {
    return r.action() != null && ANSWERS.contains(r.action())
        && Set.of("ask", "request", "invite").contains(r.verb());
  }

  /**
   * A resolution's request that the UN report back ("Requests the Special Rapporteur to present a report to the
   * Council at its next session"): how the body follows the matter, not an ask of the State. A State asked to
   * submit its overdue reports is asked something.
   */
  private static final Pattern REPORT_BACK = Pattern.compile("(?i)^(?:continue to\\s+)?(?:present|submit|report"
      + "|brief|provide|prepare|give)\\b[^.;]{0,40}?\\b(?:report|update|briefing|the council|the general assembly)");
  private static final Set<String> UN_TYPES =
      Set.of(ActorTypes.UN_AGENCY, ActorTypes.SPECIAL_PROCEDURE, ActorTypes.TREATY_BODY);

  private static boolean asksForAReport(Recommendation r) {
    return r.request() != null && r.target() != null && UN_TYPES.contains(ActorTypes.of(r.target()))
        && REPORT_BACK.matcher(r.request()).lookingAt();
  }

  /** The State's own organs as the subject: its Government, a ministry, its delegation at the review. */
  private static final Pattern ORGAN = Pattern.compile("(?i)(?:the\\s+)?(?:government"
      + "|state|state\\s+party|authorities|delegation|parliament|national\\s+assembly|cabinet"
      + "|(?:ministry|ministries|minister|prime\\s+minister|president)(?:\\s+(?:of|for)\\s.+)?)");
  private static final Pattern GOVERNMENT_OF =
      Pattern.compile("(?i)(?:the\\s+)?government\\s+of\\s+(?:the\\s+)?(.+)");

  /** Whether the sentence names this State, in any of its spellings. */
  private static boolean names(String sentence, String state) {
    return org.uprlens.States.mentions(sentence).stream()
        .anyMatch(m -> m.state().name().equals(org.uprlens.States.canonical(state)));
  }

  /**
   * Whether a recommending sentence's actor is the State under review itself: where it encourages, invites or
   * calls on others (a national report; the delegation in a Working Group report) it recommends nothing to
   * itself. "The Government of Germany" is another State's.
   */
  static boolean isReviewedState(String actor, String reviewed) {
    if (actor == null) {
      return false;
    }
    String name = actor.strip();
    Matcher of = GOVERNMENT_OF.matcher(name);
    if (of.matches()) {
      return of.group(1).equalsIgnoreCase(reviewed);
    }
    return name.equalsIgnoreCase(reviewed) || ORGAN.matcher(name).matches();
  }

  static boolean isLowerWord(Token token) {
    return !token.word().isEmpty() && token.word().chars().allMatch(Character::isLowerCase);
  }

  /** Offset of the first token with a letter: paragraph numbers and OCR'd marks before it are not the sentence. */
  /** The index of the first word at or after {@code from}, past footnote marks and punctuation; the size if none. */
  private static int wordAt(List<Token> tokens, int from) {
    int i = from;
    while (i < tokens.size() && isJunk(tokens.get(i))) {
      i++;
    }
    return i;
  }

  static int firstWord(List<Token> tokens) {
    int i = wordAt(tokens, 0);
    return tokens.get(i < tokens.size() ? i : 0).begin();
  }

  /** "the Office of the United Nations High Commissioner for Human Rights and UNICEF": a long name, not longer. */
  private static final int MAX_TARGET_TOKENS = 16;

  /**
   * The target of the cue at {@code cue}, what is asked following {@code asks}: whom a fronted "To X," names ("To
   * the international community, the Special Rapporteur recommends: (a) ..."), else {@link #target(String, List,
   * int, String)}.
   */
  private static String target(String text, List<Token> tokens, int cue, int asks, String reviewed) {
    int i = 0;
    while (i < cue && isJunk(tokens.get(i))) {
      i++;
    }
    if (i < cue && tokens.get(i).lower().equals("to")) {
      for (int k = i + 2; k < cue; k++) {
        if (tokens.get(k).word().equals(",")) {
          return addressee(text, tokens, i + 1, k, reviewed);
        }
      }
    }
    if (tokens.get(cue).lower().equals("need") && cue + 1 < tokens.size()
        && tokens.get(cue + 1).lower().equals("for")) {
      return target(text, tokens, cue + 1, reviewed);   // "There is an urgent need for the authorities to"
    }
    int[] passive = asks == cue ? passiveSubject(tokens, cue) : null;
    if (passive != null && targetSpan(tokens, asks)[0] == targetSpan(tokens, asks)[1]) {
      // "Civil society organisations are encouraged to submit ...": those the passive is said of
      return addressee(text, tokens, passive[0], passive[1], reviewed);
    }
    return target(text, tokens, asks, reviewed);
  }

  /**
   * The noun phrase a passive cue with no agent is said of, "The State party is encouraged to", "Civil society
   * organisations are encouraged to": [first token, the token after it), or null.
   */
  private static int[] passiveSubject(List<Token> tokens, int cue) {
    if (!"VBN".equals(tokens.get(cue).tag()) || passiveAgent(tokens, cue) != null) {
      return null;
    }
    int be = beBefore(tokens, cue);
    if (be < 1) {
      return null;
    }
    int start = be;
    while (start > 0 && start > be - MAX_TARGET_TOKENS) {
      String tag = tokens.get(start - 1).tag();
      if (tag == null || !(tag.startsWith("NN") || tag.equals("DT") || tag.equals("JJ") || tag.equals("POS"))) {
        break;
      }
      start--;
    }
    return start < be ? new int[] {start, be} : null;
  }

  /**
   * Who is asked to act: the noun phrase after the cue ("recommended that Kazakhstan ...", "urged the Government
   * to ..."); a State name becomes its canonical name, "the Government"/"the State" the State under review; the
   * State under review when the sentence names no addressee ("recommended ensuring ...").
   */
  static String target(String text, List<Token> tokens, int cue, String reviewed) {
    int[] span = targetSpan(tokens, cue);
    return span[0] == span[1] ? reviewed : addressee(text, tokens, span[0], span[1], reviewed);
  }

  /** The tokens [start, end) of the noun phrase the cue at {@code cue} addresses; empty when it names none. */
  private static int[] targetSpan(List<Token> tokens, int cue) {
    int i = cue + 1;
    while (i < tokens.size()
        && Set.of("on", "upon", "that", "further", "also", "strongly").contains(tokens.get(i).lower())) {
      i++;
    }
    int start = i;
    while (i < tokens.size() && i - start < MAX_TARGET_TOKENS) {
      Token token = tokens.get(i);
      String tag = token.tag();
      boolean nominal = tag != null && (tag.startsWith("NN") || tag.equals("DT") || tag.equals("JJ")
          || tag.equals("PRP$") || tag.equals("POS"))
          || token.lower().equals("of") && i > start || token.lower().equals("and") && i > start
          || isStatesNoun(tokens, i) && i > start
          // "the Office of the High Commissioner for Human Rights": a preposition inside a name
          || NAME_PREPOSITIONS.contains(token.lower()) && i > start && i + 1 < tokens.size()
              && isCapitalised(tokens.get(i + 1).word()) && isCapitalised(tokens.get(i - 1).word());
      if (!nominal || token.lower().equals("that")) {
        break;
      }
      i++;
    }
    return new int[] {start, i};
  }

  /** Whether [from, to) of the text holds a quotation mark: words in or after it may be someone's quoted. */
  private static boolean quoted(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (QUOTE_MARKS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final String QUOTE_MARKS = "\"\u201C\u201D\u00AB\u00BB";

  /**
   * People at large, whom a call to act is not a recommendation to a State: "urged residents to stay indoors"; and
   * those a study or a manual advises: "recommends that researchers distinguish", "Users are encouraged to".
   */
  private static final Set<String> THE_PUBLIC = Set.of("citizens", "residents", "voters", "supporters", "followers",
      "protesters", "demonstrators", "public", "people", "population", "parents", "consumers", "viewers", "readers",
      "listeners", "believers", "worshippers", "fans", "motorists", "travellers", "travelers", "tourists", "users",
      "researchers", "scholars", "research", "studies", "participants");

  /**
   * Whether the cue at {@code cue} asks people at large to act: "urged citizens not to take part in ...", "recommend
   * that users upgrade", "future research should examine"; or they are asked in the passive, "Users are encouraged
   * to". Not "recommended that citizens be allowed to vote": that asks the State to let them.
   */
  private static boolean callsOnThePublic(List<Token> tokens, int cue) {
    if ("VBN".equals(tokens.get(cue).tag()) && passiveAgent(tokens, cue) == null) {
      int be = beBefore(tokens, cue);
      return be > 0 && THE_PUBLIC.contains(tokens.get(be - 1).lower());
    }
    int[] span = targetSpan(tokens, cue);
    if (span[0] == span[1] || span[1] >= tokens.size() || !THE_PUBLIC.contains(tokens.get(span[1] - 1).lower())) {
      return false;
    }
    String after = tokens.get(span[1]).lower();
    if (after.equals("to") || after.equals("not")) {
      return true;
    }
    boolean thatClause = tokens.get(cue + 1).lower().equals("that");
    String tag = tokens.get(span[1]).tag();
    int verb = "MD".equals(tag) && span[1] + 1 < tokens.size() ? span[1] + 1 : span[1];
    return thatClause && tag != null && (tag.equals("VB") || tag.equals("VBP") || tag.equals("MD"))
        && !BE.contains(tokens.get(verb).lower()) && !tokens.get(verb).lower().equals("be");
  }

  /**
   * "Coders were asked to assign one of five categories", "Journalists were told to leave": a past passive without
   * an agent, of someone neither a State, its organs, a body nor an addressee the rules know, tells what happened, not
   * who recommended what to whom.
   */
  private static boolean reportsAnUnknownAsk(List<Token> tokens, int cue, String actor, Recommendation asked,
                                             String reviewed) {
    int be = beBefore(tokens, cue);
    String target = asked.target();
    if (actor != null || target == null || be < 0 || !Set.of("was", "were").contains(tokens.get(be).lower())
        || !"VBN".equals(tokens.get(cue).tag()) || passiveAgent(tokens, cue) != null) {
      return false;
    }
    return ActorTypes.UNKNOWN.equals(ActorTypes.of(target)) && !namesState(target, reviewed)
        && !Lexicon.OTHER_ADDRESSEES.matcher(target.toLowerCase(Locale.ROOT)).find();
  }

  /** The State or body a noun phrase (tokens [start, end)) addresses: a State's canonical name, the reviewed State. */
  static String addressee(String text, List<Token> tokens, int start, int i, String reviewed) {
    for (int k = i - 1; k >= start; k--) {   // "Kazakhstan mainstream ...": the tagger may take the verb for a noun
      String words = span(text, tokens, new int[] {start, k});
      // "Ruritania's government": the reviewed State may be a name the State list does not have
      String named = org.uprlens.States.byNameOrCapital(words).map(org.uprlens.States.State::name)
          .orElse(words.equalsIgnoreCase(reviewed) ? reviewed : null);
      if (named != null) {
        String whole = span(text, tokens, new int[] {start, i - 1});
        boolean possessor = k + 1 < i && "POS".equals(tokens.get(k + 1).tag());
        // "Ruritania's international partners": the State names whose partners are meant
        return possessor && Lexicon.OTHER_ADDRESSEES.matcher(whole.toLowerCase(Locale.ROOT)).find() ? whole : named;
      }
      String reference = words.toLowerCase(Locale.ROOT).replaceFirst("^(?:the|its)\\s+", "");
      // "the Government halt evictions": the tagger took the verb for a noun; not "the Government of Norway" cut.
      // The State, or in a document of no known State the words that name it.
      if (k < i - 1 && Lexicon.STATE_REFERENCES.contains(reference)
          && !tokens.get(k).lower().equals("of") && !tokens.get(k + 1).lower().equals("of")) {
        return reviewed != null ? reviewed : words;
      }
    }
    String phrase = span(text, tokens, new int[] {start, i - 1});
    Matcher governmentOf = STYLED_GOVERNMENT_OF.matcher(phrase);
    if (governmentOf.matches() && org.uprlens.States.byName(governmentOf.group(1)).isPresent()) {
      return org.uprlens.States.byName(governmentOf.group(1)).get().name();   // "the Royal Government of Cambodia"
    }
    String lower = phrase.toLowerCase(java.util.Locale.ROOT).replaceFirst("^(?:the|its)\\s+", "");
    if (Lexicon.STATE_REFERENCES.contains(lower) || lower.startsWith("government of ") && reviewed != null
        || reviewed != null && EXCELLENCYS_GOVERNMENT.matcher(lower).matches()
        || reviewed != null && Organs.ofReviewed(phrase, reviewed)) {
      return reviewed != null ? reviewed : phrase;
    }
    // A named addressee ("the UN human rights system and member states"), not "a similar recommendation"; or one
    // that is not a State ("the international community", "donors").
    if (phrase.chars().anyMatch(Character::isUpperCase) && !lower.contains("recommendation")
        || Lexicon.OTHER_ADDRESSEES.matcher(lower).find()) {
      return phrase;
    }
    return reviewed;
  }

  /**
   * A State's government by a styled name: "the Royal Government of Cambodia", "the Federal Government of X"; the
   * State itself, as a regional commission names it: "the State of Nicaragua".
   */
  private static final Pattern STYLED_GOVERNMENT_OF = Pattern.compile(
      "(?i)(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}(?:government|state)\\s+of\\s+(.+)");

  /** Adverbs that link a sentence to the one before, not part of what is asked: "should also repeal". */
  private static final Set<String> LINKING_ADVERBS = Set.of("also", "therefore", "moreover", "furthermore",
      "likewise", "similarly", "thus", "hence", "additionally");

  /**
   * A letter's address to the Government it is sent to: "your Excellency's Government", "your government", "your
   * authorities" (not "your delegation", a letter to the Council's members asking theirs).
   */
  private static final Pattern EXCELLENCYS_GOVERNMENT = Pattern.compile("your\\s+(?:excellency\\s*['’]s\\s+government"
      + "|government|authorities)");

  /**
   * Lemma of the action asked for: the first verb of the complement ("recommended that X ratify" → ratify,
   * "urged X to adopt" → adopt, "recommended repealing" → repeal, "that investigations be launched" → launch).
   */
  static String action(List<Token> tokens, int at) {
    if (at < 0) {
      return null;
    }
    Token verb = tokens.get(at);
    String acted = Lexicon.ACTION_NOUNS.get(verb.lower());
    if (acted != null && verb.tag() != null && verb.tag().startsWith("NN")) {
      return acted;   // "recommended the adoption of a law" → adopt
    }
    int next = at + 1;
    if (BE.contains(verb.lower()) && at + 1 < tokens.size() && "VBN".equals(tokens.get(at + 1).tag())) {
      verb = tokens.get(at + 1);   // "that investigations be launched" → launch
      next++;
    }
    String lemma = verb.lemma() == null ? verb.lower() : verb.lemma().toLowerCase(java.util.Locale.ROOT);
    boolean compound = next + 1 < tokens.size() && tokens.get(next).word().equals("-")
        && tokens.get(next).begin() == verb.end() && tokens.get(next + 1).begin() == tokens.get(next).end();
    return compound ? lemma + "-" + tokens.get(next + 1).lower() : lemma;   // "fast-track", "re-establish"
  }

  /** How far after "called for" its act may stand: "called for the Ruritanian authorities to release". */
  private static final int MAX_CALL_FOR = 9;

  /** Index of the verb {@link #action} names (of "be" in a passive "be launched") after the cue, or -1. */
  static int actionAt(List<Token> tokens, int cue, String reviewed) {
    int[] agent = cue >= 0 && cue < tokens.size() && tokens.get(cue).isVerb() ? passiveAgent(tokens, cue) : null;
    if (agent != null) {
      return agent[1] + 2;   // "was called upon by JS2 to repeal": the word after the agent's "to"
    }
    int limit = Math.min(tokens.size(), cue + 40);
    int afterAddressee = verbAfterAddressee(tokens, cue, reviewed);
    if (afterAddressee >= 0) {
      return afterAddressee;
    }
    int noun = actionNounAt(tokens, cue);
    if (noun >= 0) {
      return noun;
    }
    if (Lexicon.RESTATED_NOUNS.containsKey(tokens.get(cue).lower()) && cue + 2 < limit
        && tokens.get(cue + 1).lower().equals("to") && isLowerWord(tokens.get(cue + 2))
        && !Set.of("DT", "PRP$", "PRP", "JJ").contains(tokens.get(cue + 2).tag())) {
      return cue + 2;   // "its recommendations to repeal": the tagger, reading a noun phrase, may take it for a noun
    }
    // "called for improved co-operation ... and more support to the NGOs qualified to work": a noun is asked for,
    // and a verb deep inside it is none; "called for the Government to release" names the act soon
    boolean callFor = cue + 1 < tokens.size() && tokens.get(cue + 1).lower().equals("for");
    limit = callFor ? Math.min(limit, cue + MAX_CALL_FOR) : limit;
    for (int i = cue + 1; i < limit; i++) {
      Token token = tokens.get(i);
      String tag = token.tag();
      if (token.word().equals(",")) {
        int close = asideEnd(tokens, i, limit);
        // "must, as a matter of urgency, repeal/NN": the modal governs the word after the aside, whatever its tag
        if (i == cue + 1 && close > i && Lexicon.MODALS.contains(tokens.get(cue).lower()) && close + 1 < limit
            && isLowerWord(tokens.get(close + 1))) {
          return close + 1;
        }
        i = close;   // "that the State party, in order to strengthen ..., ratify"
        continue;
      }
      if (isStatesNoun(tokens, i)) {
        continue;   // "urges UN member states to press ...": the tagger may take "states" for a verb
      }
      if (isVerbTaggedNoun(tokens, i)) {
        return i;
      }
      // "that the State party set up": a past-tense tag on a base form is the subjunctive.
      boolean base = "VBD".equals(tag) && token.lower().equals(token.lemma());
      if (tag == null || !tag.startsWith("VB") || tag.equals("VBD") && !base || tag.equals("VBZ") && i == cue + 1) {
        continue;
      }
      if (tag.equals("VBG") && tokens.get(cue + 1).lower().equals("that")) {
        continue;   // a that-clause asks with its subjunctive; "that States recommending X were" has none
      }
      String lemma = token.lemma() == null ? token.lower() : token.lemma().toLowerCase(java.util.Locale.ROOT);
      if (lemma.equals("be") && i + 1 < limit && "VBN".equals(tokens.get(i + 1).tag())) {
        return i;
      }
      if (tag.equals("VBN") && !(i > 0 && BE.contains(tokens.get(i - 1).lower()))) {
        continue;
      }
      if (Lexicon.MODALS.contains(token.lower())) {
        continue;
      }
      int colon = followingColon(tokens, i);
      if (colon >= 0) {
        i = colon;   // "recommended the following: review ...": what follows the colon is asked
        continue;
      }
      return i;
    }
    return -1;
  }

  /**
   * "urged the Government to commute all death sentences": a word after "to" that the tagger took for a noun
   * ("to/IN commute/NN") but that a determiner or possessive follows, as an object follows its verb.
   */
  private static boolean isVerbTaggedNoun(List<Token> tokens, int i) {
    return i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).lower().equals("to") && "NN".equals(tokens.get(i).tag())
        && isLowerWord(tokens.get(i)) && Set.of("DT", "PDT", "PRP$").contains(tokens.get(i + 1).tag());
  }

  /** "the following:", "the following measures:" at {@code i} ("following"): the colon's index, else -1. */
  private static int followingColon(List<Token> tokens, int i) {
    if (i < 1 || !tokens.get(i).lower().equals("following") || !tokens.get(i - 1).lower().equals("the")) {
      return -1;
    }
    for (int k = i + 1; k < Math.min(tokens.size(), i + 4); k++) {
      if (tokens.get(k).word().equals(":")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "recommended the adoption of", "called for the early ratification of", "encouraged accession to": the index of
   * the noun of action ({@link Lexicon#ACTION_NOUNS}) that the cue's object opens with, or -1.
   */
  private static int actionNounAt(List<Token> tokens, int cue) {
    int k = cue + 1;
    if (k < tokens.size() && tokens.get(k).lower().equals("for")) {
      k++;
    }
    if (k < tokens.size() && Set.of("DT", "PRP$").contains(tokens.get(k).tag())
        && !tokens.get(k).lower().equals("that")) {
      k++;
    }
    if (k < tokens.size() && "JJ".equals(tokens.get(k).tag())) {
      k++;   // "the early adoption"
    }
    boolean noun = k + 1 < tokens.size() && Lexicon.ACTION_NOUNS.containsKey(tokens.get(k).lower())
        && tokens.get(k).tag() != null && tokens.get(k).tag().startsWith("NN")
        && Set.of("of", "to").contains(tokens.get(k + 1).lower());
    return noun ? k : possessedAct(tokens, cue);
  }

  /** "his release" asks to "release him": the one whose act is asked for, as an object. */
  private static final Map<String, String> POSSESSED = Map.of("his", "him", "her", "her", "their", "them",
      "its", "it");

  /**
   * "called for his immediate and unconditional release", "urged its repeal": the noun of action after a possessive
   * and its adjectives, or -1.
   */
  private static int possessedAct(List<Token> tokens, int cue) {
    int owner = possessor(tokens, cue);
    if (owner < 0) {
      return -1;
    }
    int k = owner + 1;
    while (k < tokens.size() && ("JJ".equals(tokens.get(k).tag())
        || Set.of("and", ",").contains(tokens.get(k).lower()) && k + 1 < tokens.size()
            && "JJ".equals(tokens.get(k + 1).tag()))) {
      k++;
    }
    Token act = tokens.get(Math.min(k, tokens.size() - 1));
    return k < tokens.size() && Lexicon.ACTION_NOUNS.containsKey(act.lower()) && act.tag() != null
        && act.tag().startsWith("NN") ? k : -1;
  }

  /** The possessive that opens what the cue at {@code cue} asks for ("called for his release"), or -1. */
  private static int possessor(List<Token> tokens, int cue) {
    int k = cue + 1 < tokens.size() && tokens.get(cue + 1).lower().equals("for") ? cue + 2 : cue + 1;
    return k < tokens.size() && POSSESSED.containsKey(tokens.get(k).lower()) ? k : -1;
  }

  /**
   * "his immediate and unconditional release" (tokens [owner, act]) as asked in the imperative: "release him
   * immediately and unconditionally".
   */
  private static String possessedRequest(List<Token> tokens, int owner, int act) {
    StringBuilder asked = new StringBuilder(Lexicon.ACTION_NOUNS.get(tokens.get(act).lower()))
        .append(' ').append(POSSESSED.get(tokens.get(owner).lower()));
    for (int k = owner + 1; k < act; k++) {
      String w = tokens.get(k).lower();
      asked.append(w.equals(",") ? "," : " " + (w.equals("and") ? w : adverb(w)));
    }
    return asked.toString();
  }

  /**
   * Where a noun asked for ends, its prepositional phrases with it ("his release from prison"): before a verb of the
   * sentence's own ("Lawyers who called for his release were questioned") or an aside on it (", which is overdue").
   */
  private static int nounPhraseEnd(List<Token> tokens, int noun, int end) {
    for (int k = noun + 1; k < tokens.size() && tokens.get(k).begin() < end; k++) {
      boolean finite = isFinite(tokens.get(k).tag());
      boolean aside = tokens.get(k).word().equals(",") && k + 1 < tokens.size()
          && RELATIVES.contains(tokens.get(k + 1).lower());
      if (finite || aside) {
        return tokens.get(k).begin();
      }
    }
    return end;
  }

  /** The adverb of an adjective: immediate → immediately, full → fully, possible → possibly, speedy → speedily. */
  static String adverb(String adjective) {
    String a = adjective.toLowerCase(Locale.ROOT);
    if (a.endsWith("ly")) {
      return a;   // "early", "timely"
    }
    if (a.endsWith("ll")) {
      return a + "y";
    }
    if (a.endsWith("le") && a.length() > 3) {
      return a.substring(0, a.length() - 1) + "y";
    }
    if (a.endsWith("ic")) {
      return a + "ally";
    }
    if (a.endsWith("y") && a.length() > 3) {
      return a.substring(0, a.length() - 1) + "ily";
    }
    return a + "ly";
  }

  /** How long an aside between commas may be: "in order to further strengthen the fulfilment of its rights". */
  private static final int MAX_ASIDE = 25;

  /** The comma closing an aside opened at {@code comma}; {@code comma} itself when none closes it soon. */
  private static int asideEnd(List<Token> tokens, int comma, int limit) {
    for (int k = comma + 1; k < Math.min(limit, comma + MAX_ASIDE); k++) {
      if (tokens.get(k).word().equals(",")) {
        return k;
      }
    }
    return comma;
  }

  /** How many words a State's name after "that" may have: "United Kingdom of Great Britain and Northern Ireland". */
  private static final int MAX_NAME_TOKENS = 9;

  /**
   * "recommended that Albania increase efforts": after a "that" and the State addressed (its name, the State
   * under review, "the Government"), the next word is the verb, whatever the tagger made of it (a subjunctive
   * after a proper noun is often tagged as a noun). Its index, past adverbs and a modal; -1 when the clause does
   * not open with a State.
   */
  private static int verbAfterAddressee(List<Token> tokens, int cue, String reviewed) {
    if (cue + 2 >= tokens.size() || !tokens.get(cue + 1).lower().equals("that")) {
      return -1;
    }
    int start = cue + 2;
    int last = -1;
    StringBuilder name = new StringBuilder();
    for (int k = start; k < Math.min(tokens.size() - 1, start + MAX_NAME_TOKENS); k++) {
      name.append(k > start ? " " : "").append(tokens.get(k).word());
      if (namesState(name.toString(), reviewed)) {
        last = k;
      }
    }
    if (last < 0) {
      return -1;
    }
    int j = last + 1;
    while (j < tokens.size() && tokens.get(j).tag() != null
        && (tokens.get(j).tag().startsWith("RB") || tokens.get(j).tag().equals("MD"))) {
      j++;
    }
    if (j >= tokens.size() || !isLowerWord(tokens.get(j))) {
      return -1;
    }
    String tag = tokens.get(j).tag();
    // A verb, or a word the tagger took for a noun; not "Albania 's", "Albania and", "the State party , which".
    // Or for an adjective, before its object: "that Ruritania close unofficial places of detention". Not a
    // participle: "suggests that States recommending accountability were ..." reports who they were.
    boolean objectNext = j + 1 < tokens.size() && tokens.get(j + 1).tag() != null
        && OBJECT_OPENERS.contains(tokens.get(j + 1).tag());
    return tag != null && (tag.startsWith("VB") && !tag.equals("VBG") || tag.startsWith("NN")
        || tag.equals("JJ") && objectNext) ? j : -1;
  }

  /** Tags an object may open with: "close unofficial places", "close the camps", "close its prisons". */
  private static final Set<String> OBJECT_OPENERS = Set.of("DT", "JJ", "NN", "NNS", "PRP$", "CD");

  /** The "that" between the cue and the asked verb: "recommended (to Poland) that laws be ...", or -1. */
  private static int thatBefore(List<Token> tokens, int cue, int at) {
    for (int i = cue + 1; i < at; i++) {
      if (tokens.get(i).lower().equals("that")) {
        return i + 1 < at ? i : -1;
      }
    }
    return -1;
  }

  /**
   * What the sentence asks, from its action verb to the sentence end, with a capital: "recommended that Ruritania
   * ratify the Protocol." → "Ratify the Protocol."; null when no action verb was found.
   */
  static String request(String text, List<Token> tokens, int cue, int at, int end) {
    if (at < 0) {
      return null;
    }
    while (at - 1 > cue) {
      // "that Ruritania fully implement": the adverb is part of what is asked; "also" links the sentence.
      // "immediately and unconditionally release": so are two adverbs joined.
      if (isAskedAdverb(tokens.get(at - 1))) {
        at--;
      } else if (at - 2 > cue && Set.of("and", "or").contains(tokens.get(at - 1).lower())
          && isAskedAdverb(tokens.get(at - 2)) && isAskedAdverb(tokens.get(at))) {
        at -= 2;
      } else {
        break;
      }
    }
    int that = thatBefore(tokens, cue, at);
    if (BE.contains(tokens.get(at).lower()) && that >= 0) {
      // "that investigations be launched", "recommended to Poland that laws be liberalized": the passive's subject
      // is what is asked about
      at = that + 1;
    } else if (isModalPassive(tokens, at)) {
      at = cue + 1;   // "said the Online Safety Act should be amended": likewise
    }
    end = withoutTrailingClause(tokens, at, end);
    Token first = tokens.get(at);
    end = quoteEnd(text, first.begin(), end);
    // "recommended ensuring access" asks to "Ensure access", as the lists the models learnt from print it; "the
    // adoption of a law" to "Adopt a law".
    String opening = "VBG".equals(first.tag()) && first.lemma() != null && isLowerWord(first) ? first.lemma() : null;
    int rest = first.end();
    if (opening == null && Lexicon.ACTION_NOUNS.containsKey(first.lower()) && first.tag().startsWith("NN")) {
      int owner = possessedAct(tokens, cue) == at ? possessor(tokens, cue) : -1;
      opening = owner >= 0 ? possessedRequest(tokens, owner, at) : Lexicon.ACTION_NOUNS.get(first.lower());
      end = owner >= 0 ? nounPhraseEnd(tokens, at, end) : end;
      rest = at + 1 < tokens.size() && tokens.get(at + 1).lower().equals("of") ? tokens.get(at + 1).end() : rest;
    }
    String asked = Sentence.collapseSpace(opening == null ? withoutRepeatedTo(text, tokens, at, first.begin(), end)
        : opening + withoutRepeatedTo(text, tokens, at, rest, end));
    // "urged Ruritania not to reintroduce the death penalty": the negation stands before "to"
    boolean negated = at - 2 > cue && tokens.get(at - 1).lower().equals("to")
        && Set.of("not", "never").contains(tokens.get(at - 2).lower());
    asked = negated ? tokens.get(at - 2).lower() + " " + asked : asked;
    // "not only to repeal the law but also to compensate the victims" asks two acts
    boolean notOnly = at - 3 > cue && tokens.get(at - 1).lower().equals("to")
        && tokens.get(at - 2).lower().equals("only") && tokens.get(at - 3).lower().equals("not");
    // "should not only release them but also compensate them"
    Matcher opensNotOnly = NOT_ONLY.matcher(asked);
    if (opensNotOnly.lookingAt()) {
      notOnly = true;
      asked = asked.substring(opensNotOnly.end());
    }
    asked = notOnly ? BUT_ALSO.matcher(asked).replaceFirst(" and ") : asked;
    // "called for the release of X and for an end to Y" asks to release X and end Y
    asked = opening == null ? asked : secondActionNoun(asked);
    // "must ensure X, and should also publish Y": the second act's modal is the first's
    asked = SECOND_MODAL.matcher(asked).replaceAll("$1 ");
    // "Ghana should be commended for X and encouraged to ratify Y" asks to ratify Y
    asked = PASSIVE_CUE_FIRST.matcher(asked).replaceFirst("");
    asked = closedQuotes(ATTRIBUTION_TAIL.matcher(asked).replaceFirst(""));
    asked = LIST_PUNCTUATION.matcher(OCCASION_TAIL.matcher(asked).replaceFirst("")).replaceFirst("");
    StatedResponse.Appended response = StatedResponse.appended(asked);
    asked = response == null ? asked : asked.substring(0, response.start()).strip();   // ", a recommendation X noted"
    // "recommended that it do so without delay" names the act only before the cue: the sentence says more
    return asked.isEmpty() || ANAPHORIC_ACT.matcher(asked).lookingAt() ? null : capitalised(asked);
  }

  /**
   * The text in [from, end) without the "to" a second ask repeats after "and" or "or": "urged it to release them
   * and to end the trials" asks "Release them and end the trials", as a list prints two acts.
   */
  private static final Set<String> AND_OR = Set.of("and", "or");

  private static String withoutRepeatedTo(String text, List<Token> tokens, int at, int from, int end) {
    StringBuilder out = new StringBuilder();
    int copied = from;
    int last = -1;   // the last "and to": "to halt X, to commute Y, and to amend Z" drops the commas' "to" as well
    for (int k = at + 1; k + 2 < tokens.size() && tokens.get(k + 2).end() <= end; k++) {
      last = AND_OR.contains(tokens.get(k).lower()) && tokens.get(k + 1).lower().equals("to")
          && isVerbAfterTo(tokens, k + 2) ? k : last;
    }
    for (int k = at + 1; k + 2 < tokens.size() && tokens.get(k + 2).end() <= end; k++) {
      boolean joined = AND_OR.contains(tokens.get(k).lower()) || tokens.get(k).word().equals(",") && k < last;
      if (joined && tokens.get(k + 1).lower().equals("to")
          && isVerbAfterTo(tokens, k + 2) && tokens.get(k + 1).begin() >= copied) {
        out.append(text, copied, tokens.get(k + 1).begin());
        copied = tokens.get(k + 2).begin();
      }
    }
    return out.append(text, copied, end).toString();
  }

  private static boolean isVerbAfterTo(List<Token> tokens, int i) {
    return "VB".equals(tokens.get(i).tag()) || isVerbTaggedNoun(tokens, i);
  }

  private static boolean isAskedAdverb(Token token) {
    return token.tag() != null && token.tag().startsWith("RB") && !LINKING_ADVERBS.contains(token.lower());
  }

  /**
   * "abolish the ‘foreign-funding register,’": the closing mark the attribution tail took with the comma, put back
   * where the request opened the quotation itself. A ’ before a letter is an apostrophe.
   */
  private static String closedQuotes(String asked) {
    if (asked.isEmpty() || !Character.isLetterOrDigit(asked.charAt(asked.length() - 1))) {
      return asked;
    }
    if (asked.chars().filter(c -> c == '“').count() > asked.chars().filter(c -> c == '”').count()) {
      return asked + "”";
    }
    long closing = java.util.stream.IntStream.range(0, asked.length()).filter(i -> asked.charAt(i) == '’'
        && (i + 1 == asked.length() || !Character.isLetter(asked.charAt(i + 1)))).count();
    return asked.chars().filter(c -> c == '‘').count() > closing ? asked + "’" : asked;
  }

  /**
   * Where what is asked ends when it is quoted: 'urged Ruritania to "adopt a law," a call it noted' asks what is
   * inside the marks. {@code end} when the words at {@code begin} are not opened by a quotation mark.
   */
  private static int quoteEnd(String text, int begin, int end) {
    int k = begin - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    if (k < 0 || "\"“".indexOf(text.charAt(k)) < 0) {
      return end;
    }
    for (int i = begin; i < end; i++) {
      if ("\"”".indexOf(text.charAt(i)) >= 0) {
        while (i > begin && ",;:.".indexOf(text.charAt(i - 1)) >= 0) {
          i--;   // '"abolish it,"': the comma belongs to the sentence around the quote
        }
        return i;
      }
    }
    return end;
  }

  private static final Pattern ANAPHORIC_ACT = Pattern.compile("(?i)(?:do|doing)\\s+(?:so|this|that|likewise)\\b");

  /** Words that open a clause of circumstance after what is asked: ", as the review began", ", while it ...". */
  private static final Set<String> CIRCUMSTANCE = Set.of("as", "while", "when", "after", "before", "because",
      "since", "amid");
  /** How many words a circumstance's subject may have before its verb: "as Ruritania's human rights record came". */
  private static final int MAX_CIRCUMSTANCE_SUBJECT = 8;

  /**
   * Where what is asked ends when a clause of circumstance with its own subject and verb follows it ("free the
   * bloggers, as Ruritania's record came under scrutiny"), or a call of its own on someone else (", and Parliament
   * must pass the Bill"): at its comma; else {@code end}. ", as well as", ", as appropriate", ", as required by" have
   * no subject and verb of their own and stay.
   */
  private static int withoutTrailingClause(List<Token> tokens, int at, int end) {
    for (int i = at + 1; i + 2 < tokens.size() && tokens.get(i).begin() < end; i++) {
      String mark = tokens.get(i).word();
      String next = tokens.get(i + 1).lower();
      // "; Parliament voted to abolish it in 2023": a clause that reports, not a further ask ("; and ensure ...")
      boolean reports = mark.equals(";");
      // ", which it did in 2023", ", which the Parliament passed": what became of the ask (not ", which is used to
      // jail critics", what the ask is about)
      boolean which = mark.equals(",") && next.equals("which");
      // ", and Parliament must pass the Bill": a call of its own on someone else, not more of this ask; ", and we
      // will continue to do so": what the maker will do
      boolean anded = mark.equals(",") && next.equals("and");
      if (!reports && !which && !anded && !(mark.equals(",") && CIRCUMSTANCE.contains(next))) {
        continue;
      }
      int from = reports ? i + 1 : i + 2;
      for (int k = from; k < Math.min(tokens.size(), from + 1 + MAX_CIRCUMSTANCE_SUBJECT); k++) {
        String tag = tokens.get(k).tag();
        if (tag == null) {
          break;
        }
        // "; the Government will consider it in the budget": a modal that tells, not asks, reports too
        boolean finite = anded ? tag.equals("MD") && (Lexicon.MODALS.contains(tokens.get(k).lower())
            || TELLING_MODALS.contains(tokens.get(k).lower()))
            : tag.equals("VBD") || tag.equals("VBZ") || !reports && (tag.equals("VBP")
            || tag.equals("MD") && !which) || reports && TELLING_MODALS.contains(tokens.get(k).lower());
        if (k > from && finite) {
          return tokens.get(i).begin();
        }
        if (!(tag.startsWith("NN") || tag.equals("DT") || tag.startsWith("JJ") || tag.equals("POS")
            || tag.startsWith("PRP") || tag.equals("CD"))) {
          break;
        }
      }
    }
    return end;
  }

  /** A tag of a verb that has a subject of its own: past, present, or a modal. */
  static boolean isFinite(String tag) {
    return tag != null && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD"));
  }

  /** Modals that tell what will or may be rather than ask: "the Government will consider it". */
  private static final Set<String> TELLING_MODALS = Set.of("will", "would", "can", "could", "may", "might");

  static String capitalised(String words) {
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  /**
   * Whether words name the State addressed: a State's name, the State under review's, "the Government", "the State
   * party", "the Government of X" (not "it", which may be anything).
   */
  static boolean namesState(String words, String reviewed) {
    String reference = words.toLowerCase(Locale.ROOT).replaceFirst("^(?:the|its)\\s+", "");
    if (reference.startsWith("government of ")) {
      String of = words.substring(words.length() - reference.length() + "government of ".length());
      if (org.uprlens.States.byName(of).isPresent() || of.equalsIgnoreCase(reviewed)) {
        return true;
      }
    }
    return org.uprlens.States.byName(words).isPresent() || words.equalsIgnoreCase(reviewed)
        || Lexicon.STATE_REFERENCES.contains(reference) && !reference.equals("it")
        || Organs.ofReviewed(words, reviewed);
  }

  /**
   * The recommendations of a Working Group report's numbered list ({@link WorkingGroupList}) or of an OHCHR
   * thematic matrix ({@link ThematicMatrix}), one per text with its own States; empty when the document has
   * neither. The actor is the recommending States joined with
   * ", " (all of them, so that a joint recommendation is not credited to its first State alone).
   */
  public List<Recommendation> listed(Document document, List<Sentence> sentences) {
    return listed(document, sentences, authorOf(document));
  }

  private List<Recommendation> listed(Document document, List<Sentence> sentences, String author) {
    List<WorkingGroupList.Item> items = document.info().kind() == DocKind.MATRIX
        ? ThematicMatrix.parse(document.text(), document.info().stateUnderReview())
        : WorkingGroupList.parse(document.text());
    List<Recommendation> found = new ArrayList<>(items.size());
    for (WorkingGroupList.Item item : items) {
      found.add(ofItem(document, sentences, item, WorkingGroupList.SECTION));
    }
    return ownModalItems(document, items, found, author);
  }

  /**
   * The rows of a table of recommendations ({@link RecommendationTable}), each as the table gives it: its makers
   * (States by their canonical names), the State under review and the response it prints.
   */
  static List<Recommendation> tabled(Document document, List<Sentence> sentences) {
    List<RecommendationTable.Row> rows = RecommendationTable.read(document.text());
    List<Recommendation> found = new ArrayList<>();
    for (RecommendationTable.Row row : rows == null ? List.<RecommendationTable.Row>of() : rows) {
      found.add(ofRow(document, sentences, row, null));
    }
    return found;
  }

  /**
   * The rows, each whose text reports its ask rather than printing it ("The Committee recommends that the State party
   * strengthen ...", "The State party should ensure that ...", as an index of every mechanism's recommendations quotes
   * them) asking what the sentence rules cut out of it, as a compilation's sentence is: the classifier reads the
   * ask, not the reporting words. Only such cells are tagged; a row the rules read as one ask, no more, is cut.
   */
  private Found reportedCells(Document document, List<Recommendation> rows, List<Sentence> sentences, Tagger tagger,
                              long t0) {
    // Each reported cell's sentences, clipped to the cell and numbered afresh (a CSV line may run into the next),
    // found in one pass: rows and sentences both follow the text.
    List<Recommendation> byStart = rows.stream().sorted(java.util.Comparator.comparingInt(Recommendation::charStart))
        .toList();
    List<Sentence> cells = new ArrayList<>();
    int s = 0;
    for (Recommendation row : byStart) {
      if (ListedAsks.asks(row.text())) {
        continue;   // "Adopt a law ...": printed as asked
      }
      while (s < sentences.size() && sentences.get(s).end() <= row.charStart()) {
        s++;
      }
      for (int k = s; k < sentences.size() && sentences.get(k).begin() < row.charEnd(); k++) {
        Sentence sentence = sentences.get(k);
        List<Token> inside = sentence.tokens().stream()
            .filter(t -> t.begin() >= row.charStart() && t.end() <= row.charEnd()).toList();
        if (!inside.isEmpty()) {
          cells.add(new Sentence(cells.size(), inside.get(0).begin(), inside.get(inside.size() - 1).end(), inside,
              sentence.paragraph(), sentence.section()));
        }
      }
    }
    if (cells.isEmpty()) {
      return new Found(rows, 0, List.of());
    }
    List<Sentence> tagged = tagger.tag(candidates(cells));
    long t1 = System.nanoTime();
    // The cells read together, once (the rules read the whole text for names and acronyms), in the makers' own
    // voice: "The State party should ..." is its maker's call.
    List<Recommendation> read = extract(document.docId(), document.text(), document.info().stateUnderReview(), true,
        false, Author.of(document.text(), null), cells, tagged);
    Map<Integer, List<Recommendation>> inRow = new HashMap<>();
    int[] starts = byStart.stream().mapToInt(Recommendation::charStart).toArray();
    for (Recommendation r : read) {
      int at = java.util.Arrays.binarySearch(starts, r.charStart());
      at = at >= 0 ? at : -at - 2;
      if (r.request() != null && at >= 0 && r.charEnd() <= byStart.get(at).charEnd()) {
        inRow.computeIfAbsent(byStart.get(at).charStart(), k -> new ArrayList<>()).add(r);
      }
    }
    List<Recommendation> cut = new ArrayList<>();
    for (Recommendation row : rows) {
      List<Recommendation> own = inRow.getOrDefault(row.charStart(), List.of());
      // A row the rules read as one ask, no more, after a short frame
      cut.add(own.size() == 1 && reportsFirst(row.text(), own.get(0).request())
          ? row.asking(own.get(0).action(), own.get(0).request()) : row);
    }
    return new Found(cut, t1 - t0, tagged);
  }

  /** How many words a cell's reporting frame may have: "The Committee recommends that the State party". */
  private static final int MAX_FRAME_WORDS = 12;

  /**
   * Whether the cell opens with a short reporting frame before what it asks ("Recommended to Poland to", "The State
   * party should"), rather than with an ask of its own whose clauses the sentence rules read a cue in ("As a first
   * step, allow the visit requested by the Special Rapporteur to take place", "In cooperation with ..., implement
   * measures so that ... to end violence"): no comma in the frame, and a few words.
   */
  static boolean reportsFirst(String cell, String request) {
    String text = Sentence.collapseSpace(cell);
    String asked = request.endsWith(".") ? request.substring(0, request.length() - 1) : request;
    int space = asked.indexOf(' ');
    if (space < 0) {
      return false;
    }
    // The request's first word may be spelt otherwise than the cell's ("ensuring" asks to "Ensure"), and its later
    // words may have lost a "to" the cell repeats ("and to search" asks "and search"): found by the words between.
    String after = asked.substring(space);
    int and = after.indexOf(" and ");
    int at = text.indexOf(and > 0 ? after.substring(0, and) : after);
    if (at < 0) {
      return false;
    }
    String frame = text.substring(0, at).strip();
    int lastSpace = frame.lastIndexOf(' ');
    frame = lastSpace < 0 ? "" : frame.substring(0, lastSpace);
    return frame.indexOf(',') < 0 && frame.split("\\s+").length <= MAX_FRAME_WORDS;
  }

  /** A table's row as a recommendation, its makers, State and response as the row's cells give them. */
  private static Recommendation ofRow(Document document, List<Sentence> sentences, RecommendationTable.Row row,
                                      String author) {
    if (row.makers().isEmpty()) {
      // "Adopt the bill (Norway)" in a table with no column of makers: the States after the text, as a report prints
      WorkingGroupList.Segment item = WorkingGroupList.withMakers(document.text(), row.begin(), row.end());
      if (item != null) {
        row = new RecommendationTable.Row(item.begin(), item.end(),
            Sentence.collapseSpace(document.text().substring(item.begin(), item.end())), row.id(), item.states(),
            row.reviewed(), row.response());
      }
    }
    List<String> makers = row.makers().stream().map(m -> org.uprlens.States.byName(m).isPresent()
        ? org.uprlens.States.canonical(m) : Bodies.canonical(m)).toList();
    String actor = makers.isEmpty() ? author : String.join(", ", makers);
    // Each maker a State by its name ("United Kingdom of Great Britain and Northern Ireland" is one)
    boolean byStates = !makers.isEmpty() && row.makers().stream()
        .allMatch(m -> org.uprlens.States.byName(m).isPresent());
    String target = row.reviewed() == null ? document.info().stateUnderReview()
        : org.uprlens.States.canonical(row.reviewed());
    String support = WorkingGroupList.cellResponse(row.response());
    return new Recommendation(Recommendation.idFor(document.docId(), row.begin(), row.end()), document.docId(),
        sentenceAt(sentences, row.begin()), row.begin(), row.end(), row.text(), actor,
        byStates ? ActorTypes.STATE : ActorTypes.of(actor), byStates ? makers : ActorTypes.states(actor), target,
        "recommend", WorkingGroupList.action(row.text()), row.id(), null, support,
        support == null ? null : row.response(), row.text());
  }

  /**
   * A numbered recommendation of a list, a matrix or a quote, made by the States it names.
   *
   * @param section the section when neither the item nor the document's outline names one
   */
  private static Recommendation ofItem(Document document, List<Sentence> sentences, WorkingGroupList.Item item,
                                       String section) {
    boolean byStates = !item.states().isEmpty();
    String target = document.info().stateUnderReview() != null
        ? document.info().stateUnderReview() : item.reviewed();
    String named = item.section() != null ? item.section() : document.outline().sectionAt(item.begin());
    return new Recommendation(Recommendation.idFor(document.docId(), item.begin(), item.end()),
        document.docId(), sentenceAt(sentences, item.begin()), item.begin(), item.end(), item.text(),
        byStates ? String.join(", ", item.states()) : null, byStates ? ActorTypes.STATE : null, item.states(),
        target, "recommend", WorkingGroupList.action(item.text()), item.paragraph(),
        named != null ? named : section, item.supportStated(), item.supportEvidence(), item.text());
  }

  /** Index of the sentence that contains {@code offset} (the last one starting at or before it). */
  static int sentenceAt(List<Sentence> sentences, int offset) {
    Sentence found = sentenceContaining(sentences, offset);
    return found == null ? 0 : found.index();
  }

  /** The sentence that contains {@code offset} (the last one starting at or before it); the first, or null. */
  static Sentence sentenceContaining(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    Sentence found = sentences.isEmpty() ? null : sentences.get(0);
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).begin() <= offset) {
        found = sentences.get(mid);
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  static boolean isCandidate(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    if (tokens.size() > MAX_TOKENS) {
      return false;
    }
    boolean reporting = false;
    for (Token token : tokens) {
      String w = token.lower();
      if (Lexicon.CUE_FORMS.containsKey(w) || w.startsWith("recommendation")) {
        return true;
      }
      if (Lexicon.MODAL_CUE_FORMS.containsKey(w)) {
        reporting = true;
      } else if (reporting && (Lexicon.MODALS.contains(w) || w.equals("need"))) {
        return true;
      }
    }
    return DirectCall.mayBe(tokens) || authorsCue(tokens, null) >= 0;
  }

  /**
   * A call in the author's voice without a cue verb ({@link #impersonalCue}, {@link #pleaseCue}, {@link
   * #statedRecommendation}, {@link #obligationCue}), or -1.
   */
  private static int authorsCue(List<Token> tokens, String reviewed) {
    int cue = impersonalCue(tokens);
    cue = cue >= 0 ? cue : pleaseCue(tokens);
    cue = cue >= 0 ? cue : statedRecommendation(tokens);
    return cue >= 0 ? cue : obligationCue(tokens, reviewed);
  }

  /** Words that rank a recommendation the author states: "Our first recommendation", "The main recommendation". */
  private static final Set<String> RANKS = Set.of("first", "second", "third", "fourth", "fifth", "main", "key",
      "final", "last", "principal", "central", "primary", "overarching", "most", "important", "urgent", "foremost",
      "top", "chief", "further", "other", "only");

  /**
   * "Our first recommendation is to end national service", "My recommendation to the Government is that it allow
   * independent media": the author states its recommendation. The index of "is" or "are", which stands for the cue,
   * or -1; not "The recommendation is still pending", nor another's ("Sweden's recommendation is that").
   */
  private static int statedRecommendation(List<Token> tokens) {
    int i = wordAt(tokens, 0);
    if (i >= tokens.size() || !Set.of("our", "my", "the").contains(tokens.get(i).lower())) {
      return -1;
    }
    int k = i + 1;
    while (k < tokens.size() && k <= i + 2 && RANKS.contains(tokens.get(k).lower())) {
      k++;
    }
    if (k >= tokens.size() || !Set.of("recommendation", "recommendations").contains(tokens.get(k).lower())
        || tokens.get(i).lower().equals("the") && k == i + 1) {
      return -1;   // "The recommendation is ...": which one, the words do not say
    }
    int be = k + 1;
    if (be < tokens.size() && Set.of("to", "for").contains(tokens.get(be).lower())) {
      while (be < Math.min(tokens.size(), k + 8) && !BE.contains(tokens.get(be).lower())) {
        be++;   // "to the Government", "for the authorities"
      }
    }
    return be + 2 < tokens.size() && Set.of("is", "are").contains(tokens.get(be).lower())
        && Set.of("to", "that").contains(tokens.get(be + 1).lower()) ? be : -1;
  }

  /** The most words a title on a line of its own has, glued to the sentence under it. */
  private static final int MAX_TITLE_TOKENS = 10;

  /**
   * "End arbitrary arrests\nThe authorities should release ...": a title on a line of its own, without a sentence's
   * end, that the splitter joined to the sentence under it. The index of that sentence's first token, or 0.
   */
  private static int titleLineEnd(String text, List<Token> tokens) {
    int i = wordAt(tokens, 0);
    if (i >= tokens.size() || !opensParagraph(text, tokens.get(i).begin())) {
      return 0;   // a line a PDF wrapped mid-paragraph is no title
    }
    for (int k = i + 1; k < Math.min(tokens.size() - 2, i + MAX_TITLE_TOKENS + 1); k++) {
      Token last = tokens.get(k - 1);
      if (!Character.isLetterOrDigit(last.word().charAt(0))) {
        return 0;   // a title has words only: "Protect civic space"
      }
      if (text.substring(last.end(), tokens.get(k).begin()).indexOf('\n') >= 0) {
        return Character.isUpperCase(tokens.get(k).word().charAt(0)) && !Lexicon.NAME_LINKS.contains(last.lower())
            && !Set.of("a", "an", "to", "in", "with", "by", "or", "that").contains(last.lower()) ? k : 0;
      }
    }
    return 0;
  }

  /** A paragraph's start, its number or bullet before it: "\n\n1. End arbitrary arrests". */
  private static final String OPENING = "(?:\\d{1,3}[.)]|[•*-])?[ \\t]*$";
  private static final Pattern PARAGRAPH_OPENING = Pattern.compile("\\n[ \\t]*\\n[ \\t]*" + OPENING);
  /** The text's first paragraph opens at its start. */
  private static final Pattern TEXT_OPENING = Pattern.compile("^\\s*" + OPENING);
  /** How far before a paragraph's first word its opening is looked for: a blank line, a number. */
  private static final int OPENING_CHARS = 20;

  private static boolean opensParagraph(String text, int at) {
    int from = Math.max(0, at - OPENING_CHARS);
    String before = text.substring(from, at);
    return PARAGRAPH_OPENING.matcher(before).find() || from == 0 && TEXT_OPENING.matcher(before).find();
  }

  /** Whether a call's subject is "they" or "it", going on from the call before. */
  private static boolean continues(DirectCall.Call call, List<Token> tokens) {
    return call.subjectStart() == call.subjectEnd()
        && Set.of("they", "it").contains(tokens.get(call.subjectStart()).lower());
  }

  /** A letter's salutation: "Dear Minister,", "Excellency,", "Your Excellency". */
  private static final Pattern SALUTATION = Pattern.compile("(?m)^[ \\t]*(?:Dear[ \\t]+\\p{Lu}|(?:Your[ \\t]+)?"
      + "Excellenc(?:y|ies)\\b|To[ \\t]+the[ \\t]+Honou?rable\\b)");

  /** What a reader, not an authority, is asked to do with "please": "Please accept the assurances", "Please write". */
  private static final Set<String> READERS_ACTS = Set.of("accept", "note", "find", "contact", "see", "refer", "do",
      "let", "feel", "write", "send", "sign", "share", "donate", "click", "visit", "join", "read", "recycle", "check",
      "call", "email", "e-mail", "tweet", "follow", "subscribe", "help", "register", "reply", "respond", "forward",
      "cite", "quote", "use", "keep", "stay", "go", "take", "make", "get", "give", "be", "print", "allow", "permit",
      "excuse", "forgive", "bear", "remember", "download", "rise",
      // a list of issues asks the State for information, not to act: "Please provide information on ..."
      "provide", "indicate", "describe", "explain", "clarify", "comment", "inform", "elaborate", "specify",
      "update", "report", "supply", "submit", "state", "list", "outline", "detail", "confirm");

  /**
   * "Please ensure that she has access to her lawyers", "Pending her release, please release ...": a letter's polite
   * imperative to whom it is addressed. The index of "please", or -1; not what a reader is asked ({@link
   * #READERS_ACTS}). Where the sentence is tagged, the word after "please" must be read as a verb.
   */
  private static int pleaseCue(List<Token> tokens) {
    int i = wordAt(tokens, 0);
    for (int k = i; k < Math.min(tokens.size(), i + MAX_CLAUSE_SUBJECT); k++) {
      if (k > i && !tokens.get(k - 1).word().equals(",")) {
        continue;   // "please" opens the sentence or follows a fronted phrase
      }
      if (!tokens.get(k).lower().equals("please") || k + 2 >= tokens.size()) {
        continue;
      }
      Token verb = tokens.get(k + 1);
      if (READERS_ACTS.contains(verb.lower()) || !verb.word().chars().allMatch(Character::isLowerCase)) {
        return -1;
      }
      return verb.tag() == null || verb.tag().equals("VB") || verb.tag().equals("VBP") ? k : -1;
    }
    return -1;
  }

  /** How many words may stand before "is under an obligation to": a fronted phrase, the State's name. */
  private static final int MAX_OBLIGED = 25;

  /**
   * "The State party is under an obligation to provide ...", "Ruritania is also obligated to ...": the State (by a
   * name or as "the State party", "the Government") under a duty to act, as a treaty body's Views state the remedy.
   * The index of "obligation" or "obligated", which stands for the cue, or -1; not "States are under an obligation
   * to", a rule for all, nor "its obligations under the Covenant".
   */
  private static int obligationCue(List<Token> tokens, String reviewed) {
    int start = wordAt(tokens, 0);
    for (int be = start + 1; be < Math.min(tokens.size() - 3, start + MAX_OBLIGED); be++) {
      if (!Set.of("is", "remains").contains(tokens.get(be).lower())) {
        continue;
      }
      int k = be + 1;
      while (k < tokens.size() && Set.of("also", "therefore", "further", "thus").contains(tokens.get(k).lower())) {
        k++;
      }
      int duty = k + 2 < tokens.size() && tokens.get(k).lower().equals("under")
          && Set.of("an", "the").contains(tokens.get(k + 1).lower()) ? k + 2
          : Set.of("obligated", "obliged").contains(tokens.get(k).lower()) ? k : -1;
      int to = duty + 1;
      while (to < tokens.size() && Set.of(",", "inter", "alia").contains(tokens.get(to).lower())) {
        to++;   // "is obligated, inter alia, to provide"
      }
      if (duty < 0 || to + 1 >= tokens.size() || !Set.of("obligation", "obligated", "obliged")
          .contains(tokens.get(duty).lower()) || !tokens.get(to).lower().equals("to")) {
        return -1;
      }
      // "In accordance with article 2 (3) (a) of the Covenant, the State party is ...": the subject after a comma
      for (int from = start; from < be; from++) {
        if (from > start && !tokens.get(from - 1).word().equals(",")) {
          continue;
        }
        if (namesState(DirectCall.words(tokens, from, be - 1), reviewed)) {
          return duty;
        }
      }
      return -1;
    }
    return -1;
  }

  /** What makes a call of "It is ... that": "It is essential that the Government repeal the Act". */
  private static final Set<String> URGENT = Set.of("essential", "crucial", "vital", "imperative", "important",
      "urgent", "critical", "necessary", "indispensable", "paramount");
  private static final Set<String> IMPERSONAL_ADVERBS = Set.of("therefore", "also", "thus", "now", "absolutely",
      "particularly", "especially", "equally", "most", "all", "the", "more", "so", "hence", "still");
  /** "There is an urgent need for the authorities to ...", "There remains a pressing need for". */
  private static final Set<String> NEED_ADJECTIVES = Set.of("a", "an", "urgent", "pressing", "clear", "real",
      "immediate", "critical", "great", "serious", "continued", "continuing", "acute");
  /** How far a that-clause's verb may stand: its subject, "the Government of the Republic of Ghana". */
  private static final int MAX_CLAUSE_SUBJECT = 12;

  /**
   * A call in the author's voice without a verb of asking: "It is essential that the Government repeal the Act",
   * "There is an urgent need for the authorities to release ...": the index of the adjective or of "need", which
   * stands for the cue, or -1. Lexical, but where the sentence is tagged the that-clause must ask (a base form or a
   * modal: "It is important that the review was public" tells). "It is important to note" asks no one.
   */
  private static int impersonalCue(List<Token> tokens) {
    int i = wordAt(tokens, 0);
    if (i + 2 < tokens.size() && tokens.get(i + 1).word().equals(",")) {
      i += 2;   // "Therefore, it is essential that"
    }
    if (i + 4 >= tokens.size() || !Set.of("is", "remains").contains(tokens.get(i + 1).lower())) {
      return -1;
    }
    String opener = tokens.get(i).lower();
    int k = i + 2;
    if (opener.equals("there")) {
      while (k < tokens.size() && NEED_ADJECTIVES.contains(tokens.get(k).lower())) {
        k++;
      }
      return k + 1 < tokens.size() && tokens.get(k).lower().equals("need") && tokens.get(k + 1).lower().equals("for")
          ? k : -1;
    }
    if (!opener.equals("it")) {
      return -1;
    }
    while (k < tokens.size() && IMPERSONAL_ADVERBS.contains(tokens.get(k).lower())) {
      k++;
    }
    if (k + 2 >= tokens.size() || !URGENT.contains(tokens.get(k).lower())
        || !tokens.get(k + 1).lower().equals("that")) {
      return -1;
    }
    for (int v = k + 2; v < Math.min(tokens.size(), k + 2 + MAX_CLAUSE_SUBJECT); v++) {
      String tag = tokens.get(v).tag();
      if (tag == null) {
        return k;   // not tagged yet: a candidate
      }
      if (tag.startsWith("VB") || tag.equals("MD")) {
        boolean base = tag.equals("VB") || tag.equals("VBP") && tokens.get(v).lower().equals(tokens.get(v).lemma());
        return base || tag.equals("MD") && Lexicon.MODALS.contains(tokens.get(v).lower()) ? k : -1;
      }
    }
    return k;   // "that the Government repeal/NN the Act": the tagger took the subjunctive for a noun
  }

  /** How many words the thing called for may have before the sentence's own verb: "calls for a new inquiry grew". */
  private static final int MAX_CALLED_FOR = 8;

  /**
   * "Protests spread and calls for reform grew louder": "calls for" followed by its object and then the sentence's
   * verb is a plural noun, the subject of that verb, whatever the tagger made of it.
   */
  private static boolean isCallsNoun(List<Token> tokens, int i) {
    if (!tokens.get(i).lower().equals("calls") || i + 2 >= tokens.size()
        || !tokens.get(i + 1).lower().equals("for")) {
      return false;
    }
    String before = i == 0 ? "CC" : tokens.get(i - 1).tag();
    if (before == null || !Set.of("CC", "DT", "JJ", "VBG", ",").contains(before)) {
      return false;   // "Rights Now calls for the bill the Senate passed to be withdrawn": a maker before it
    }
    for (int k = i + 2; k < Math.min(tokens.size(), i + 3 + MAX_CALLED_FOR); k++) {
      String tag = tokens.get(k).tag();
      if (tag == null) {
        return false;
      }
      if (k > i + 2 && isFinite(tag)) {
        return true;
      }
      if (!(tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("IN")
          || tag.equals("PRP$") || tag.equals("CC") || tag.equals("CD"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "The Committee condemns the attacks and calls upon all parties to": a cue in the third person after "and",
   * which the tagger often takes for a plural noun. Lexical: "calls" with "on"/"upon" (not "and calls for reform
   * grew"), the others before their addressee or "that" (not "and requests for information").
   */
  private static boolean isCoordinatedCueNoun(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    String lemma = Lexicon.CUE_FORMS.get(token.lower());
    if (i < 1 || i + 1 >= tokens.size() || !"NNS".equals(token.tag()) || lemma == null
        || !tokens.get(i - 1).lower().equals("and") || !token.lower().endsWith("s")) {
      return false;
    }
    Token next = tokens.get(i + 1);
    return lemma.equals("call") ? Set.of("on", "upon").contains(next.lower())
        : next.lower().equals("that") || next.tag() != null && Set.of("DT", "PRP$", "NNP", "PRP").contains(next.tag());
  }

  /**
   * "3. Urges the Government to ...", "4. Calls upon all States to": a resolution's numbered operative paragraph
   * opens with its cue in the third person and no subject (the body named above them all). Index of that cue, or
   * -1. Lexical: the tagger often takes a capitalised "Calls" or "Requests" at a sentence start for a noun.
   */
  static int operativeCue(String text, List<Token> tokens) {
    int i = wordAt(tokens, 0);
    // Operative paragraphs are numbered; a news sentence may open with "Calls for an inquiry grew".
    if (i + 1 >= tokens.size() || !PARAGRAPH_NUMBER_BEFORE.matcher(
        text.substring(Math.max(0, tokens.get(i).begin() - 8), tokens.get(i).begin())).find()) {
      return -1;
    }
    int first = i;
    while (i + 2 < tokens.size() && OPERATIVE_ADVERBS.contains(tokens.get(i).lower())) {
      i++;   // "4. Also calls upon", "5. Further requests", "6. Strongly urges", "7. Once again calls upon"
    }
    if (!Character.isUpperCase(tokens.get(first).word().charAt(0))) {
      return -1;
    }
    if (isOperativeCue(tokens, i)
        || Lexicon.RESTATE_FORMS.contains(tokens.get(i).lower()) && restatedNoun(tokens, i) >= 0) {
      return i;   // "7. Reiterates its call for ..." restates the body's own call
    }
    // "4. Deplores the blocking of websites; demands that the authorities restore access": the body's next verb
    // asks, after a clause of its own; the tagger often takes either verb for a plural noun ("Regrets")
    if (!Set.of("VBZ", "NNS").contains(tokens.get(i).tag())) {
      return -1;
    }
    for (int k = i + 1; k + 1 < tokens.size(); k++) {
      if (!Set.of(";", "and").contains(tokens.get(k).word())) {
        continue;
      }
      int j = k + 1;
      while (j + 1 < tokens.size() && OPERATIVE_ADVERBS.contains(tokens.get(j).lower())) {
        j++;
      }
      if (isOperativeCue(tokens, j)) {
        return j;
      }
    }
    return -1;
  }

  /** A list item's mark before its first word: a bullet or dash, or a letter or numeral in brackets. */
  private static final Pattern ITEM_MARK_BEFORE = Pattern.compile("(?:^|\\n)[ \\t]*(?:[-–—•*·▪◦‣]|\\(?[a-z]{1,4}\\))"
      + "[ \\t]+$");

  /**
   * "- Calling on the authorities to disclose his whereabouts;", "• Urging them to ensure ...": a marked list item
   * that opens with a cue's participle, as an appeal lists the points to write (its lead, "Please write
   * immediately:", asks the reader). Index of the cue, or -1. Unmarked, such a word opens a resolution's preamble.
   */
  static int itemParticipleCue(String text, List<Token> tokens) {
    int i = wordAt(tokens, 0);
    if (i + 2 >= tokens.size() || !ITEM_MARK_BEFORE.matcher(
        text.substring(Math.max(0, tokens.get(i).begin() - 8), tokens.get(i).begin())).find()) {
      return -1;
    }
    String word = tokens.get(i).word();
    String lemma = Lexicon.CUE_FORMS.get(word.toLowerCase(Locale.ROOT));
    if (lemma == null || !word.endsWith("ing") || !Character.isUpperCase(word.charAt(0))) {
      return -1;
    }
    String next = tokens.get(i + 1).lower();
    return (lemma.equals("call") ? Lexicon.CALL_PARTICLES.contains(next) : !Set.of("of", ",", ";", ".").contains(next))
        ? i : -1;
  }

  /** "Urges", "calls upon", "requests": a cue in the third person, as a body's operative paragraph asks. */
  private static boolean isOperativeCue(List<Token> tokens, int i) {
    String word = tokens.get(i).word();
    String lemma = Lexicon.CUE_FORMS.get(word.toLowerCase(Locale.ROOT));
    if (lemma == null || !word.endsWith("s") || word.equalsIgnoreCase(lemma) || i + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(i + 1).lower();
    return lemma.equals("call") ? Lexicon.CALL_PARTICLES.contains(next) : !Set.of("of", ",", ";", ".").contains(next);
  }

  /** Adverbs an operative paragraph may open with before its verb. */
  private static final Set<String> OPERATIVE_ADVERBS = Set.of("also", "further", "furthermore", "strongly",
      "again", "once", "urgently", "moreover", "likewise", "equally");

  /** "member states", "all States", "participating states": "states" as a noun, whatever the tagger made of it. */
  static boolean isStatesNoun(List<Token> tokens, int i) {
    if (i < 1 || !tokens.get(i).lower().equals("states")) {
      return false;
    }
    String before = tokens.get(i - 1).tag();
    return before != null && (before.startsWith("NN") || before.startsWith("JJ") || before.equals("DT")
        || before.equals("CD") || before.equals("VBG"));
  }

  /** "3. " right before a word: the number of the paragraph it opens. */
  private static final Pattern PARAGRAPH_NUMBER_BEFORE = Pattern.compile("(?:^|\\s)\\d{1,3}\\.\\s+$");

  /** Words that open a second clause with a maker of its own: ", while the United States urged ...". */
  private static final Set<String> CLAUSE_BOUNDARIES = Set.of("while", "whereas", "but", ";");

  /**
   * A second recommendation in the sentence after the one at {@code asks}: a clause boundary ("while", "whereas",
   * "but", ";", ", and") followed by a body or State and its own cue. [boundary, cue] token indices, or null.
   */
  static int[] secondClause(String text, List<Token> tokens, int asks) {
    for (int i = asks + 2; i < tokens.size() - 3; i++) {
      String w = tokens.get(i).lower();
      boolean boundary = CLAUSE_BOUNDARIES.contains(w)
          || w.equals("and") && tokens.get(lastWordBefore(tokens, i) + 1).word().equals(",");
      if (!boundary) {
        continue;
      }
      int from = i + 1;
      while (from < tokens.size() - 3 && isJunk(tokens.get(from))) {
        from++;   // "...;(8) the Committee": a footnote's mark
      }
      from = afterOpener(tokens, from);   // "; in addition, it recommended"
      List<Token> rest = tokens.subList(from, tokens.size());
      int cue = findCue(rest);
      if (cue < 1 || cue > MAX_SUBJECT_TOKENS) {
        continue;
      }
      int[] subject = subjectOf(rest, cue);
      if (subject != null && subject[0] == 0 && (looksLikeActor(rest, subject)
          || org.uprlens.States.byName(span(text, rest, subject)).isPresent())) {
        return new int[] {i, from + cue, from};
      }
    }
    return null;
  }

  /**
   * "recommended that Ruritania raise X, and that it guarantee Y": the index of the second "that", whose clause asks
   * the State again (its subject the State, its verb a subjunctive); else -1. "ensure that girls attend school and
   * that teachers are trained" asks one act.
   */
  static int secondThat(String text, List<Token> tokens, int asks, String reviewed) {
    if (asks + 1 >= tokens.size() || !tokens.get(asks + 1).lower().equals("that")) {
      return -1;
    }
    for (int i = asks + 4; i + 2 < tokens.size(); i++) {
      if (!tokens.get(i).lower().equals("that") || !tokens.get(i - 1).lower().equals("and")) {
        continue;
      }
      for (int verb = i + 2; verb < Math.min(tokens.size(), i + 2 + MAX_STATE_TOKENS); verb++) {
        Token token = tokens.get(verb);
        boolean subjunctive = "VB".equals(token.tag())
            || "VBP".equals(token.tag()) && token.lower().equals(token.lemma());
        String subject = span(text, tokens, new int[] {i + 1, verb - 1});
        if (subjunctive && (subject.equalsIgnoreCase("it") || namesState(subject, reviewed))) {
          return i;
        }
      }
    }
    return -1;
  }

  /** How many words a State's name or reference may have: "the Government of the Republic of Ruritania". */
  private static final int MAX_STATE_TOKENS = 8;

  /** A sentence that ends with a question mark, after a closing quotation mark or bracket if any. */
  private static boolean isQuestion(String sentence) {
    String end = sentence.strip().replaceAll("[\"”’)\\]]+$", "");
    return end.endsWith("?");
  }

  /**
   * "Recommended questions and recommendations for States", "Recommended actions": a heading whose first word is
   * the participle describing a noun, not a body's verb with its subject left out.
   */
  private static boolean namesWhatIsRecommended(List<Token> tokens) {
    int first = wordAt(tokens, 0);
    return first + 1 < tokens.size() && tokens.get(first).lower().equals("recommended")
        && tokens.get(first + 1).tag() != null && tokens.get(first + 1).tag().matches("NNS?|JJ");
  }

  /** "It is recommended that", "It is further recommended to the State to": a cue in the impersonal passive. */
  private static boolean isImpersonal(List<Token> tokens, int cue) {
    int be = beBefore(tokens, cue);
    return "VBN".equals(tokens.get(cue).tag()) && be > 0
        && tokens.get(be - 1).lower().equals("it") && firstWord(tokens) == tokens.get(be - 1).begin();
  }

  /** "is encouraged to", "are also requested to": a cue in the present passive, no "by" naming who asks. */
  private static boolean isPresentPassive(List<Token> tokens, int cue) {
    int be = beBefore(tokens, cue);
    return "VBN".equals(tokens.get(cue).tag()) && be > 0 && Set.of("is", "are").contains(tokens.get(be).lower())
        && passiveAgent(tokens, cue) == null;
  }

  /** The "is", "was", "are" before a cue, past adverbs ("is also urged", "was strongly encouraged"), or -1. */
  private static int beBefore(List<Token> tokens, int cue) {
    int be = cue - 1;
    while (be > 0 && Lexicon.INNER_ADVERBS.contains(tokens.get(be).lower())) {
      be--;
    }
    return be >= 0 && BE.contains(tokens.get(be).lower()) ? be : -1;
  }

  /** Index of the last word before {@code k}, past punctuation and footnote marks: "violations,(10) and". */
  private static int lastWordBefore(List<Token> tokens, int k) {
    int j = k - 1;
    while (j > 0 && isJunk(tokens.get(j)) && !Set.of("”", "’", "\"", "'", "''").contains(tokens.get(j).word())) {
      j--;
    }
    return j;
  }

  /** Linking phrases a clause may open with before its subject: "in addition,", "moreover,", "similarly,". */
  private static final Set<String> CLAUSE_OPENERS = Set.of("in addition", "moreover", "furthermore", "similarly",
      "likewise", "also", "further", "in that regard", "in this regard", "in particular", "finally");

  /** Index of the first word after an opener and its comma at {@code from}, or {@code from}. */
  private static int afterOpener(List<Token> tokens, int from) {
    for (int comma = from + 1; comma < Math.min(tokens.size(), from + 4); comma++) {
      if (tokens.get(comma).word().equals(",")
          && CLAUSE_OPENERS.contains(DirectCall.words(tokens, from, comma - 1).toLowerCase(Locale.ROOT))) {
        return comma + 1;
      }
    }
    return from;
  }

  /**
   * A second cue of the same maker, joined by "and": "recommended that Ruritania strengthen X and invited the
   * Government to collect Y", "urges the State to ratify X and calls on it to repeal Y". The index of that cue, or -1.
   * It must have the first cue's tense, so that a verb of the first request ("recommended that Ruritania strengthen X
   * and invite ...") stays part of it; "also" may stand between.
   */
  static int coordinatedCue(List<Token> tokens, int cue, int asks) {
    String tense = tenseOf(tokens.get(cue).tag());
    if (tense == null) {
      return -1;
    }
    for (int i = asks + 2; i < tokens.size() - 3; i++) {
      if (!tokens.get(i).lower().equals("and")) {
        continue;
      }
      int j = i + 1;
      if (Lexicon.INNER_ADVERBS.contains(tokens.get(j).lower())) {
        j++;
      }
      if (tense.equals(tenseOf(tokens.get(j).tag())) && findCue(tokens.subList(j, tokens.size())) == 0) {
        return j;
      }
    }
    return -1;
  }

  /**
   * "past" or "present" for a finite verb's tag, else null. The tagger may take a past tense after its subject for a
   * participle ("The High Commissioner called/VBN upon ... and urged/VBD").
   */
  private static String tenseOf(String tag) {
    return tag == null ? null : switch (tag) {
      case "VBD", "VBN" -> "past";
      case "VBZ", "VBP" -> "present";
      default -> null;
    };
  }

  /** What may suggest without asking anything: a finding, not an actor. */
  private static final Set<String> EVIDENCE = Set.of("coding", "data", "evidence", "finding", "findings", "result",
      "results", "analysis", "analyses", "research", "study", "studies", "figures", "survey", "surveys",
      "statistics", "trend", "trends", "pattern", "patterns", "literature", "experience", "record");

  /** Index of the verb that makes the sentence a recommendation, or -1. */
  static int findCue(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      String w = token.lower();
      if (isCoordinatedCueNoun(tokens, i)) {
        return i;
      }
      if (!token.isVerb() || token.tag().equals("VBG") && !isProgressive(tokens, i) && carrierVerb(tokens, i) < 0) {
        continue;
      }
      String lemma = Lexicon.CUE_FORMS.get(w);
      if (lemma != null) {
        if ((token.tag().equals("VBG") || lemma.equals("demand")) && !lemma.equals("call") && !asksAct(tokens, i)) {
          continue;   // "the results are encouraging", "the work demands patience": "are urging X to" asks
        }
        if (lemma.equals("call") && !(i + 1 < tokens.size()
            && Lexicon.CALL_PARTICLES.contains(tokens.get(i + 1).lower())) || isCallsNoun(tokens, i)) {
          continue;
        }
        if (lemma.equals("press") && !pressesToAct(tokens, i)) {
          continue;   // "pressed charges", "press freedom": only "pressed Ruritania to"
        }
        if (lemma.equals("suggest") && i > 0 && EVIDENCE.contains(tokens.get(i - 1).lower())) {
          continue;   // "our data suggest that": what evidence suggests is inferred, not asked
        }
        // "an examination should be requested whenever ...": a modal's passive is what is asked, not who asks
        if (isPassiveWithAgent(tokens, i) || isAttributive(tokens, i) || isGovernedBase(tokens, i)
            || isModalPassive(tokens, i - 1)
            || asksForItself(tokens, i, lemma) || asksNoAct(tokens, i, lemma)) {
          continue;
        }
        return i;
      }
      if (Lexicon.MODAL_CUE_FORMS.containsKey(w) && (hasThatModal(tokens, i) || hasNeed(tokens, i))) {
        return i;
      }
      if (Lexicon.MAKE_FORMS.contains(w) && (madeSimilarRecommendation(tokens, i) || madeTheFollowing(tokens, i)
          || madeSaying(tokens, i))) {
        return i;
      }
      if (Lexicon.RESTATE_FORMS.contains(w) && restatedNoun(tokens, i) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * "reiterated its previous recommendation that the State ...", "renewed its call on the Government to ...": the
   * index of the restated noun when the verb at {@code verb} restates a recommendation that the sentence spells
   * out, or -1 ("recalled its recommendations." restates nothing the reader can see).
   */
  static int restatedNoun(List<Token> tokens, int verb) {
    if (!Lexicon.RESTATE_FORMS.contains(tokens.get(verb).lower())) {
      return -1;
    }
    for (int i = verb + 1; i < Math.min(tokens.size() - 1, verb + 6); i++) {
      Token token = tokens.get(i);
      if (Lexicon.RESTATED_NOUNS.containsKey(token.lower())) {
        return Lexicon.RESTATED_LINKS.contains(tokens.get(i + 1).lower()) ? i : -1;
      }
      String tag = token.tag();
      // Only the noun's own modifiers between: "its", "the", "previous", "earlier", "2015".
      if (tag == null || !(tag.equals("DT") || tag.equals("PRP$") || tag.startsWith("JJ") || tag.equals("CD")
          || tag.equals("VBN"))) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isObjectWord(Token token) {
    String tag = token.tag();
    return tag != null && (tag.startsWith("NN") || tag.equals("POS")) || token.lower().equals("of");
  }

  /** "pressed the Government to": a few words of object, then "to". */
  private static boolean pressesToAct(List<Token> tokens, int i) {
    for (int k = i + 1; k < Math.min(tokens.size(), i + 7); k++) {
      String w = tokens.get(k).lower();
      if (w.equals("to") && k > i + 1) {
        return true;
      }
      if (!isNominal(tokens.get(k)) && !"POS".equals(tokens.get(k).tag())) {
        return false;
      }
    }
    return false;
  }

  /**
   * The urging verb after a call's modal when others are called on to urge a State: "UN member states should urge
   * Ruritania to", "Donors should press the Government to"; else -1.
   */
  private static int urgesState(String text, List<Token> tokens, int modal, String addressee, String reviewed) {
    int v = modal + 1;
    while (v < tokens.size() && tokens.get(v).tag() != null && tokens.get(v).tag().startsWith("RB")) {
      v++;
    }
    if (v >= tokens.size() || namesState(addressee == null ? "" : addressee, reviewed)) {
      return -1;
    }
    String lemma = Lexicon.CUE_FORMS.get(tokens.get(v).lower());
    if (lemma == null || lemma.equals("recommend") || lemma.equals("suggest")
        || lemma.equals("call") && !(v + 1 < tokens.size() && tokens.get(v + 1).lower().matches("on|upon"))) {
      return -1;
    }
    int first = lemma.equals("call") ? v + 2 : v + 1;
    if (first >= tokens.size() || !isNominal(tokens.get(first))) {
      return -1;   // "should press for an inquiry" names no one to urge
    }
    int last = first;
    while (last + 1 < tokens.size() && isObjectWord(tokens.get(last + 1))) {
      last++;
    }
    if (last + 1 < tokens.size() && OBJECT_OPENERS.contains(tokens.get(last + 1).tag())) {
      return -1;   // "should ask Ruritania hard questions": a second object, no act asked of the State
    }
    // The object itself must name the State: target() would fall back to the reviewed State for "dialogue".
    return namesState(span(text, tokens, new int[] {first, last}), reviewed) ? v : -1;
  }

  /**
   * "teachers who ask to be paid", "she requested to see a lawyer": asking for oneself, with no one asked ("asked
   * Ruritania to", "was asked to" have one).
   */
  private static boolean asksForItself(List<Token> tokens, int i, String lemma) {
    // "is requested to", "is also requested to": a passive, someone else is asked
    return (lemma.equals("ask") || lemma.equals("request")) && i + 1 < tokens.size()
        && tokens.get(i + 1).lower().equals("to") && beBefore(tokens, i) < 0;
  }

  /** How many words the one asked may have: "the Government of the Republic of Ruritania". */
  private static final int MAX_ASKED_WORDS = 10;

  /**
   * "should ask Ruritania hard questions", "asked the delegation about": "ask" with no act asked, which is "ask X to",
   * "ask that" or "ask for".
   */
  private static boolean asksNoAct(List<Token> tokens, int i, String lemma) {
    return lemma.equals("ask") && !asksAct(tokens, i) && passiveAgent(tokens, i) == null;   // "asked by X to"
  }

  /** Whether the verb at {@code i} is followed, after its object if any, by "to", "that" or "for". */
  private static boolean asksAct(List<Token> tokens, int i) {
    for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + MAX_ASKED_WORDS); k++) {
      String w = tokens.get(k).lower();
      if (w.equals("to") || w.equals("that") || w.equals("for") && k == i + 1) {
        return true;    // "asked Ruritania to", "asked that", "asked for an inquiry"
      }
      boolean object = isObjectWord(tokens.get(k)) || Set.of("PRP", "PRP$").contains(tokens.get(k).tag())
          || "DT".equals(tokens.get(k).tag()) && !isObjectWord(tokens.get(k - 1));
      if (!object) {
        return false;   // "asked Ruritania hard questions", "asked the delegation about"
      }
    }
    return false;
  }

  /**
   * "was encouraged by the adoption": a welcome, not a recommendation; but "was urged by the Committee to
   * criminalize torture" asks ({@link #passiveAgent}).
   */
  private static boolean isPassiveWithAgent(List<Token> tokens, int i) {
    return "VBN".equals(tokens.get(i).tag()) && passiveBy(tokens, i) >= 0 && passiveAgent(tokens, i) == null;
  }

  /** How long the agent of a passive cue may be: "by the Committee on the Elimination of Racial Discrimination". */
  private static final int MAX_AGENT = 15;

  /**
   * "Ruritania was urged by the Committee against Torture to criminalize torture": the agent of a passive cue that
   * asks an act, as [first, last] token indices; null otherwise.
   */
  private static int[] passiveAgent(List<Token> tokens, int cue) {
    int by = passiveBy(tokens, cue);
    return by < 0 ? null : agentAfter(tokens, by);
  }

  /**
   * "was urged by", "was also urged by", "has been strongly encouraged by", "was called upon by": the index of the
   * passive cue's "by", or -1.
   */
  private static int passiveBy(List<Token> tokens, int cue) {
    int be = beBefore(tokens, cue);
    int by = cue + 1;
    if (by < tokens.size() && Lexicon.CALL_PARTICLES.contains(tokens.get(by).lower())
        && tokens.get(cue).lower().startsWith("call")) {
      by++;
    }
    return be >= 0 && by + 1 < tokens.size() && tokens.get(by).lower().equals("by") ? by : -1;
  }

  /**
   * "was urged by JS1 to adopt X, and by JS4 to ensure Y": a second agent with its own ask, after the first's. Token
   * indices [the comma or semicolon before it, its "by", first, last of its name], or null.
   */
  static int[] secondAgent(List<Token> tokens, int cue) {
    int[] first = passiveAgent(tokens, cue);
    if (first == null) {
      return null;
    }
    for (int by = first[1] + 4; by + 2 < tokens.size(); by++) {
      if (!tokens.get(by).lower().equals("by")) {
        continue;
      }
      int boundary = tokens.get(by - 1).lower().equals("and") ? by - 2 : by - 1;
      int[] agent = Set.of(",", ";").contains(tokens.get(boundary).word()) ? agentAfter(tokens, by) : null;
      if (agent != null) {
        return new int[] {boundary, by, agent[0], agent[1]};
      }
    }
    return null;
  }

  /** The name after "by" at {@code by} and before "to" and a verb: [first, last] token indices, or null. */
  private static int[] agentAfter(List<Token> tokens, int by) {
    for (int k = by + 1; k + 1 < tokens.size() && k < by + 1 + MAX_AGENT; k++) {
      Token token = tokens.get(k);
      if (token.lower().equals("to") && k > by + 1) {   // "right to food" is part of a name
        int[] agent = {by + 1, k - 1};
        // "by JS2 to/IN repeal/NN": after an acronym the tagger may miss the verb; a named maker tells
        boolean verb = "VB".equals(tokens.get(k + 1).tag()) || isLowerWord(tokens.get(k + 1))
            && !Set.of("DT", "PRP$", "PRP", "CD", "JJ").contains(tokens.get(k + 1).tag())
            && looksLikeActor(tokens, agent);
        if (verb) {
          return agent;
        }
      }
      // "by Chile, Peru and Spain": a list of makers
      if (!(NOUN_PHRASE_TAGS.contains(token.tag()) || isCapitalised(token.word())
          || NAME_PREPOSITIONS.contains(token.lower()) || token.lower().equals("and")
          || token.word().equals(",") && k > by + 1 && k + 1 < tokens.size()
              && isCapitalised(tokens.get(k + 1).word()))) {
        return null;
      }
    }
    return null;
  }

  /**
   * "the Government will encourage endeavours", "may not encourage children to buy", "in order to encourage": a
   * base form under a modal or "to" says what someone will or may do, it does not report a recommendation made
   * (unless the sentence obliges: "should ... to urge").
   */
  private static boolean isGovernedBase(List<Token> tokens, int i) {
    if (!"VB".equals(tokens.get(i).tag())) {
      return false;
    }
    int j = i - 1;
    while (j >= 0 && tokens.get(j).tag() != null && tokens.get(j).tag().startsWith("RB")) {
      j--;
    }
    if (j < 0 || !("MD".equals(tokens.get(j).tag()) || "TO".equals(tokens.get(j).tag()))) {
      return false;
    }
    if (performer(tokens, j) >= 0 || "MD".equals(tokens.get(j).tag()) && hoper(tokens, j) != null
        || politeWould(tokens, j) >= 0) {
      return false;   // "We would like to urge", "Rights Now hopes the Committee will urge", "We would urge"
    }
    // "countries should use the review to urge the government to ...": the sentence itself recommends.
    for (int k = 0; k < j; k++) {
      if (OBLIGING.contains(tokens.get(k).lower())) {
        return false;
      }
    }
    return !OBLIGING.contains(tokens.get(j).lower());
  }

  private static final java.util.Set<String> OBLIGING = java.util.Set.of("should", "must", "ought");

  /**
   * "We would like to urge", "I wish to call on", "we take this opportunity to call on", "Allow me also to
   * recommend": a speaker doing, politely, what the verb says; "to" at {@code to}. The index of that "we", "I" or
   * "me", or -1: "the Government would like to encourage investment" says what it wants to do.
   */
  private static int performer(List<Token> tokens, int to) {
    int p = to - 1;
    while (p > 1 && tokens.get(p).tag() != null && tokens.get(p).tag().startsWith("RB")) {
      p--;
    }
    if (p >= 1 && isLetMe(tokens, p)) {
      return p;
    }
    String lemma = p < 1 || tokens.get(p).lemma() == null ? null : tokens.get(p).lemma().toLowerCase(Locale.ROOT);
    Set<String> polite = Set.of("like", "wish", "want", "opportunity", "write", "writing");
    if (p < 1 || !polite.contains(tokens.get(p).lower()) && !polite.contains(lemma)) {
      return -1;   // "would like to", "wishes to"
    }
    // "We, the undersigned organisations, write to urge": a letter's writers may stand further back
    int back = tokens.get(p).lower().startsWith("writ") ? 12 : 5;
    for (int k = p - 1; k >= Math.max(0, p - back); k--) {
      if (Set.of("we", "i").contains(tokens.get(k).lower())) {
        return k;
      }
    }
    // "Norway would like to recommend", "My delegation wishes to urge": a State speaks; not "the Government would
    // like to encourage investment", which says what it wants to do
    int end = "MD".equals(tokens.get(p - 1).tag()) ? p - 2 : p - 1;
    return speaksAs(tokens, end, true) ? end : -1;
  }

  /**
   * Whether the noun phrase ending at {@code end} is one that speaks at a review: a State, "my delegation", and if
   * {@code bodies}, a body ("The Committee"); not "the Government", which would say what it does.
   */
  private static boolean speaksAs(List<Token> tokens, int end, boolean bodies) {
    int[] named = end < 0 ? null : nounPhraseEndingAt(tokens, end);
    if (named == null) {
      return false;
    }
    String phrase = DirectCall.words(tokens, named[0], named[1]).replaceFirst("^(?i:the)\\s+", "");
    boolean own = named[1] > named[0] && Set.of("my", "our").contains(tokens.get(named[0]).lower())
        && Set.of("delegation", "government", "country").contains(tokens.get(named[1]).lower());
    String type = ActorTypes.of(phrase);
    boolean body = bodies && type != null && !ActorTypes.UNKNOWN.equals(type);   // "The Committee would like to"
    return org.uprlens.States.byName(phrase).isPresent() || own || body;
  }

  /**
   * "We would urge the Government to", "Norway would recommend that", "I would also encourage": a speaker's polite
   * form of the cue, "would" at {@code would}. The index of the speaker's last word, or -1: "the Ministry would
   * encourage investment" says what it would do, and "The Committee would urge the Government to act if it could"
   * what it might.
   */
  static int politeWould(List<Token> tokens, int would) {
    if (!tokens.get(would).lower().equals("would")) {
      return -1;
    }
    int p = would - 1;
    while (p > 0 && tokens.get(p).tag() != null && tokens.get(p).tag().startsWith("RB")) {
      p--;   // "We also would"
    }
    return p >= 0 && (Set.of("we", "i").contains(tokens.get(p).lower()) || speaksAs(tokens, p, false)) ? p : -1;
  }

  /** Whether the token at {@code me} is the "me" of "Allow me", "Let me", "Permit me": the speaker. */
  private static boolean isLetMe(List<Token> tokens, int me) {
    return me >= 1 && tokens.get(me).lower().equals("me")
        && Set.of("allow", "let", "permit").contains(tokens.get(me - 1).lower());
  }

  /** "the recommended measures". */
  private static boolean isAttributive(List<Token> tokens, int i) {
    return i > 0 && "DT".equals(tokens.get(i - 1).tag()) && !"VBD".equals(tokens.get(i).tag())
        && !"VBZ".equals(tokens.get(i).tag());
  }

  /** "highlighted the need to strengthen", "referred to the need for": a recommendation in reporting form. */
  private static boolean hasNeed(List<Token> tokens, int verb) {
    int limit = Math.min(tokens.size() - 2, verb + 5);
    for (int i = verb + 1; i <= limit; i++) {
      if (tokens.get(i).lower().equals("need") && tokens.get(i - 1).lower().equals("the")
          && Set.of("to", "for").contains(tokens.get(i + 1).lower())) {
        return true;
      }
    }
    return false;
  }

  /** "UNESCO made a similar recommendation", "made the same recommendations". */
  private static boolean madeSimilarRecommendation(List<Token> tokens, int verb) {
    int limit = Math.min(tokens.size(), verb + 5);
    boolean similar = false;
    for (int i = verb + 1; i < limit; i++) {
      String w = tokens.get(i).lower();
      if (Set.of("similar", "same", "identical", "comparable", "analogous").contains(w)) {
        similar = true;
      } else if (w.startsWith("recommendation")) {
        return similar;
      }
    }
    return false;
  }

  /**
   * "Germany makes the following recommendations to Zambia: to ratify ...; to repeal ...": a State's statement at
   * its review, whose items {@link LetteredItems#following} reads.
   */
  private static boolean madeTheFollowing(List<Token> tokens, int verb) {
    return verb + 3 < tokens.size() && tokens.get(verb + 1).lower().equals("the")
        && tokens.get(verb + 2).lower().equals("following")
        && tokens.get(verb + 3).lower().startsWith("recommendation");
  }

  /** How many a speaker made: "a recommendation", "two recommendations", "several recommendations". */
  private static final Set<String> COUNTS = Set.of("a", "an", "one", "two", "three", "four", "five", "several",
      "many", "numerous", "some");

  /**
   * "Norway made a recommendation to release all journalists", "Switzerland made two recommendations: to abolish
   * ...": made and said what it asks.
   */
  private static boolean madeSaying(List<Token> tokens, int verb) {
    int k = verb + 1;
    if (k >= tokens.size() || !(COUNTS.contains(tokens.get(k).lower()) || "CD".equals(tokens.get(k).tag()))) {
      return false;
    }
    k++;
    while (k < tokens.size() && k <= verb + 4 && "JJ".equals(tokens.get(k).tag())) {
      k++;   // "a specific recommendation"
    }
    if (k + 2 >= tokens.size() || !tokens.get(k).lower().startsWith("recommendation")) {
      return false;
    }
    String next = tokens.get(k + 1).lower();
    return next.equals(":") || next.equals("to") && "VB".equals(tokens.get(k + 2).tag());
  }

  /** How far a reported clause's modal may stand without "that": "said the authorities must stop". */
  private static final int MAX_BARE_CLAUSE_SUBJECT = 6;

  private static boolean hasThatModal(List<Token> tokens, int verb) {
    int limit = Math.min(tokens.size(), verb + 40);
    // "said the authorities must stop ...": the clause's subject is a noun phrase, then the modal.
    for (int i = verb + 1; i < Math.min(limit, verb + 2 + MAX_BARE_CLAUSE_SUBJECT); i++) {
      String tag = tokens.get(i).tag();
      if (Lexicon.MODALS.contains(tokens.get(i).lower())) {
        return i > verb + 1;
      }
      if (tag == null || !(tag.startsWith("NN") || tag.equals("DT") || tag.equals("PRP$") || tag.startsWith("JJ")
          || tag.equals("POS"))) {
        break;
      }
    }
    boolean that = false;
    for (int i = verb + 1; i < limit; i++) {
      String w = tokens.get(i).lower();
      if (w.equals("that")) {
        that = true;
      } else if (that && Lexicon.MODALS.contains(w)) {
        return true;
      } else if (w.equals(";") || w.equals(".")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The subject of the cue verb as [first, last] token indices, or null. Walks left from the verb over a noun
   * phrase ("The Committee on the Rights of the Child", "UNHCR and UNICEF", "It"); when the verb is coordinated
   * with an earlier one ("expressed concern ... and recommended"), takes that verb's subject instead.
   */
  static int[] subjectOf(List<Token> tokens, int cue) {
    int[] agent = passiveAgent(tokens, cue);
    if (agent != null) {
      return agent;   // "was urged by the Committee to": the Committee urged
    }
    int carrier = carrierVerb(tokens, cue);
    if (carrier >= 0) {
      return subjectOf(tokens, carrier);   // "NGOs sent a letter urging": the NGOs urged
    }
    int j = cue - 1;
    // "had also recommended", "have been urging": auxiliaries and adverbs stand between the subject and the cue
    while (j >= 0 && (Lexicon.INNER_ADVERBS.contains(tokens.get(j).lower())
        || PERFECT.contains(tokens.get(j).lower()) && allAdverbsOrAuxiliaries(tokens, j + 1, cue)
        || BE.contains(tokens.get(j).lower()) && "VBG".equals(tokens.get(cue).tag())
            && allAdverbsOrAuxiliaries(tokens, j + 1, cue))) {
      j--;
    }
    int speaker = j >= 0 ? politeWould(tokens, j) : -1;
    j = speaker >= 0 ? speaker : j;   // "We would urge": who speaks
    if (j > 0 && WEEKDAYS.contains(tokens.get(j).lower()) && tokens.get(j - 1).lower().equals("on")) {
      j -= 2;   // "UN experts on Thursday urged": the day is not part of the name
    } else if (j > 0 && PERIODS.contains(tokens.get(j).lower())
        && Set.of("last", "this", "next").contains(tokens.get(j - 1).lower())) {
      j -= j > 1 && tokens.get(j - 2).lower().equals("earlier") ? 3 : 2;   // "The Parliament last month adopted"
    }
    if (j < 0) {
      return null;
    }
    j = beforeDiscourseAside(tokens, j);
    int[] hoping = "MD".equals(tokens.get(j).tag()) ? hoper(tokens, j) : null;
    if (hoping != null) {
      return hoping;
    }
    if (isRelative(tokens, j)) {
      return antecedent(tokens, j);   // "a resolution that called on", "experts, who urged"
    }
    String before = tokens.get(j).lower();
    if (Lexicon.PRONOUNS.contains(before) || before.equals("we") || isLetMe(tokens, j)) {
      return new int[] {j, j};   // "At the same time, it notes that": the pronoun, not the phrase before it
    }
    int signer = before.equals(",") ? signatories(tokens, j) : -1;
    if (signer >= 0) {
      return new int[] {signer, signer};   // "We, the undersigned organisations, call on": "we"
    }
    int[] apposed = before.equals(",") ? apposedSubject(tokens, j) : null;
    if (apposed != null) {
      return apposed;
    }
    if (before.equals("and") || before.equals(",") || before.equals("but")) {
      return coordinatedSubject(tokens, cue);
    }
    if (before.equals("to") && performer(tokens, j) >= 0) {
      int we = performer(tokens, j);
      // "We would like to call on", "We write to urge"; "Norway would like to recommend"
      return Set.of("we", "i", "me").contains(tokens.get(we).lower()) ? new int[] {we, we}
          : nounPhraseEndingAt(tokens, we);
    }
    if (BE.contains(before) || before.equals("to") || before.equals("not")) {
      return null;
    }
    return nounPhraseEndingAt(tokens, j);
  }

  private static final Set<String> PERFECT = Set.of("has", "have", "had");
  /** Verbs by which a maker asks through another: "hopes the Committee will urge". */
  private static final Set<String> HOPES = Set.of("hope", "expect", "trust", "want", "wish");

  /**
   * "Human Rights Watch hopes the Committee will urge ...": with the modal at {@code modal}, the one who hopes, who
   * asks through the Committee; null when no such verb governs the modal's subject.
   */
  private static int[] hoper(List<Token> tokens, int modal) {
    int[] urger = modal > 0 ? nounPhraseEndingAt(tokens, modal - 1) : null;
    int hope = urger == null ? -1 : urger[0] - 1;
    if (hope > 0 && tokens.get(hope).lower().equals("that")) {
      hope--;   // "hopes that the Committee will"
    }
    boolean hoped = hope > 0 && tokens.get(hope).lemma() != null
        && HOPES.contains(tokens.get(hope).lemma().toLowerCase(Locale.ROOT));
    return hoped ? nounPhraseEndingAt(tokens, hope - 1) : null;
  }

  /** Relative pronouns that may stand as a cue's subject. */
  private static final Set<String> RELATIVES = Set.of("that", "which", "who");

  /** Whether the token at {@code j} is a relative pronoun standing as a verb's subject: "posts that called". */
  private static boolean isRelative(List<Token> tokens, int j) {
    String tag = tokens.get(j).tag();
    return j > 0 && RELATIVES.contains(tokens.get(j).lower()) && ("WDT".equals(tag) || "WP".equals(tag));
  }

  /** The last token of what the relative pronoun at {@code relative} stands for: "posts that", "report, which". */
  private static int antecedentEnd(List<Token> tokens, int relative) {
    return tokens.get(relative - 1).word().equals(",") ? relative - 2 : relative - 1;
  }

  /**
   * The subject a relative pronoun at {@code relative} stands for: the noun phrase before it; for a document that
   * carries a call, whoever made it ("The Council adopted a resolution that called on": the Council; "the
   * Committee's report, which urged": the Committee), or null when the sentence does not say.
   */
  private static int[] antecedent(List<Token> tokens, int relative) {
    int k = antecedentEnd(tokens, relative);
    if (k < 0) {
      return null;
    }
    if (!CARRIERS.contains(tokens.get(k).lower())) {
      return nounPhraseEndingAt(tokens, k);
    }
    int maker = makerOf(tokens, k);
    if (maker >= 0) {
      return subjectOf(tokens, maker);
    }
    for (int o = k - 1; o > 0 && k - o <= MAX_CARRIER_MODIFIERS; o--) {
      String tag = tokens.get(o).tag();
      if ("POS".equals(tag)) {
        return nounPhraseEndingAt(tokens, o - 1);
      }
      if (tag == null || !(tag.startsWith("JJ") || tag.startsWith("NN"))) {
        break;
      }
    }
    return null;
  }

  /**
   * The relative pronoun before the cue at {@code cue} when it is the cue's subject ("leaflets which urged", "the
   * report, which had urged"), or -1.
   */
  private static int relativeSubject(List<Token> tokens, int cue) {
    int j = cue - 1;
    while (j > 0 && (Lexicon.INNER_ADVERBS.contains(tokens.get(j).lower()) || PERFECT.contains(tokens.get(j).lower())
        || tokens.get(j).lower().equals("been"))) {
      j--;
    }
    return j > 0 && isRelative(tokens, j) ? j : -1;
  }

  /**
   * Whether the cue's subject is a relative pronoun that stands for a thing, not a maker of recommendations: "posts
   * that called on citizens to boycott the vote", "leaflets which urged workers to strike".
   */
  private static boolean thingCalls(List<Token> tokens, int cue, String actor) {
    int relative = relativeSubject(tokens, cue);
    if (relative < 0 || actor == null) {
      return false;
    }
    int k = antecedentEnd(tokens, relative);
    if (k < 0) {
      return false;
    }
    String head = tokens.get(k).lower();
    return !CARRIERS.contains(head) && !Lexicon.ACTOR_HEADS.contains(head) && !isCapitalised(tokens.get(k).word())
        && ActorTypes.UNKNOWN.equals(ActorTypes.of(actor));
  }

  /**
   * Where what a cue inside a relative clause set off by commas asks ends: at the comma before the sentence's own
   * verb ("The report, which urged Ruritania to abolish it, was published"); else {@code end}.
   */
  private static int relativeClauseEnd(List<Token> tokens, int cue, int end) {
    int relative = relativeSubject(tokens, cue);
    if (relative < 1 || !tokens.get(relative - 1).word().equals(",")) {
      return end;
    }
    for (int i = cue + 1; i + 1 < tokens.size() && tokens.get(i).begin() < end; i++) {
      if (!tokens.get(i).word().equals(",")) {
        continue;
      }
      int k = i + 1;
      while (k < tokens.size() && tokens.get(k).tag() != null && tokens.get(k).tag().startsWith("RB")) {
        k++;
      }
      if (k < tokens.size() && isFinite(tokens.get(k).tag())) {
        return tokens.get(i).begin();
      }
    }
    return end;
  }

  /** Whether the tokens in [from, to) are only adverbs between a subject and its verb, or "been". */
  private static boolean allAdverbsOrAuxiliaries(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).lower();
      if (!Lexicon.INNER_ADVERBS.contains(w) && !w.equals("been")) {
        return false;
      }
    }
    return true;
  }

  /** Documents that carry a call: "adopted a resolution calling on", "issued a statement urging". */
  private static final Set<String> CARRIERS = Set.of("statement", "statements", "resolution", "resolutions",
      "report", "reports", "letter", "letters", "declaration", "communiqué", "communique", "petition", "appeal",
      "motion", "decision", "opinion", "release", "submission", "submissions");
  /** What its authors do to a document that carries their call. */
  private static final Set<String> MAKERS = Set.of("adopt", "issue", "send", "publish", "release", "pass", "sign",
      "submit", "write", "deliver", "make", "table", "present", "launch", "file", "approve", "post");
  /** How many words the carrier's noun phrase may have before it: "a joint open". */
  private static final int MAX_CARRIER_MODIFIERS = 4;

  /**
   * "The European Parliament adopted a resolution calling on Ruritania to", "NGOs sent a joint letter urging": the
   * index of the verb that made the document the "-ing" cue at {@code cue} follows, whose subject made the call; or
   * -1.
   */
  static int carrierVerb(List<Token> tokens, int cue) {
    if (cue < 2 || !"VBG".equals(tokens.get(cue).tag())) {
      return -1;
    }
    if (Set.of("in", "by").contains(tokens.get(cue - 1).lower())) {
      return joiner(tokens, cue - 1);
    }
    return CARRIERS.contains(tokens.get(cue - 1).lower()) ? makerOf(tokens, cue - 1) : -1;
  }

  /** "urged", "was encouraged", "were asked": a verb told in the past. */
  private static boolean isPast(List<Token> tokens, int verb) {
    int be = "VBN".equals(tokens.get(verb).tag()) ? beBefore(tokens, verb) : -1;
    return "VBD".equals(tokens.get(verb).tag()) || be >= 0 && Set.of("was", "were").contains(tokens.get(be).lower());
  }

  /** The verb whose tense a cue's sentence has: the cue's, or for "We join others in urging" the verb it follows. */
  private static int tensed(List<Token> tokens, int cue) {
    int carrier = carrierVerb(tokens, cue);
    return carrier >= 0 ? carrier : cue;
  }

  /** Verbs by which a speaker does what a gerund after them says: "join others in urging", "conclude by urging". */
  private static final Set<String> JOINERS = Set.of("join", "conclude", "end", "close", "finish", "begin", "start",
      "open");

  /**
   * "We join others in urging Ruritania to", "Let me conclude by urging the Government to": the index of the verb
   * before the "in" or "by" at {@code in} ({@link #JOINERS}), whose subject makes the call, or -1.
   */
  private static int joiner(List<Token> tokens, int in) {
    for (int k = in - 1; k >= Math.max(0, in - 1 - MAX_CARRIER_MODIFIERS); k--) {
      String tag = tokens.get(k).tag();
      if (tag == null) {
        return -1;
      }
      if (tag.startsWith("VB")) {
        String lemma = tokens.get(k).lemma() == null ? tokens.get(k).lower() : tokens.get(k).lemma();
        return JOINERS.contains(lemma.toLowerCase(Locale.ROOT)) ? k : -1;
      }
      if (!(tag.equals("DT") || tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("PRP")
          || tag.equals("CC") || tag.equals(","))) {
        return -1;   // "others", "the other delegations", "Germany and France", "them"
      }
    }
    return -1;
  }

  /** The verb that made the document named at {@code carrier} ("adopted a resolution"), or -1. */
  private static int makerOf(List<Token> tokens, int carrier) {
    for (int k = carrier - 1; k >= Math.max(0, carrier - 1 - MAX_CARRIER_MODIFIERS); k--) {
      String tag = tokens.get(k).tag();
      if (tag == null) {
        return -1;
      }
      if (Set.of("VBD", "VBZ", "VBP", "VBN").contains(tag)) {
        String lemma = tokens.get(k).lemma() == null ? tokens.get(k).lower() : tokens.get(k).lemma();
        return MAKERS.contains(lemma.toLowerCase(Locale.ROOT)) ? k : -1;   // not "welcomed a resolution calling"
      }
      if (!(tag.equals("DT") || tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("PRP$")
          || tag.equals("CD"))) {
        return -1;
      }
    }
    return -1;
  }

  /** "are urging", "have been calling on", "is also asking": a cue's "-ing" form in a progressive tense. */
  private static boolean isProgressive(List<Token> tokens, int i) {
    int j = i - 1;
    while (j >= 0 && Lexicon.INNER_ADVERBS.contains(tokens.get(j).lower())) {
      j--;
    }
    return j >= 0 && BE.contains(tokens.get(j).lower()) && !tokens.get(j).lower().equals("being");
  }

  /** Asides that link a sentence to the text around it: "Iceland, for instance, recommended". */
  private static final Set<String> DISCOURSE_ASIDES = Set.of("for instance", "for example", "in particular",
      "however", "too", "also", "in turn", "meanwhile", "moreover", "likewise", "similarly", "in addition",
      "for its part", "for their part", "in response", "by contrast", "in contrast", "furthermore", "again");

  /**
   * The token before a discourse aside that {@code close}, a comma, closes ("Iceland, for instance,"); {@code close}
   * when it closes none.
   */
  static int beforeDiscourseAside(List<Token> tokens, int close) {
    if (!tokens.get(close).word().equals(",")) {
      return close;
    }
    for (int open = close - 2; open >= 1 && open >= close - 4; open--) {
      if (tokens.get(open).word().equals(",")
          && DISCOURSE_ASIDES.contains(DirectCall.words(tokens, open + 1, close - 1).toLowerCase(Locale.ROOT))) {
        return open - 1;
      }
    }
    return close;
  }

  /**
   * "Sweden, speaking on behalf of the Nordic countries," and "Chile, on behalf of a group of States,": the one who
   * spoke, before the aside; null when the aside before {@code close} is no such phrase.
   */
  private static int[] speakerFor(List<Token> tokens, int close) {
    for (int k = close - 1; k > 0 && k >= close - MAX_ASIDE; k--) {
      if (!tokens.get(k).word().equals(",")) {
        continue;
      }
      String next = k + 2 < close ? tokens.get(k + 1).lower() + " " + tokens.get(k + 2).lower() : "";
      if (next.startsWith("speaking ") || next.equals("on behalf") || next.startsWith("acting ")) {
        return nounPhraseEndingAt(tokens, k - 1);   // "on behalf of Norway, Sweden and Denmark": commas inside
      }
    }
    return null;
  }

  /** Words that open an aside naming members of the group before it: "Several States, including Germany, ...". */
  private static final Set<String> NAMING_MEMBERS = Set.of("including", "notably", "namely", "especially",
      "particularly", "among", "such");

  /**
   * "Several States, including Germany and Norway, recommended": the group and its members, when the token before
   * the cue is the comma closing such an aside; null otherwise.
   */
  /** "We, the undersigned (organisations)," closing at {@code close}: the index of "We", or -1. */
  private static int signatories(List<Token> tokens, int close) {
    for (int k = close - 1; k >= 2 && k >= close - 4; k--) {
      if (tokens.get(k).lower().equals("undersigned")) {
        int we = tokens.get(k - 1).lower().equals("the") ? k - 3 : k - 2;
        return we >= 0 && tokens.get(we).lower().equals("we") && tokens.get(we + 1).word().equals(",") ? we : -1;
      }
    }
    return -1;
  }

  private static int[] apposedSubject(List<Token> tokens, int close) {
    int[] named = personApposed(tokens, close);
    if (named != null) {
      return named;
    }
    int[] speaker = speakerFor(tokens, close);
    if (speaker != null) {
      return speaker;
    }
    int[] post = postOfPerson(tokens, close);
    if (post != null) {
      return post;
    }
    // "The Special Rapporteur on X, who visited Ruritania in 2013, recommended": the name before the relative clause
    for (int k = close - 2; k > 0 && k >= close - MAX_RELATIVE_ASIDE; k--) {
      if (tokens.get(k).word().equals(",") && RELATIVES.contains(tokens.get(k + 1).lower())
          && !tokens.get(k + 1).lower().equals("that")) {
        return nounPhraseEndingAt(tokens, k - 1);
      }
    }
    for (int k = close - 1; k > 0 && k >= close - MAX_ASIDE; k--) {
      String w = tokens.get(k).lower();
      if (w.equals(",") && k + 1 < close && NAMING_MEMBERS.contains(tokens.get(k + 1).lower())) {
        int[] group = nounPhraseEndingAt(tokens, k - 1);
        return group == null ? null : new int[] {group[0], close - 1};
      }
      if (!(w.equals(",") || w.equals("and") || w.equals("the") || w.equals("them") || w.equals("as")
          || NAMING_MEMBERS.contains(w)
          || NOUN_PHRASE_TAGS.contains(tokens.get(k).tag()) || isCapitalised(tokens.get(k).word()))) {
        return null;   // a clause, not a list of names
      }
    }
    return null;
  }

  /** Posts whose "for" names the organisation the person works for: "spokesperson for Rights Watch". */
  private static final Set<String> STAFF_POSTS = Set.of("spokesperson", "spokesman", "spokeswoman", "director",
      "researcher", "head", "coordinator", "campaigner", "advocate", "counsel", "adviser", "advisor", "officer");

  /**
   * Whether a name after a post's preposition ("at", "of", "with", "for") is the organisation the person works for:
   * a body or organisation, not a State ("Rapporteur of Ruritania"); after "for" only a staff post's ("spokesperson
   * for Rights Watch", not "Commissioner for Human Rights": the office is the post's own name).
   */
  private static boolean isOrganisation(String name, String preposition, String post) {
    return namesBody(name)
        && (!preposition.equalsIgnoreCase("for") || STAFF_POSTS.contains(post.toLowerCase(Locale.ROOT)));
  }

  /** Whether a post names a body or office of its own: "the UN High Commissioner for Human Rights". */
  private static boolean namesOffice(String post) {
    return namesBody(post) && java.util.Arrays.stream(post.toLowerCase(Locale.ROOT).split("\\s+"))
        .anyMatch(Lexicon.ACTOR_HEADS::contains);
  }

  /** Whether words name a body or an organisation: a known type of maker, not a State. */
  private static boolean namesBody(String words) {
    String type = ActorTypes.of(words);
    return type != null && !type.equals(ActorTypes.UNKNOWN) && !type.equals(ActorTypes.STATE);
  }

  /**
   * "Volker Türk, the UN High Commissioner for Human Rights, urged", "Jane Doe, Asia director at Rights Watch, said",
   * "Ann Lee, Committee Vice-Chair and Country Rapporteur for Ruritania, urged": a person named by a post set off by
   * commas makes the call for what the post names: the organisation it is in ({@link #isOrganisation}), else a
   * committee (the one named before), else the post itself when it names a body or office; null otherwise.
   */
  private static int[] postOfPerson(List<Token> tokens, int close) {
    int open = close - 2;
    while (open > 0 && close - open <= MAX_ASIDE && !tokens.get(open).word().equals(",")) {
      open--;
    }
    int first = open - 1;
    while (first >= 0 && open - first <= MAX_PERSON_WORDS && "NNP".equals(tokens.get(first).tag())
        && isCapitalised(tokens.get(first).word())) {
      first--;
    }
    if (open <= 0 || !tokens.get(open).word().equals(",") || open - first < 3
        || first >= 0 && NOUN_PHRASE_TAGS.contains(tokens.get(first).tag())) {
      return null;   // a name of two words or more, opening the sentence or a clause
    }
    int from = tokens.get(open + 1).lower().equals("the") ? open + 2 : open + 1;
    for (int p = from; p < close - 1; p++) {
      if (Set.of("at", "of", "with", "for").contains(tokens.get(p).lower()) && isCapitalised(tokens.get(p + 1).word())
          && p > from && isOrganisation(DirectCall.words(tokens, p + 1, close - 1), tokens.get(p).lower(),
              tokens.get(p - 1).word())) {
        return new int[] {p + 1, close - 1};
      }
    }
    for (int h = from; h < close; h++) {
      if (tokens.get(h).lower().equals("committee")) {
        return new int[] {h, h};
      }
    }
    boolean names = false;
    for (int h = from; h < close; h++) {
      names |= Lexicon.ACTOR_HEADS.contains(tokens.get(h).lower());
    }
    return names ? new int[] {from, close - 1} : null;
  }

  /** How many tokens a relative clause set off by commas between a subject and its verb may have. */
  private static final int MAX_RELATIVE_ASIDE = 25;

  /** How many words a person's name may have: "Irene Khan", "Maria del Carmen Ruiz". */
  private static final int MAX_PERSON_WORDS = 4;

  /**
   * "The Special Rapporteur on freedom of expression, Irene Khan, said": the office and the person holding it, when
   * the comma before the cue closes a name set off by commas after a body's name; null otherwise.
   */
  private static int[] personApposed(List<Token> tokens, int close) {
    int k = close - 1;
    while (k > 0 && close - k <= MAX_PERSON_WORDS && "NNP".equals(tokens.get(k).tag())
        && isCapitalised(tokens.get(k).word())) {
      k--;
    }
    if (k <= 0 || close - k < 3 || !tokens.get(k).word().equals(",")) {
      return null;   // a name of two words or more, after a comma
    }
    int[] office = nounPhraseEndingAt(tokens, k - 1);
    return office != null && looksLikeActor(tokens, office) ? new int[] {office[0], close - 1} : null;
  }

  private static int[] coordinatedSubject(List<Token> tokens, int cue) {
    for (int v = 1; v < cue; v++) {
      Token verb = tokens.get(v);
      if (!verb.isVerb() || verb.tag().equals("VBG")) {
        continue;
      }
      int j = v - 1;
      while (j >= 0 && Lexicon.INNER_ADVERBS.contains(tokens.get(j).lower())) {
        j--;
      }
      String pronoun = j < 0 ? "" : tokens.get(j).lower();
      if (Lexicon.PRONOUNS.contains(pronoun) || pronoun.equals("we") || pronoun.equals("i")) {
        return new int[] {j, j};   // "I strongly condemn ... and call upon"
      }
      // "A number of stakeholders, including HRW and JS5, expressed concern ... and recommended": the group with
      // its aside
      int[] subject = j < 0 ? null : tokens.get(j).word().equals(",") ? apposedSubject(tokens, j)
          : nounPhraseEndingAt(tokens, j);
      if (subject != null && (looksLikeActor(tokens, subject)
          || org.uprlens.States.byName(DirectCall.words(tokens, subject[0], subject[1])).isPresent())) {
        return subject;
      }
    }
    return null;
  }

  /** Articles that open a noun phrase after a phrase of time or place: "In 2024 the Committee". */
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  private static int[] nounPhraseEndingAt(List<Token> tokens, int end) {
    while (end > 0 && isNoteMark(tokens.get(end))) {
      end--;   // "UN experts* today urged": the asterisk points to a note naming them
    }
    boolean list = false;
    int j = end;
    while (j >= 0) {
      Token token = tokens.get(j);
      String w = token.lower();
      if (w.equals(")")) {
        int open = j;
        while (open >= 0 && !tokens.get(open).word().equals("(")) {
          open--;
        }
        if (open < 0) {
          break;
        }
        j = open - 1;
        continue;
      }
      if (token.word().equals("The") && j < end) {
        j--;
        break;   // a noun phrase opens with its article: "Recommendations\nThe Centre" is a heading, then the name
      } else if (ARTICLES.contains(token.word()) && j < end && j > 0 && tokens.get(j - 1).tag() != null
          && (tokens.get(j - 1).tag().startsWith("NN") || tokens.get(j - 1).tag().equals("CD"))) {
        j--;
        break;   // "In 2024 the Committee", "Last year a UN panel": the article after a noun opens it
      } else if (Lexicon.DASHES.contains(w) || isSpacedHyphen(tokens, j)) {
        break;   // "GENEVA (14 March 2025) – UN experts urged": the dateline is not part of the name
      } else if (NOUN_PHRASE_TAGS.contains(token.tag()) || isCapitalised(token.word())) {
        j--;
      } else if (w.equals("and") || w.equals("&")) {
        list = true;
        j--;
      } else if (w.equals("or") && j > 0 && j < end && isCapitalised(tokens.get(j - 1).word())
          && isCapitalised(tokens.get(j + 1).word())) {
        j--;   // inside a name: "... Inhuman or Degrading Treatment or Punishment"
      } else if (NAME_PREPOSITIONS.contains(w) && j < end && isNominal(tokens.get(j + 1))) {
        j--;
      } else if (w.equals(",") && list && actorBefore(tokens, j)) {
        j--;
      } else {
        break;
      }
    }
    int start = j + 1;
    while (start <= end && isEdgeNoise(tokens.get(start))) {
      start++;
    }
    return start > end ? null : new int[] {start, end};
  }

  /** "GENEVA, 3 April 2025 - UN experts": a hyphen with space on both sides is a dash; in "CoE-ECRI" it is not. */
  static boolean isSpacedHyphen(List<Token> tokens, int j) {
    return tokens.get(j).word().equals("-") && j > 0 && j + 1 < tokens.size()
        && tokens.get(j - 1).end() < tokens.get(j).begin() && tokens.get(j).end() < tokens.get(j + 1).begin();
  }

  /** Names are capitalised whatever the tagger makes of them ("Rights Monitor Asia" is not a verb). */
  private static boolean isCapitalised(String word) {
    return Character.isUpperCase(word.charAt(0)) && word.chars().anyMatch(Character::isLowerCase);
  }

  /** In "A, B and C recommended", the item left of each comma must itself name a body. */
  private static boolean actorBefore(List<Token> tokens, int comma) {
    int k = comma - 1;
    while (k >= 0 && !tokens.get(k).word().equals(",")
        && (NOUN_PHRASE_TAGS.contains(tokens.get(k).tag()) || isCapitalised(tokens.get(k).word())
            || NAME_PREPOSITIONS.contains(tokens.get(k).lower()) || tokens.get(k).word().matches("[()]"))) {
      k--;
    }
    return k + 1 < comma && (looksLikeActor(tokens, new int[] {k + 1, comma - 1})
        || org.uprlens.States.byName(DirectCall.words(tokens, k + 1, comma - 1)).isPresent());   // "Britain, France"
  }

  private static boolean isNominal(Token token) {
    String tag = token.tag();
    return tag != null && (tag.startsWith("NN") || tag.equals("DT") || tag.equals("JJ") || tag.equals("CD"));
  }

  /** Paragraph numbers, conjunctions and punctuation that a walk may leave at the start of a subject. */
  private static boolean isEdgeNoise(Token token) {
    String w = token.lower();
    return w.equals("and") || w.equals("both") || NAME_PREPOSITIONS.contains(w) || isJunk(token);
  }

  /** A note's mark after a word: "*", "**", "†". */
  private static boolean isNoteMark(Token token) {
    return token.word().chars().allMatch(c -> c == '*' || c == '†' || c == '‡');
  }

  /** Tokens without a letter: paragraph numbers, stray punctuation, OCR'd footnote marks. */
  static boolean isJunk(Token token) {
    return token.word().chars().noneMatch(Character::isLetter);
  }

  private static boolean looksLikeActor(List<Token> tokens, int[] span) {
    if (span[1] > span[0] && HONORIFICS.contains(tokens.get(span[0]).word())) {
      return true;   // "Ms. Lee (Country Task Force) said": a person, who may speak for a body or State
    }
    for (int i = span[0]; i <= span[1]; i++) {
      String word = tokens.get(i).word();
      String w = word.toLowerCase(Locale.ROOT);
      if (Lexicon.ACTOR_HEADS.contains(w) || Lexicon.PRONOUNS.contains(w) || w.equals("same")
          || isAcronym(word)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> HONORIFICS = Set.of("Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr.");

  static boolean isAcronym(String word) {
    return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
        && Character.isUpperCase(word.charAt(0));
  }

  /**
   * Where a release's dateline ends, "GENEVA (30 October 2026) –", in a sentence that may not be tagged: only places,
   * dates and their marks before the dash, so that "The Programme for Children 2006–2016 was adopted" has none.
   */
  private static int datelineEnd(List<Token> tokens) {
    int end = DirectCall.datelineEnd(tokens);
    for (int k = 0; k < end - 1; k++) {
      String w = tokens.get(k).word();
      if (!(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) || Set.of("(", ")", ",", ".",
          "-LRB-", "-RRB-").contains(w))) {
        return 0;
      }
    }
    return end;
  }

  /**
   * For sentences that are not recommendations: the words before the first reporting verb, when they name a body
   * ("The same Committee expressed concern", "Although ..., the country team noted"), so that a later "It
   * recommended" can be resolved. Leading clauses without a body ("However,", "In 2023,") are dropped.
   */
  static String lexicalSubject(String text, List<Token> tokens) {
    int start = wordAt(tokens, datelineEnd(tokens));   // "GENEVA (30 October 2026) – A group of UN experts ..."
    int limit = Math.min(tokens.size(), start + 60);
    for (int i = start + 1; i < limit; i++) {
      String w = tokens.get(i).lower();
      if (w.equals(";") || w.equals(":")) {
        return null;
      }
      if (Lexicon.REPORTING_FORMS.contains(w) || Lexicon.INNER_ADVERBS.contains(w)) {
        // "The Special Rapporteur received reports": the verb before a noun the list also spells is not a name.
        while (i - 1 > start && isLowerWord(tokens.get(i - 1)) && tokens.get(i - 1).lower().endsWith("ed")) {
          i--;
        }
        if (Lexicon.PRONOUNS.contains(tokens.get(i - 1).lower())) {
          return tokens.get(i - 1).word();   // "At the same time, it notes": the pronoun
        }
        int from = start;
        for (int k = start; k < i; k++) {
          if (tokens.get(k).word().equals(",") && !looksLikeActor(tokens, new int[] {from, k})) {
            from = k + 1;
          }
        }
        if (from >= i || !looksLikeActor(tokens, new int[] {from, i - 1}) || i - from > MAX_SUBJECT_TOKENS
            || hasClause(tokens, from, i) || isOwnedThing(tokens, from, i)) {
          return null;   // "The Government informed the Rapporteur that a policy is ...": a clause, not a body
        }
        return span(text, tokens, new int[] {from, i - 1});
      }
    }
    return null;
  }

  /**
   * "The Committee's assessment is as follows": a thing a body owns, the words after its possessive naming no body,
   * is not who speaks.
   */
  private static boolean isOwnedThing(List<Token> tokens, int from, int to) {
    for (int k = to - 1; k >= from; k--) {
      String w = tokens.get(k).lower();
      if (w.equals("'s") || w.equals("’s") || w.equals("'")) {
        return k > from && k < to - 1;
      }
      if (Lexicon.ACTOR_HEADS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /** A body's name is at most this long: "the Special Rapporteur on the rights of persons with disabilities". */
  private static final int MAX_SUBJECT_TOKENS = 14;

  private static boolean hasClause(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Set.of("that", "which", "who", "whether").contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  static String span(String text, List<Token> tokens, int[] span) {
    if (span == null) {
      return null;
    }
    return Sentence.collapseSpace(text.substring(tokens.get(span[0]).begin(), tokens.get(span[1]).end()));
  }

  private static String lemma(Token token) {
    if (Lexicon.MAKE_FORMS.contains(token.lower())) {
      return "recommend";   // "made a similar recommendation"
    }
    String restated = Lexicon.RESTATED_NOUNS.get(token.lower());
    if (restated != null) {
      return restated;      // "reiterated its recommendation that" recommends
    }
    String lemma = Lexicon.CUE_FORMS.get(token.lower());
    if (lemma == null) {
      lemma = Lexicon.MODAL_CUE_FORMS.get(token.lower());
    }
    return lemma != null ? lemma : token.lemma();
  }
}
