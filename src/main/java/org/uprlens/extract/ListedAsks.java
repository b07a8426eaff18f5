package org.uprlens.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uprlens.States;
import org.uprlens.ingest.Outline;
import org.uprlens.nlp.Sentence;
import org.uprlens.nlp.Token;

/**
 * Needs: the recommendations the sentence rules found in a document, and its text. Produces: those recommendations
 * with each list of asks printed one per line ({@link ItemLists}) read item by item. The sentence rules either
 * swallow such a list into the one recommendation of its lead-in or, where the items are sentences of their own,
 * see only the lead-in ("We urge the Government to:"). Each item takes the lead-in's actor, verb and target. A
 * lead-in the rules did not read (an all-capitals "CALLS ON THE GOVERNMENT TO:", which the tagger cannot read) and
 * a "Recommendations" heading count only in a document written in its author's own voice.
 */
final class ListedAsks {
  /** Who is addressed after the cue or the heading: "government of Ruritania to:", "recommendations to Ruritania". */
  private static final Pattern ADDRESSEE = Pattern.compile(
      "(?i)\\b(?:on|upon|that|urges?|to|for|ask|press)\\s+(?:the\\s+)?(?:government\\s+of\\s+(?:the\\s+)?)?(.+?)"
          + "(?:\\s+to)?\\s*:?\\s*$");
  /**
   * A lead-in that only names whom the items are for: "To the Government of Zambia:", "To donors:", "Key
   * recommendations to the Government include:".
   */
  private static final Pattern TO_ADDRESSEE = Pattern.compile("(?i)(?:(?:our|key|main|priority|further)\\s+)?"
      + "(?:recommendations\\s+)?to\\s+(?:the\\s+)?(.{2,80}?)(?:\\s+(?:include|are))?\\s*:");

  /**
   * An appeal's lead-in, asking the reader to write to the authorities what its items say: "Please write immediately
   * in English or your own language:", "Send appeals to the Minister:", "Take action: write a letter ...:".
   */
  private static final Pattern APPEAL = Pattern.compile("(?i)(?:take\\s+action\\s*[:!-]?\\s*)?(?:please\\s+)?"
      + "(?:write|send\\s+(?:an?\\s+)?(?:appeals?|letters?|e-?mails?|messages?))\\b[^:]{0,150}:");

  /**
   * A lead-in that announces the author's recommendations: "My preliminary recommendations are the following:", "We
   * make the following recommendations to the authorities:", "Our recommendations to donors include:", "In the
   * meantime, I would like to share the following recommendations with the Government:".
   */
  private static final Pattern ANNOUNCED = Pattern.compile("(?i)(?:[^:,]{1,60},\\s+)?"   // "In the meantime, "
      + "(?:(?:my|our|the\\s+following)\\s+(?:[\\p{L}-]+\\s+)?"
      + "recommendations(?:\\s+(?:to|for)\\s+(?:the\\s+)?(.{2,60}?))?\\s+(?:are|include)(?:\\s+the\\s+following"
      + "|\\s+as\\s+follows)?|(?:i|we)\\s+(?:would\\s+like\\s+to\\s+|wish\\s+to\\s+)?(?:make|offer|put\\s+forward"
      + "|present|submit|share|set\\s+out|outline|propose)\\s+the\\s+following\\s+(?:[\\p{L}-]+\\s+)?recommendations"
      + "(?:\\s+(?:to|for|with)\\s+(?:the\\s+)?(.{2,60}?))?"
      // "Key asks of the authorities:", "Recommended actions for the Government:": nouns, whatever the tagger says
      + "|(?:(?:key|main|priority|our|specific)\\s+(?:asks|demands)|recommended\\s+(?:actions|measures|steps))"
      + "(?:\\s+(?:of|to|for|by)\\s+(?:the\\s+)?(.{2,60}?))?)\\s*:");

  /**
   * A lead-in that asks others to pass the items on, naming no one they are for: "urge your delegations to make the
   * following recommendations:". The items are for the State the sentence names ("Ahead of the review of Zambia"),
   * else the State under review.
   */
  private static final Pattern RELAYED = Pattern.compile("(?i)\\b(?:make|raise|put\\s+forward|formulate|issue)\\s+"
      + "(?:the\\s+following|these)\\s+(?:[\\p{L}-]+\\s+)?(?:recommendations|points|issues|questions)\\s*:\\s*$");

  /** Words an item of asks does not open with: it describes, it does not ask. */
  static final Set<String> NOT_ASKING = Set.of("the", "a", "an", "in", "on", "at", "of", "this", "that",
      "these", "those", "there", "it", "its", "we", "our", "their", "they", "all", "many", "most", "some", "no",
      "according", "during", "since", "while", "although", "as", "by", "for", "from", "with", "despite", "has",
      "have", "had", "is", "are", "was", "were", "not", "one", "two", "three", "several", "only");
  /** A heading over what was, not what is asked: "Implementation of previous recommendations". */
  private static final Pattern LOOKS_BACK = Pattern.compile(
      "(?i)\\b(?:previous|prior|past|last|earlier|follow[- ]?up|implementation|implemented|received|accepted"
          + "|supported|noted|status|(?<!(?:next|coming|upcoming)\\s)cycle)\\b");

  private ListedAsks() {}

  /**
   * @param found what the sentence rules found, in document order
   * @param reviewed the State under review, or null
   * @param ownVoice whether the document speaks in its author's own voice
   * @param actors who "we" and pronouns are
   * @param tagged the sentences that were POS-tagged: where an item's first words are among them, their tags decide
   *     whether it asks
   */
  static List<Recommendation> apply(List<Recommendation> found, String docId, String text, String reviewed,
                                    boolean ownVoice, ActorResolver actors, List<Sentence> sentences,
                                    List<Sentence> tagged) {
    List<ItemLists.ItemList> lists = ItemLists.in(text);
    List<ItemLists.Item> labelled = ownVoice ? ItemLists.labelled(text) : List.of();
    if (lists.isEmpty() && labelled.isEmpty()) {
      return found;
    }
    List<Recommendation> result = new ArrayList<>(found);
    for (ItemLists.Item item : labelled) {
      if (!inFootnotes(sentences, item.begin())) {
        addLabelled(result, item, docId, text, reviewed, actors, sentences, tagged);
      }
    }
    for (ItemLists.ItemList list : lists) {
      if (!inFootnotes(sentences, list.leadBegin())) {
        readItems(result, list, docId, text, reviewed, ownVoice, actors, sentences, tagged);
      }
    }
    result.sort(Comparator.comparingInt(Recommendation::charStart));
    return result;
  }

  private static boolean inFootnotes(List<Sentence> sentences, int offset) {
    Sentence at = RecommendationExtractor.sentenceContaining(sentences, offset);
    return at != null && Outline.FOOTNOTES.equals(at.section());
  }

  /** "Recommendation 2: Adopt a law ...": the author's, unless a sentence rule read it already ("... should"). */
  private static void addLabelled(List<Recommendation> result, ItemLists.Item item, String docId, String text,
                                  String reviewed, ActorResolver actors, List<Sentence> sentences,
                                  List<Sentence> tagged) {
    String words = Sentence.collapseSpace(text.substring(item.begin(), item.end()));
    if (asks(words, tagged, item.begin())
        && result.stream().noneMatch(r -> r.charStart() < item.end() && r.charEnd() > item.begin())) {
      result.add(itemOf(docId, text, item, makers(text, item), new Template(actors.self(), "recommend", reviewed),
          sentences));
    }
  }

  /** A list's items in place of what the sentence rules made of its lead-in and items. */
  private static void readItems(List<Recommendation> result, ItemLists.ItemList list, String docId, String text,
                                String reviewed, boolean ownVoice, ActorResolver actors, List<Sentence> sentences,
                                List<Sentence> tagged) {
    int first = list.items().get(0).begin();
    int last = list.items().get(list.items().size() - 1).end();
    Set<Integer> begins = list.items().stream().map(ItemLists.Item::begin).collect(java.util.stream.Collectors.toSet());
    if (result.stream().filter(r -> r.charStart() >= first && r.charStart() < last && begins.contains(r.charStart()))
        .count() >= 2) {
      return;   // already read item by item: "(a) ...; (b) ..." inside the lead-in's sentence
    }
    boolean announced = ownVoice && ANNOUNCED.matcher(Sentence.collapseSpace(
        text.substring(list.leadBegin(), list.leadEnd()))).matches();
    // An announcing lead-in is the author's, whatever a sentence rule made of "asks" or "Recommended"
    Recommendation lead = list.heading() || announced ? null : result.stream()
        .filter(r -> r.charStart() < list.leadEnd() && r.charEnd() > list.leadBegin()).findFirst().orElse(null);
    String leadWords = Sentence.collapseSpace(text.substring(list.leadBegin(), list.leadEnd()));
    String named = namedState(leadWords, reviewed);
    if (named == null && lead != null && RELAYED.matcher(leadWords).find()) {
      List<States.Mention> mentions = States.mentions(leadWords);
      named = !mentions.isEmpty() ? mentions.get(0).state().name() : reviewed;
    }
    Template template = lead != null
        ? new Template(lead.actor(), lead.verb(), named != null ? named : lead.target())
        : ownVoice ? fromWords(text, list, reviewed, actors) : null;
    // "• Abolish the death penalty (France, Spain);": items that name their makers as a Working Group report does
    // are those States' recommendations, whatever leads in to them ("Several stood out:").
    List<WorkingGroupList.Segment> makers = list.items().stream().map(i -> makers(text, i)).toList();
    boolean byStates = !makers.contains(null);
    if (template == null && byStates) {
      template = new Template(null, "recommend", named != null ? named : reviewed);
    }
    if (template == null) {
      return;
    }
    List<Recommendation> items = new ArrayList<>();
    // "support a resolution that:" over "• Renews the mandate ...": the items are what the text is to say
    boolean operative = OPERATIVE_LEAD.matcher(leadWords).find();
    for (int k = 0; k < list.items().size(); k++) {
      ItemLists.Item item = list.items().get(k);
      if (makers.get(k) == null && askedByModal(text, item) != null) {
        // "Recommendation 4.1 Disability Rights Act" over "The Government should enact ..."
        items.add(byModal(itemOf(docId, text, item, null, template, sentences), text, reviewed, template.actor()));
        continue;
      }
      String words = Sentence.collapseSpace(text.substring(item.begin(), item.end()));
      // Under a lead-in that asks, every marked item is an ask; under a heading, only those that open with a verb;
      // unmarked paragraphs only up to the first that does not.
      // "• What steps is it taking to ...?": a question suggested for the dialogue asks nothing of the State
      Matcher calling = CALLING.matcher(words);
      boolean asks = !opensAsQuestion(words) && (lead != null && !list.unmarked() || byStates
          || !list.unmarked() && calling.lookingAt() || asks(words, tagged, item.begin()));
      if (!asks && list.unmarked()) {
        break;
      }
      if (asks) {
        Recommendation read = itemOf(docId, text, item, makers.get(k), template, sentences);
        int next = k + 1 < list.items().size() ? list.items().get(k + 1).begin() : text.length();
        items.add(operative ? asOperative(read, reviewed) : calling.lookingAt() ? asCalled(read, calling, reviewed)
            : makers.get(k) != null ? read
            : withBody(asImperative(read, tagged), text, next, reviewed, template.actor()));
      }
    }
    if (items.size() < 2 && (lead == null || list.unmarked())) {
      return;
    }
    // What the sentence rules made of the lead-in and of the items read gives way to the items.
    result.removeIf(r -> r.charStart() < list.leadEnd() && r.charEnd() > list.leadBegin()
        || items.stream().anyMatch(i -> r.charStart() < i.charEnd() && r.charEnd() > i.charStart()));
    result.addAll(items);
  }

  private record Template(String actor, String verb, String target) {}

  /** "The Australian Government should enact", "States and territories must": an item that asks by a modal. */
  private static final Pattern MODAL_ASK = Pattern.compile("(\\p{Lu}[^.;:]{0,80}?)\\s+(should|must|shall)\\s+"
      + "(?:also\\s+|further\\s+)?(?!be\\b|have\\b)(?=\\p{Ll})");
  /** An item's label before its title: "Recommendation 4.1 ", "Rec. 12: ". */
  private static final Pattern TITLE_LABEL = Pattern.compile("(?i:recommendation|rec\\.?)\\s+\\d{1,3}(?:\\.\\d{1,2})?"
      + "[:.)\\-–—]?\\s+");
  /**
   * Where an item asks by a modal ({@link #MODAL_ASK}), under its title if it has one: "Recommendation 4.1 Disability
   * Rights Act" over "The Australian Government should enact ...". Null when it does not.
   */
  private static Matcher askedByModal(String text, ItemLists.Item item) {
    Matcher modal = MODAL_ASK.matcher(askedWords(text, item));
    return modal.lookingAt() ? modal : null;
  }

  /** An item's words after its title, if it has one ({@link #afterTitle}). */
  private static String askedWords(String text, ItemLists.Item item) {
    int titled = afterTitle(text, item);
    return Sentence.collapseSpace(text.substring(titled < 0 ? item.begin() : titled, item.end()).strip());
  }

  /**
   * An item that asks by a modal ({@link #askedByModal}) as the author's ({@code author}, or null) call on whom it
   * names, the modal its verb: no quote of a Working Group's list reads so. Else the item as it was.
   */
  static Recommendation byModal(Recommendation item, String text, String reviewed, String author) {
    ItemLists.Item span = new ItemLists.Item(item.charStart(), item.charEnd());
    Matcher modal = askedByModal(text, span);
    if (modal == null) {
      return item;
    }
    String target = addressed(modal.group(1), reviewed);
    String request = RecommendationExtractor.capitalised(askedWords(text, span).substring(modal.end()));
    return new Recommendation(item.recId(), item.docId(), item.sentenceIndex(), item.charStart(), item.charEnd(),
        item.text(), author, ActorTypes.of(author), ActorTypes.states(author), target,
        modal.group(2).toLowerCase(Locale.ROOT), WorkingGroupList.action(request), item.paragraph(), item.section(),
        item.supportStated(), item.supportEvidence(), request);
  }

  /** A blank line: where a paragraph ends. */
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");

  /**
   * A numbered title ("1. Protect civic space") with the paragraph under it, before {@code limit} (the next item), as
   * one recommendation of the author's when the paragraph asks by a modal ("The Government should withdraw the
   * Act."): of whom it names, its request the paragraph's. Else the item as it was.
   */
  static Recommendation withBody(Recommendation item, String text, int limit, String reviewed, String author) {
    int begin = item.charEnd();
    int newlines = 0;
    while (begin < limit && Character.isWhitespace(text.charAt(begin))) {
      newlines += text.charAt(begin++) == '\n' ? 1 : 0;
    }
    if (begin >= limit || newlines < 1 || newlines > 2 || item.text().split("\\s+").length > MAX_TITLE_WORDS + 4) {
      return item;   // the title a line of its own, the paragraph just under it
    }
    Matcher blank = BLANK_LINE.matcher(text).region(begin, limit);
    int end = blank.find() ? blank.start() : limit;
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    String body = Sentence.collapseSpace(text.substring(begin, end));
    Matcher modal = MODAL_ASK.matcher(body);
    if (!modal.lookingAt()) {
      return item;
    }
    String request = RecommendationExtractor.capitalised(body.substring(modal.end()));
    return new Recommendation(Recommendation.idFor(item.docId(), item.charStart(), end), item.docId(),
        item.sentenceIndex(), item.charStart(), end, Sentence.collapseSpace(text.substring(item.charStart(), end)),
        author, ActorTypes.of(author), ActorTypes.states(author), addressed(modal.group(1), reviewed),
        modal.group(2).toLowerCase(Locale.ROOT), WorkingGroupList.action(request), item.paragraph(), item.section(),
        item.supportStated(), item.supportEvidence(), request);
  }

  /** Whom a modal's subject names: a State by its canonical name, the State under review by a reference. */
  private static String addressed(String subject, String reviewed) {
    var state = States.byName(subject.replaceFirst("^(?i:the\\s+government\\s+of\\s+)", ""));
    return state.isPresent() ? state.get().name()
        : RecommendationExtractor.namesState(subject, reviewed) ? reviewed : subject;
  }

  /** The most words an item's title has: "Review of the Disability Discrimination Act". */
  private static final int MAX_TITLE_WORDS = 8;

  /**
   * Where the ask under an item's title starts: the title a line of its own after the item's label, in title case and
   * without a sentence's end ("Disability Rights Act"), the ask on the next line opening with a capital. -1 when the
   * item has no such title.
   */
  private static int afterTitle(String text, ItemLists.Item item) {
    int newline = text.indexOf('\n', item.begin());
    if (newline < 0 || newline >= item.end()) {
      return -1;
    }
    // the whole line: the item may start after its label
    String line = text.substring(text.lastIndexOf('\n', Math.max(0, item.begin() - 1)) + 1, newline).strip();
    Matcher label = TITLE_LABEL.matcher(line);
    // after a label, a title in sentence case too: "Recommendation 4.2 Complaint mechanism"
    boolean labelled = label.lookingAt() && label.end() < line.length();
    String title = labelled ? line.substring(label.end()) : line;
    String[] words = title.split("\\s+");
    if (title.isEmpty() || words.length > MAX_TITLE_WORDS || ".;:!?,".indexOf(title.charAt(title.length() - 1)) >= 0
        || !labelled && !Arrays.stream(words).allMatch(w -> !Character.isLowerCase(w.charAt(0))
            || Lexicon.NAME_LINKS.contains(w) || Set.of("a", "an", "in", "to", "with", "by").contains(w))) {
      return -1;
    }
    int next = newline + 1;
    while (next < item.end() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    return next < item.end() && Character.isUpperCase(text.charAt(next)) ? next : -1;
  }

  /** A lead-in over what a text to be adopted should say: "support a resolution that:", "a text which:". */
  private static final Pattern OPERATIVE_LEAD = Pattern.compile(
      "(?i)\\b(?:resolution|text|decision|statement)\\s+(?:that|which)\\s*:\\s*$");
  /** An operative item's verb in the third person, before what it acts on: "Renews the", "Calls on", "Decides to". */
  private static final Pattern THIRD_PERSON = Pattern.compile(
      "^(\\p{Lu}\\p{Ll}+?)(ies|(?<=ss|sh|ch|x|z)es|s)(?=\\s+(?:the|a|an|all|its|their|on|upon|to|for|that)\\b)");
  /** "Calls on Eritrea to release ...", "Urges the Government to ...": a call on a State inside the item. */
  private static final Pattern CALLS_ON = Pattern.compile(
      "^(?:Call|Urge|Request|Encourage|Invite)\\s+(?:on\\s+|upon\\s+)?(.{2,60}?)\\s+to\\s+(?=\\p{Ll})");

  /**
   * An item that opens with a cue's participle, as an appeal lists what to write: "Calling on the authorities to
   * release him", "Urging them to ensure ...", "Calling for an independent investigation".
   */
  private static final Pattern CALLING = Pattern.compile("(?:Calling|Urging|Asking|Pressing|Demanding|Requesting"
      + "|Encouraging)\\s+(?:(?:on|upon)\\s+)?(?:(?!for\\s)(.{2,60}?)\\s+to\\s+(?=\\p{Ll})|(?<=Calling\\s)for\\s+"
      + "|(?<=Demanding\\s)(?=\\p{Ll}))");

  /** A participle's item as the ask it makes ({@link #CALLING}), of whom it names, else of the State under review. */
  private static Recommendation asCalled(Recommendation item, Matcher calling, String reviewed) {
    String called = calling.group(1);
    String target = item.target();
    if (called != null) {
      String lower = called.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
      var state = States.byName(called.replaceFirst("^(?i:the\\s+government\\s+of\\s+)", ""));
      target = state.isPresent() ? state.get().name()
          : Lexicon.STATE_REFERENCES.contains(lower) || Lexicon.PRONOUNS.contains(lower) || lower.equals("them")
              ? reviewed : called;
    }
    String rest = item.request().substring(calling.end());
    if (called == null && !rest.isEmpty() && Character.isLowerCase(rest.charAt(0))) {
      // "Calling for the immediate release of X" asks "Immediately release X"; another noun, as a sentence's
      // "called for an inquiry", is no act in the imperative
      Matcher act = ACT_NOUN.matcher(rest);
      String verb = act.lookingAt() ? Lexicon.ACTION_NOUNS.get(act.group(2)) : null;
      if (verb == null) {
        return item.asking(null, null, target);
      }
      rest = (act.group(1) != null ? RecommendationExtractor.adverb(act.group(1)) + " " : "") + verb + " "
          + rest.substring(act.end());
    }
    String asked = RecommendationExtractor.capitalised(rest);
    return item.asking(WorkingGroupList.action(asked), asked, target);
  }

  /** "the immediate release of", "an independent investigation into": a noun of action and its adjective. */
  private static final Pattern ACT_NOUN = Pattern.compile("(?:the|an?|their|his|her|its)\\s+(?:(\\p{Ll}+)\\s+)??"
      + "(\\p{Ll}+)\\s+(?:of|to|into)\\s+");

  /**
   * An item of a text to be adopted as the ask it makes: "Renews the mandate ..." asks "Renew the mandate ...", and
   * "Calls on Eritrea to release ..." asks Eritrea to "Release ...".
   */
  private static Recommendation asOperative(Recommendation item, String reviewed) {
    String request = item.request();
    Matcher verb = request == null ? null : THIRD_PERSON.matcher(request);
    if (verb == null || !verb.find()) {
      return item;
    }
    String base = verb.group(1) + (verb.group(2).equals("ies") ? "y" : "");
    String asked = base + request.substring(verb.end());
    String target = item.target();
    Matcher calls = CALLS_ON.matcher(asked);
    if (calls.find()) {
      String called = calls.group(1);
      var state = States.byName(called.replaceFirst("^(?i:the\\s+government\\s+of\\s+)", ""));
      target = state.isPresent() ? state.get().name()
          : Lexicon.STATE_REFERENCES.contains(called.toLowerCase(java.util.Locale.ROOT).replaceFirst("^the\\s+", ""))
              ? reviewed : called;
      asked = RecommendationExtractor.capitalised(asked.substring(calls.end()));
    }
    return item.asking(WorkingGroupList.action(asked), asked, target);
  }

  /**
   * An item asked by its gerund ("We recommend: 1) ratifying the Protocol; 2) adopting a law") as the imperative a list
   * prints, by the verb's lemma where its sentence was tagged: "Ratify the Protocol".
   */
  private static Recommendation asImperative(Recommendation item, List<Sentence> tagged) {
    Sentence sentence = RecommendationExtractor.sentenceContaining(tagged, item.charStart());
    if (item.request() == null || sentence == null || sentence.end() <= item.charStart() || !sentence.isTagged()) {
      return item;
    }
    String asked = imperative(item.request(), sentence.tokens(), item.charStart());
    return asked.equals(item.request()) ? item : item.asking(WorkingGroupList.action(asked), asked);
  }

  /**
   * {@code request}, which opens at {@code begin} among the tagged {@code tokens}, in the imperative when it opens with
   * a gerund ("ratifying the Protocol" asks "Ratify the Protocol"); else as it is.
   */
  static String imperative(String request, List<Token> tokens, int begin) {
    for (int k = 0; k < tokens.size(); k++) {
      Token token = tokens.get(k);
      if (token.begin() >= begin) {
        if (token.lower().equals("to") && k + 1 < tokens.size() && !request.regionMatches(true, 0, "to ", 0, 3)) {
          continue;   // the "to" a list's item opens with, which the request has lost: "1) to ratify"
        }
        return !"VBG".equals(token.tag()) || token.lemma() == null
            || !request.regionMatches(true, 0, token.word(), 0, token.word().length()) ? request
            : RecommendationExtractor.capitalised(token.lemma() + request.substring(token.word().length()));
      }
    }
    return request;
  }

  /** A sentence end: its mark before a capital or the end ("art. 3" goes on). */
  private static final Pattern FIRST_END = Pattern.compile("[.!?][\"”’)]*(?=\\s+[\\p{Lu}\"“]|\\s*$)");

  /**
   * Whether an item's first sentence is a question: "What steps is it taking to ...?" asks nothing of the State, but
   * "Norway encourages Kenya to adopt a plan. What progress has been made?" asks first and questions after.
   */
  static boolean opensAsQuestion(String words) {
    Matcher end = FIRST_END.matcher(words);
    return end.find() ? words.charAt(end.start()) == '?' : words.strip().endsWith("?");
  }

  /** The item's words and the States it names as their makers at its end ({@link WorkingGroupList#withMakers}). */
  private static WorkingGroupList.Segment makers(String text, ItemLists.Item item) {
    return WorkingGroupList.withMakers(text, item.begin(), item.end());
  }

  /**
   * An item as a recommendation of its own, made as its template says, or by the States it names at its end
   * ({@code named}, its {@link #makers}; null when it names none).
   */
  private static Recommendation itemOf(String docId, String text, ItemLists.Item item,
                                       WorkingGroupList.Segment named, Template template, List<Sentence> sentences) {
    if (named != null) {
      item = new ItemLists.Item(named.begin(), named.end());
    }
    String actor = named != null ? String.join(", ", named.states()) : template.actor();
    String words = Sentence.collapseSpace(text.substring(item.begin(), item.end()));
    Sentence in = RecommendationExtractor.sentenceContaining(sentences, item.begin());
    return new Recommendation(Recommendation.idFor(docId, item.begin(), item.end()), docId,
        in == null ? 0 : in.index(), item.begin(), item.end(), words, actor,
        ActorTypes.of(actor), ActorTypes.states(actor), template.target(), template.verb(),
        WorkingGroupList.action(words), in == null ? null : in.paragraph(), in == null ? null : in.section(),
        null, null, RecommendationExtractor.capitalised(words));
  }

  /** "Human Rights Watch hopes the Committee will" before a lead-in's cue: the one who hopes asks. */
  private static final Pattern HOPING = Pattern.compile("(?i)(.+?)\\s+(?:hopes?|expects?|trusts?|wants?|wishes)\\s+"
      + "(?:that\\s+)?.+?\\s+(?:will|would|can|could|may|might|shall)");

  /**
   * The lead-in read from its words: a heading recommends on its author's behalf; a sentence needs a cue ("calls
   * on", "urges", "should"), and who precedes the cue makes it ("We" being the author). Null when it asks nothing.
   */
  private static Template fromWords(String text, ItemLists.ItemList list, String reviewed, ActorResolver actors) {
    String lead = Sentence.collapseSpace(text.substring(list.leadBegin(), list.leadEnd()));
    if (list.heading()) {
      return LOOKS_BACK.matcher(lead).find() ? null
          : new Template(actors.self(), "recommend", addressee(lead, reviewed));
    }
    Matcher to = TO_ADDRESSEE.matcher(lead);
    // "To the Government of Zambia:", "To UN member states:" under the author's recommendations; "Key
    // recommendations to the Government on women's rights include:" (not those it accepted before)
    if (to.matches() && !LOOKS_BACK.matcher(lead).find()) {
      return new Template(actors.self(), "recommend", whom(lead, to.group(1), reviewed));
    }
    if (APPEAL.matcher(lead).matches()) {
      return new Template(actors.self(), "call", reviewed);   // the reader is to write what the items say
    }
    Matcher announced = ANNOUNCED.matcher(lead);
    if (announced.matches() && !LOOKS_BACK.matcher(lead).find()) {
      String whom = announced.group(1) != null ? announced.group(1) : announced.group(2) != null ? announced.group(2)
          : announced.group(3);
      return new Template(actors.self(), "recommend", whom == null ? reviewed : whom(lead, whom, reviewed));
    }
    String[] words = lead.split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String w = words[i].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
      String lemma = Lexicon.CUE_FORMS.get(w);
      boolean call = "call".equals(lemma);
      if (call && !(i + 1 < words.length && Lexicon.CALL_PARTICLES.contains(words[i + 1].toLowerCase(Locale.ROOT)))) {
        continue;
      }
      if (lemma == null && !Lexicon.MODALS.contains(w)) {
        continue;
      }
      // "Recommendations The Centre": a PDF runs a heading into the sentence; the name opens with its article.
      int from = 0;
      for (int k = 1; k < i; k++) {
        from = words[k].equals("The") || words[k].equals("THE") ? k : from;
      }
      String subject = String.join(" ", Arrays.copyOfRange(words, from, i)).strip();
      Matcher hoping = HOPING.matcher(subject);
      subject = hoping.matches() ? hoping.group(1) : subject;
      if (lemma == null && !subject.isEmpty()) {
        // "The Lao government should:" is the author's call on its subject, as a sentence's call is (DirectCall)
        String state = States.byNameOrCapital(ActorResolver.strip(subject)).map(States.State::name).orElse(null);
        return new Template(actors.self(), w, state != null ? state
            : RecommendationExtractor.namesState(subject, reviewed) ? reviewed : subject);
      }
      if (subject.isEmpty() || RecommendationExtractor.isReviewedState(subject, reviewed)) {
        return null;   // "... should:" with no one named, or the State's own organs speaking
      }
      String actor = actors.resolve(titleCase(subject));
      String rest = String.join(" ", Arrays.copyOfRange(words, i, words.length));
      return new Template(actor, lemma != null ? lemma : w, addressee(rest, reviewed));
    }
    return null;
  }

  /** Whom a lead-in's recommendations are to ({@code to}, as printed): a State it names, the State, or others. */
  private static String whom(String lead, String to, String reviewed) {
    String named = namedState(lead, reviewed);
    named = named != null ? named : stateHeading(to, reviewed);
    return named != null ? named : RecommendationExtractor.namesState(to, reviewed) ? reviewed : to;
  }

  /** The State a lead-in addresses, by its canonical name; the State under review otherwise. */
  private static String addressee(String words, String reviewed) {
    String named = namedState(words, reviewed);
    return named != null ? named : reviewed;
  }

  /**
   * The State the lead-in addresses last, when it names one: "urges member States to call on Zambia to:" and "urge
   * your delegation to make the following recommendations to Zambia:" ask Zambia, whatever the sentence rules took
   * for the addressee of "urges". Null when it names none.
   */
  private static String namedState(String words, String reviewed) {
    Matcher m = ADDRESSEE.matcher(words);
    String found = null;
    for (int from = 0; from < words.length() && m.find(from); from = m.start() + 1) {
      // "recommendations to Egypt during the interactive dialogue:": the State the addressee opens with
      String opening = stateOpening(m.group(1).strip(), reviewed);
      found = opening != null ? opening : found;
    }
    return found;
  }

  /** "Ruritania on women's rights", "the government of Ruritania on ...": the State an addressee opens with. */
  private static String stateHeading(String words, String reviewed) {
    return stateOpening(words.strip()
        .replaceFirst("(?i)^(?:the\\s+)?(?:(?:government|authorities)\\s+of\\s+(?:the\\s+)?)?", ""), reviewed);
  }

  /** The State words open with, by its canonical name, or the State under review ("Niger", not in "Nigeria"). */
  private static String stateOpening(String rest, String reviewed) {
    if (reviewed != null && rest.regionMatches(true, 0, reviewed, 0, reviewed.length())
        && (rest.length() == reviewed.length() || !Character.isLetter(rest.charAt(reviewed.length())))) {
      return reviewed;   // the State under review, which may be a name the State list does not have
    }
    List<States.Mention> mentions = States.mentions(rest);
    return !mentions.isEmpty() && mentions.get(0).start() == 0 ? mentions.get(0).state().name() : null;
  }

  /**
   * Whether an item asks: it opens with a verb ("Ratify", "Immediately release"). Where its sentence was tagged, the
   * tags decide: a base form, or a word tagged as a noun but followed by its object ("Release all journalists":
   * the tagger often takes a sentence-initial imperative for a noun); "Progress since the review" is no ask.
   * Otherwise the words alone.
   */
  static boolean asks(String words, List<Sentence> tagged, int begin) {
    // two words ask only where the tagger reads a verb, or one that asks an act: "Protect journalists", not "Legal aid"
    String[] split = words.strip().split("\\s+");
    boolean two = split.length == 2;
    if (!asks(words, two ? 2 : MIN_ASK_WORDS)) {
      return false;
    }
    Sentence sentence = RecommendationExtractor.sentenceContaining(tagged, begin);
    if (sentence == null || sentence.end() <= begin || !sentence.isTagged()) {
      return !two || Lexicon.PASSIVE_ASKS.contains(split[0].toLowerCase(java.util.Locale.ROOT));
    }
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size() && (tokens.get(i).begin() < begin || tokens.get(i).tag().startsWith("RB"))) {
      i++;
    }
    if (i + 1 >= tokens.size()) {
      return true;
    }
    String tag = tokens.get(i).tag();
    String next = tokens.get(i + 1).tag();
    boolean nounLike = tag.startsWith("NN") || tag.startsWith("JJ");
    // "Repeal or amend the law": the tagger may read the first of two joined verbs as a noun, not the second
    boolean joinedVerb = "CC".equals(next) && i + 2 < tokens.size()
        && Set.of("VB", "VBP").contains(tokens.get(i + 2).tag());
    return tag.equals("VB") || tag.equals("VBP")
        || !two && nounLike && (Set.of("DT", "PRP$", "JJ", "CD", "NNS", "NN", "PDT").contains(next) || joinedVerb);
  }

  /** The fewest words an item that asks has, unless the tagger reads its first as a verb. */
  private static final int MIN_ASK_WORDS = 3;

  /** Whether an item asks, as far as its words tell. */
  static boolean asks(String words) {
    return asks(words, MIN_ASK_WORDS);
  }

  private static boolean asks(String words, int minWords) {
    String action = WorkingGroupList.action(words);
    if (action == null || action.length() < 2 || NOT_ASKING.contains(action)) {
      return false;
    }
    String first = words.split("[\\s,;:]+")[0];
    boolean past = action.endsWith("ed") && !action.endsWith("eed");
    return !past && States.byName(first).isEmpty() && words.split("\\s+").length >= minWords;
  }

  /** "AMNESTY INTERNATIONAL" → "Amnesty International"; names in mixed case stay as printed. */
  static String titleCase(String name) {
    if (name.chars().anyMatch(Character::isLowerCase) || !name.contains(" ")) {
      return name;
    }
    StringBuilder out = new StringBuilder();
    for (String word : name.split(" ")) {
      String lower = word.toLowerCase(Locale.ROOT);
      String cased = Lexicon.NAME_LINKS.contains(lower) ? lower
          : word.length() <= 3 ? word : word.charAt(0) + lower.substring(1);
      out.append(out.length() > 0 ? " " : "").append(cased);
    }
    return out.toString();
  }
}
