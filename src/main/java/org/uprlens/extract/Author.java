package org.uprlens.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uprlens.ingest.DocumentInfoReader;

/**
 * Needs: the text of a document written in its author's own voice (a statement, a press release, a submission).
 * Produces: who its author is, as the document names itself: "Oral statement delivered by Freedom Now", "Joint
 * submission by the Ruritanian Bar Association", "... Human Rights Watch said today". Its "we" and its own calls
 * ({@link DirectCall}) are that author's. Null when the document does not say.
 */
final class Author {
  private static final String LINKS = String.join("|", Lexicon.NAME_LINKS);
  /** A name of up to eight words. */
  private static final String NAME = name(7);
  /** A byline may name a coalition: "Submitted by the Coalition for Children's Rights and the Centre for Legal Aid". */
  private static final String LONG_NAME = name(12);
  private static final Pattern BYLINE = Pattern.compile("(?i:statement|submission|communication|letter|report"
      + "|petition"
      + "|press\\s+release|contribution|update|remarks|briefing|brief|position\\s+paper|briefing\\s+paper)\\b"
      + "[^.\\n]{0,40}?\\b(?i:delivered|made|submitted|issued|presented|read|prepared)?\\s*by\\s+" + LONG_NAME);
  /** "Submitted by ..." on a line of its own, under the title. */
  private static final Pattern SUBMITTED_BY = Pattern.compile("(?m)^[ \\t]*(?i:submitted|prepared|presented"
      + "|delivered|issued)[ \\t]+(?i:by):?[ \\t]+" + LONG_NAME);
  /** A web page's or blog's line under its title: "Posted on 12 October 2026 by the Tunisian Forum for Rights". */
  private static final Pattern POSTED_BY = Pattern.compile("(?m)^[ \\t]*(?i:posted|published|written)\\b[^\\n]{0,40}?"
      + "\\b(?i:by)[ \\t]+" + LONG_NAME);
  /** A briefing's speaker stands for an office: "Spokesperson for the UN High Commissioner for Human Rights". */
  private static final Pattern SPOKESPERSON = Pattern.compile("(?m)^[ \\t]*(?i:spokes(?:person|man|woman))[ \\t]+"
      + "(?i:for|of)[ \\t]+" + NAME);
  /** Words that say what kind of submission a title names, not whose: "Stakeholder submission", "Joint statement". */
  private static final String KINDS = "(?i:joint|written|oral|public|stakeholders?['’]?|alternative|shadow|parallel"
      + "|civil[ \\t]+society|ngo)[ \\t]+";
  /** "Parallel report of the Kenya National Commission on Human Rights": a report of a kind NGOs and NHRIs write. */
  private static final Pattern KIND_OF = Pattern.compile("\\b" + KINDS + "(?i:report|submission|contribution)"
      + "[ \\t]+(?i:of|by|from)[ \\t]+" + LONG_NAME);
  /**
   * A title that names its speaker after "of", as an institution's statements are titled: "Statement of the National
   * Human Rights Commission of Nigeria at the adoption of ...", "Oral statement of the Ombudsman", "Annual Report
   * 2025 of the Inter-American Commission on Human Rights" (a chapter's title, then "the Commission recommends").
   */
  private static final Pattern STATEMENT_OF = Pattern.compile("(?m)^[ \\t]*(?:" + KINDS + ")?(?i:statement|remarks"
      + "|annual[ \\t]+report(?:[ \\t]+\\d{4}(?:[-–/]\\d{2,4})?)?)[ \\t]+(?i:of)[ \\t]+" + LONG_NAME);
  /**
   * A title that opens with its author: "AMNESTY INTERNATIONAL SUBMISSION FOR THE UN UNIVERSAL PERIODIC REVIEW", or
   * names it on the line above ("Ruritania Human Rights Commission\nSubmission to the ...", "... Commission\nAnnual
   * Report 2025").
   */
  private static final Pattern TITLE_OWNER = Pattern.compile(
      "(?m)^[ \\t]*(?!" + KINDS + ")" + name(7, true) + "['’]?s?[ \\t]*(?:\\n[ \\t]*)?(?:" + KINDS + ")?"
          + "(?i:submission|statement|annual[ \\t]+report)\\b");
  private static final Pattern SAID = Pattern.compile("(?<!\\p{L}\\s)\\b" + NAME + "\\s+(?:said|says|stated)\\b"
      + "|\\b(?:said|says)\\s+" + NAME + "\\s*[.,]");
  /**
   * A statement's author speaks of itself in the present: "Human Rights Watch regrets that ...", "Rights Now urges
   * the Council to ...". Counted as "said" is.
   */
  private static final Pattern VOICE = Pattern.compile("(?<!\\p{L}\\s)\\b" + NAME + "\\s+(?:also\\s+)?(?:regrets"
      + "|welcomes|notes|urges|calls|deplores|commends|recommends|reiterates|encourages|believes|remains\\s+concerned"
      + "|is\\s+(?:deeply\\s+|gravely\\s+)?concerned"
      // "The Coast Rights Forum submits the following recommendations": not "the State party submits that"
      + "|(?:submits|presents|proposes)\\s+(?:the\\s+following|these|its)\\s+(?:\\S+\\s+)?recommendations)\\b");
  /**
   * A release quotes its own staff by their role in it: "said Jane Doe, Rights Now's Sahel director", "Jane Doe,
   * Africa director at Rights Now, said". The organisation is then the author, whatever its name looks like.
   */
  private static final String PERSON = "\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]*){1,3}";
  private static final String ROLE = "(?i:director|researcher|head|president|chair(?:person)?|coordinator"
      + "|spokes(?:person|man|woman)|secretary[- ]general|counsel|advocate|officer|expert|adviser|advisor"
      + "|campaigner)";
  private static final Pattern STAFF = Pattern.compile(
      "\\b(?:said|says)[ \\t]+" + PERSON + ",[ \\t]+" + NAME + "['’]s[ \\t]+[^,.\\n]{0,60}?\\b" + ROLE + "\\b"
          + "|\\b" + PERSON + ",[ \\t]+[^,.\\n]{0,60}?\\b" + ROLE + "[ \\t]+(?:at|of|for)[ \\t]+" + NAME
          + ",?[ \\t]+(?:said|says)\\b");
  /**
   * A byline that gives its writer's post: "By Jane Doe, Researcher, Africa Division, Rights Now". The organisation,
   * last, is the author when its name tells what it is; a reporter's "By Jane Doe, Newswire" names no author.
   */
  private static final Pattern STAFF_BYLINE = Pattern.compile("(?m)^[ \\t]*By[ \\t]+" + PERSON
      + ",[ \\t]+(?:[^,\\n]{1,60},[ \\t]+){0,3}" + LONG_NAME
      // the date a page prints after it: "By Jane Mwansa, Lusaka Rights Forum. 10 November 2026"
      + "(?:[ \\t]*[.,|–—-][ \\t]*(?:\\d{1,2}[ \\t]+\\p{L}+|\\p{L}+[ \\t]+\\d{1,2},?)[ \\t]+\\d{4})?[ \\t]*$");
  /** An op-ed's or a blog's writer, a person with no organisation named: "By John Otieno" on a line of its own. */
  private static final Pattern WRITER_BYLINE = Pattern.compile("(?m)^[ \\t]*By[ \\t]+(" + PERSON + ")[ \\t]*$");

  /**
   * The person a byline names as the writer when it names no organisation ("By John Otieno"), or null: whom the
   * writer's "I urge the Government ..." is.
   */
  static String writer(String text) {
    Matcher m = WRITER_BYLINE.matcher(text).region(0, Math.min(text.length(), HEAD));
    return m.find() ? m.group(1) : null;
  }

  /** A letter's signatories speak as one: "We, the undersigned human rights organisations, write ...". */
  private static final Pattern WE_APPOSED = Pattern.compile(
      "\\bWe,\\s+the\\s+((?i:undersigned|signatory)\\s+[^,;.\\n]{0,80}?(?i:organi[sz]ations|groups|ngos"
          + "|members|networks|coalitions|defenders|lawyers|associations))\\s*,");
  /**
   * A special procedure's report, statement or letter names its mandate: "Report of the Special Rapporteur on the
   * right to food", "End of mission statement by the Special Rapporteur on ... on her visit to Ruritania", "Mandates of
   * the Special Rapporteur on ... and the Working Group on ..." (a joint letter: the first mandate signs for them).
   */
  private static final Pattern MANDATE = Pattern.compile("(?im)(?:\\b(?:report|statement|observations|remarks"
      + "|mandates?)\\s+(?:of|by)\\s+the\\s+"
      // a writer's byline: "By Mary Lawlor, UN Special Rapporteur on the situation of human rights defenders"
      + "|^[ \\t]*by[ \\t]+\\p{Lu}[^,\\n]{2,40},[ \\t]+(?:the[ \\t]+)?(?:UN[ \\t]+|United[ \\t]+Nations[ \\t]+)?)"
      + "((?:special\\s+rapporteur"
      + "|independent\\s+expert|special\\s+representative|working\\s+group)\\s+on\\s+(?!the\\s+universal\\s+periodic)"
      + "[^\\n]{3,150}?)\\s*(?:\\n|$|,|\\.|\\*|;|\\s+and\\s+the\\s+(?:special|independent|working)\\s)");
  /** Where a mandate's name ends in a visit's title: "... on the right to housing on her visit to Ruritania". */
  private static final Pattern VISIT = Pattern.compile("(?i)\\s+(?:on|during|following|at\\s+the\\s+end\\s+of)\\s+"
      + "(?:her|his|their|the|an?)\\s+(?:official\\s+|country\\s+|academic\\s+)?(?:visit|mission)\\b.*$");
  /**
   * A resolution is its body's: "Resolution adopted by the Human Rights Council on 10 October 2024", "European
   * Parliament resolution of 14 March 2026 on ...", or its preamble: "The General Assembly, Recalling ...".
   */
  private static final Pattern RESOLUTION = Pattern.compile("(?im)\\bresolution\\s+adopted\\s+by\\s+the\\s+"
      + "(human\\s+rights\\s+council|general\\s+assembly|security\\s+council|commission\\s+on\\s+human\\s+rights)\\b"
      + "|^[ \\t]*(european\\s+parliament|parliamentary\\s+assembly)\\s+resolution\\b"
      + "|\\bthe\\s+(" + DocumentInfoReader.RESOLVING_BODIES + "),\\s+" + DocumentInfoReader.PREAMBLE_OPENERS);
  /** A committee named on a line of its own, as concluding observations open: "Committee against Torture". */
  private static final Pattern BODY_LINE = Pattern.compile(
      "(?m)^[ \\t]*((?:Human Rights Committee|(?:Sub)?[Cc]ommittee (?:on|against|for) [^\\n]{3,120}?))[ \\t]*$");
  /**
   * A letter's writer gives the post they write in: "In my capacity as United Nations High Commissioner for Human
   * Rights, ...", "In my capacity as Rapporteur for follow-up of the Committee against Torture, ..." (the committee's
   * letter, then).
   */
  private static final Pattern CAPACITY = Pattern.compile("(?i:\\bin\\s+(?:my|our)\\s+capacit(?:y|ies)\\s+as)\\s+"
      + "(?i:the\\s+)?([^,;:\\n]{3,160}?)\\s*[,;:]");
  /** The body a post belongs to: "Rapporteur for follow-up to concluding observations of the Committee on ...". */
  private static final Pattern POST_OF = Pattern.compile("\\b(?:of|for)\\s+the\\s+((?:Sub)?Committee\\s+(?:on|against"
      + "|for)\\s+.+|Human\\s+Rights\\s+Committee|Working\\s+Group\\s+on\\s+.+)$");
  private static final Pattern CONCLUDING = Pattern.compile("(?i)\\bconcluding\\s+observations\\b"
      + "|\\b(?:views|decision)\\s+adopted\\s+by\\s+the\\s+committee\\b|\\bsummary\\s+record\\b"
      + "|\\bgeneral\\s+(?:comment|recommendation)\\s+no\\.");
  /**
   * Offices whose reports name them in their title and then speak of themselves in the third or first person, or
   * ask without a subject: the Council of Europe's Commissioner ("Report by the Commissioner for Human Rights of
   * the Council of Europe following her visit to ...", then "The Commissioner recommends"), the OSCE's election
   * observers ("ODIHR Election Observation Mission Final Report", then "The legal framework should be revised"), the
   * ILO's Committee of Experts ("Observation (CEACR)", then "The Committee urges the Government"), the
   * Secretary-General's and the High Commissioner's reports ("I urge"), a commission of inquiry's, a parliament's
   * committee ("We recommend").
   */
  private static final List<Map.Entry<Pattern, String>> TITLE_OFFICES = List.of(Map.entry(
      Pattern.compile("(?i)\\bcommissioner\\s+for\\s+human\\s+rights\\s+of\\s+the\\s+council\\s+of\\s+europe\\b"
          + "|\\bcouncil\\s+of\\s+europe\\s+commissioner\\s+for\\s+human\\s+rights\\b"),
      "Council of Europe Commissioner for Human Rights"), Map.entry(
      Pattern.compile("(?i)\\boffice\\s+for\\s+democratic\\s+institutions\\s+and\\s+human\\s+rights\\b|\\bODIHR\\b"),
      "OSCE Office for Democratic Institutions and Human Rights"), Map.entry(
      Pattern.compile("\\(CEACR\\)"
          + "|(?i:\\bcommittee\\s+of\\s+experts\\s+on\\s+the\\s+application\\s+of\\s+conventions\\b)"),
      "ILO Committee of Experts on the Application of Conventions and Recommendations"), Map.entry(
      Pattern.compile("(?i)\\breport\\s+of\\s+the\\s+secretary-general\\b|\\bsecretary-general['’]s\\s+(?:remarks"
          + "|statement|message|address|opening\\s+remarks|video\\s+message)\\b"), "UN Secretary-General"), Map.entry(
      Pattern.compile("(?i)\\breport\\s+of\\s+the\\s+united\\s+nations\\s+high\\s+commissioner\\s+for"
          + "\\s+human\\s+rights\\b"),
      "UN High Commissioner for Human Rights"), Map.entry(
      // a Council's inquiry: "Report of the Independent International Commission of Inquiry on the Syrian Arab
      // Republic", then "The Commission recommends"
      Pattern.compile("(?i)\\breport\\s+of\\s+the\\s+((?:independent\\s+)?(?:international\\s+)?(?:commission\\s+of"
          + "\\s+inquiry|fact-finding\\s+mission|commission\\s+on\\s+human\\s+rights)\\s+(?:on|in|for)\\s+[^\\n]{3,80}?)"
          + "[ \\t]*(?:\\n|$)"), ""), Map.entry(
      // a national inquiry on a line of its own: "Royal Commission into Violence, Abuse, Neglect and Exploitation of
      // People with Disability", then its numbered recommendations
      Pattern.compile("(?m)^[ \\t]*((?:Royal|National|Public|Independent)[ \\t]+(?:Commission|Inquiry)[ \\t]+(?:into"
          + "|on)[ \\t]+[^\\n]{3,120}?)[ \\t]*$"), ""), Map.entry(
      // a parliament's committee on a line of its own: "Joint Committee on Human Rights", then "We recommend"
      Pattern.compile("(?m)^[ \\t]*((?:Joint|Select|Standing|Parliamentary)[ \\t]+Committee[ \\t]+(?:on|for)[ \\t]+"
          + "[^\\n]{3,80}?)[ \\t]*$"), ""));
  /** A document's title block: its first lines. */
  private static final int TITLE = 400;
  /** Where a document names itself: its opening, before the body. */
  private static final int HEAD = 3000;
  /** A press release names its speaker in its first pages; a long report is not searched to its end. */
  private static final int SAID_WITHIN = 20_000;

  private Author() {}

  /**
   * Capitalised words, with the small words inside names ("Lawyers for Human Rights"), up to {@code more} after the
   * first.
   */
  private static String name(int more) {
    return name(more, false);
  }

  /**
   * As {@link #name(int)}; {@code shortest}: as few words as let the rest match ("AMNESTY INTERNATIONAL" before
   * "PUBLIC STATEMENT").
   */
  private static String name(int more, boolean shortest) {
    return "(?:the[ \\t]+)?(\\p{Lu}[\\p{L}&'’.-]*(?:[ \\t]+(?:" + LINKS + "|\\p{Lu}[\\p{L}&'’.-]*)){0,"
        + more + "}" + (shortest ? "?" : "") + ")";
  }

  /**
   * A byline's line long enough to have wrapped: a PDF breaks "Submitted by ... and Education Watch" before
   * "International".
   */
  private static final int WRAPPED_LINE = 60;
  /** The rest of a wrapped name: a line of a few capitalised words and nothing else. */
  private static final Pattern NAME_REST = Pattern.compile("[ \\t]*\\n[ \\t]*(\\p{Lu}[\\p{L}&'’.-]*(?:[ \\t]+(?:"
      + LINKS + "|\\p{Lu}[\\p{L}&'’.-]*)){0,2})[ \\t]*(?:\\n|$)");

  /**
   * The words on the line after a byline's name that end the name, when the name runs to the end of a line long
   * enough to have wrapped; "" otherwise.
   */
  private static String wrapped(String text, Matcher byline) {
    int lineStart = text.lastIndexOf('\n', byline.start(1)) + 1;
    Matcher rest = NAME_REST.matcher(text).region(byline.end(1), text.length());
    return byline.end(1) - lineStart >= WRAPPED_LINE && rest.lookingAt() ? " " + rest.group(1) : "";
  }

  /**
   * The author a byline names, else the organisation the document most often says is speaking ("Human Rights
   * Watch said", "Human Rights Watch regrets"; a person quoted, "said Jane Doe, director", is not an organisation
   * and does not count), or null.
   */
  static String of(String text) {
    return of(text, null);
  }

  /**
   * As {@link #of(String)}, knowing who published the document ({@code publisher}, a web page's site name, or null):
   * "Rights Now said today" on a page Rights Now published counts though the name alone could be a person's.
   */
  static String of(String text, String publisher) {
    return withoutTopic(named(text, publisher));
  }

  /** "Accra Rights Forum on Ghana" as a byline names it ("Statement by the Accra Rights Forum on Ghana"). */
  private static final Pattern ON_STATE = Pattern.compile("(.+?)\\s+on\\s+(?:the\\s+)?(\\p{Lu}[^,;]+)");

  /**
   * A name without the State a byline says the document is on: "Accra Rights Forum on Ghana" is the Accra Rights
   * Forum; a mandate keeps its own ("Special Rapporteur on Eritrea").
   */
  private static String withoutTopic(String name) {
    Matcher on = name == null ? null : ON_STATE.matcher(name);
    if (on == null || !on.matches() || org.uprlens.States.byName(on.group(2).strip()).isEmpty()) {
      return name;
    }
    String type = ActorTypes.of(on.group(1));
    return ActorTypes.SPECIAL_PROCEDURE.equals(type) || ActorTypes.UNKNOWN.equals(type) ? name : on.group(1);
  }

  private static String named(String text, String publisher) {
    Matcher byline = BYLINE.matcher(text).region(0, Math.min(text.length(), HEAD));
    if (byline.find()) {
      Matcher mandate = MANDATE.matcher(text).region(byline.start(), Math.min(text.length(), HEAD));
      // a mandate's name has small words
      return mandate.lookingAt() ? mandate(mandate)
          : withCountry(fuller(bylined(byline.group(1)), text), text, byline.end());
    }
    for (Pattern head : List.of(SUBMITTED_BY, SPOKESPERSON, KIND_OF, STATEMENT_OF, TITLE_OWNER, STAFF_BYLINE,
        POSTED_BY)) {
      Matcher m = head.matcher(text).region(0, Math.min(text.length(), HEAD));
      String name = !m.find() ? null : head == SUBMITTED_BY || head == POSTED_BY || head == KIND_OF
          || head == STATEMENT_OF
          ? withCountry(bylined(m.group(1) + (head == SUBMITTED_BY ? wrapped(text, m) : "")), text, m.end())
          : bylined(m.group(1));
      if (name != null && !ActorTypes.UNKNOWN.equals(ActorTypes.of(name))) {
        return name;
      }
    }
    Matcher signed = WE_APPOSED.matcher(text).region(0, Math.min(text.length(), HEAD));
    if (signed.find()) {
      return "The " + signed.group(1).replaceAll("\\s+", " ");
    }
    Matcher resolution = RESOLUTION.matcher(text).region(0, Math.min(text.length(), HEAD));
    if (resolution.find()) {
      String body = resolution.group(1) != null ? resolution.group(1)
          : resolution.group(2) != null ? resolution.group(2) : resolution.group(3);
      return ListedAsks.titleCase(body.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT));
    }
    Matcher mandate = MANDATE.matcher(text).region(0, Math.min(text.length(), HEAD));
    if (mandate.find()) {
      return mandate(mandate);
    }
    Matcher capacity = CAPACITY.matcher(text).region(0, Math.min(text.length(), HEAD));
    if (capacity.find()) {
      String post = capacity.group(1).replaceAll("\\s+", " ");
      Matcher of = POST_OF.matcher(post);
      String name = of.find() ? Bodies.canonical(of.group(1)) : name(post);
      if (name != null && !ActorTypes.UNKNOWN.equals(ActorTypes.of(name))) {
        return name;
      }
    }
    for (Map.Entry<Pattern, String> office : TITLE_OFFICES) {
      Matcher m = office.getKey().matcher(text).region(0, Math.min(text.length(), TITLE));
      if (m.find()) {
        return office.getValue().isEmpty() ? m.group(1) : office.getValue();   // "": the name as printed
      }
    }
    Matcher body = BODY_LINE.matcher(text).region(0, Math.min(text.length(), HEAD));
    if (CONCLUDING.matcher(text).region(0, Math.min(text.length(), HEAD)).find() && body.find()) {
      return Bodies.canonical(body.group(1).strip());   // a treaty body's concluding observations are its own
    }
    Map<String, Integer> votes = new LinkedHashMap<>();
    Matcher staff = STAFF.matcher(text).region(0, Math.min(text.length(), SAID_WITHIN));
    while (staff.find()) {
      String name = name(staff.group(1) != null ? staff.group(1) : staff.group(2));
      if (name != null) {
        votes.merge(name, 1, Integer::sum);
      }
    }
    for (Pattern speaking : List.of(SAID, VOICE)) {
      Matcher said = speaking.matcher(text).region(0, Math.min(text.length(), SAID_WITHIN));
      while (said.find()) {
        String name = name(said.group(1) != null ? said.group(1) : said.group(2));
        // "A Committee Expert said": one of a committee's members in a summary of its meeting, not its author
        if (name != null && (!ActorTypes.UNKNOWN.equals(ActorTypes.of(name)) || sameName(name, publisher))
            && !ActorResolver.isCommitteeMember(name)) {
          votes.merge(name, 1, Integer::sum);
        }
      }
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElseGet(() -> mandateLine(text));
  }

  /**
   * A mandate named on a line of its own among the first, as an end-of-mission statement heads its remarks ("End of
   * mission statement" over "Special Rapporteur on the right to housing, visit to Ruritania"). Only when nothing
   * else names the author: a news page's caption may name a rapporteur too.
   */
  private static final Pattern MANDATE_LINE = Pattern.compile("(?m)^[ \\t]*(?:UN[ \\t]+|United[ \\t]+Nations[ \\t]+)?"
      + "((?:Special[ \\t]+Rapporteur|Independent[ \\t]+Expert|Special[ \\t]+Representative|Working[ \\t]+Group)"
      + "[ \\t]+on[ \\t]+(?!the[ \\t]+Universal[ \\t]+Periodic)[^\\n,;.]{3,150}?)[ \\t]*(?:\\n|$|,|;|\\.)");

  private static String mandateLine(String text) {
    Matcher line = MANDATE_LINE.matcher(text).region(0, Math.min(text.length(), TITLE));
    return line.find() ? VISIT.matcher(line.group(1).replaceAll("\\s+", " ")).replaceFirst("") : null;
  }

  /** A State named after a name: "... by the Coalition for Rights in Zambia". */
  private static final Pattern IN_COUNTRY = Pattern.compile(
      "[ \\t]+in[ \\t]+((?:the[ \\t]+)?\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+(?:of[ \\t]+)?\\p{Lu}[\\p{L}'’-]*){0,3})");

  /** What an organisation's name ends with when a text calls it by that word alone: "the Coalition". */
  private static final Set<String> KINDS_OF_BODY = Set.of("coalition", "network", "centre",
      "center", "forum", "alliance", "association", "society", "foundation", "institute", "platform", "movement",
      "project", "campaign", "union", "federation", "group", "organisation", "organization", "clinic");

  /**
   * The whole name a byline calls by its last word alone ("This submission was drafted by the Coalition"), as the
   * first lines print it ("Lesotho Education Coalition"); the name as it was otherwise.
   */
  private static String fuller(String name, String text) {
    if (name == null || name.contains(" ") || !KINDS_OF_BODY.contains(name.toLowerCase(Locale.ROOT))) {
      return name;
    }
    Matcher whole = Pattern.compile("\\b((?:\\p{Lu}[\\p{L}&'’.-]*[ \\t]+(?:(?:" + LINKS + ")[ \\t]+)?){1,6}"
        + Pattern.quote(name) + ")\\b").matcher(text).region(0, Math.min(text.length(), HEAD));
    while (whole.find()) {
      String found = name(whole.group(1));
      if (found != null && found.contains(" ")) {
        return found;
      }
    }
    return name;
  }

  /**
   * An organisation's name with the country it works in, when the byline goes on "in" a State ("Coalition for Rights
   * in Zambia"); not a State's own name.
   */
  private static String withCountry(String name, String text, int end) {
    Matcher in = IN_COUNTRY.matcher(text).region(end, text.length());
    if (name == null || !in.lookingAt() || org.uprlens.States.byName(name).isPresent()) {
      return name;
    }
    var state = org.uprlens.States.byName(in.group(1));
    return state.isPresent() ? name + " in " + in.group(1) : name;
  }

  private static String mandate(Matcher mandate) {
    return VISIT.matcher(mandate.group(1).strip().replaceAll("\\s+", " ")).replaceFirst("");
  }

  private static boolean sameName(String name, String publisher) {
    return publisher != null && name.equalsIgnoreCase(publisher.strip().replaceFirst("^(?i:the)\\s+", ""));
  }

  /**
   * A name a byline gives: a State delivers statements too ("Statement delivered by Ireland"), by its canonical
   * name; else as {@link #name}.
   */
  private static String bylined(String raw) {
    var state = org.uprlens.States.byName(trimmed(raw));
    return state.isPresent() ? state.get().name() : name(raw);
  }

  /** The words as one line, without trailing small words: "Ireland on" → "Ireland". */
  private static String trimmed(String raw) {
    return raw.strip().replaceAll("\\s+", " ").replaceAll("(?:\\s+(?:" + LINKS + "))+$", "");
  }

  /** The name without trailing small words; null for a State, the Government or a pronoun. */
  private static String name(String raw) {
    // "prepared by X for the Universal Periodic Review of Y": the review is not part of the name
    String name = trimmed(raw.strip().replaceAll("\\s+", " ").replaceFirst("(?i)\\s+(?:for|to|on|of)\\s+(?:the\\s+)?"
        + "(?:UN\\s+|United Nations\\s+)?(?:Universal|UPR|Periodic|Human Rights Council)\\b.*$", ""))
        .replaceAll("[.’']+$", "");
    String lower = name.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
    boolean state = ActorTypes.STATE.equals(ActorTypes.of(name)) || Lexicon.STATE_REFERENCES.contains(lower);
    // "The Asian Rights Forum recommends": without "the", as the sentence rules name it
    return name.length() < 2 || state || Lexicon.PRONOUNS.contains(lower) ? null
        : Bodies.canonical(ListedAsks.titleCase(name.replaceFirst("^(?:The|THE)\\s+", "")));   // "EU Statement"
  }
}
