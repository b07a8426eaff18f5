package org.uprlens.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uprlens.States;

/**
 * Reads what a document says about itself ({@link DocumentInfo}) from cues in its text: the title block of UN
 * documents ("Report of the Working Group on the Universal Periodic Review", "National report submitted in
 * accordance with ..."), the document symbol, session and date lines; for statements and news, their typical
 * wording. Cues are phrases of the UPR document types, not of particular files.
 */
public final class DocumentInfoReader {
  /** UN documents state kind, symbol, State and session in their first page. */
  private static final int HEAD_CHARS = 4000;
  private static final String LOWER_MONTHS =
      "(?:january|february|march|april|may|june|july|august|september|october|november|december)";
  /** A special procedure's report names itself in its title block; a compilation may cite one further down. */
  private static final int SPECIAL_PROCEDURE_CHARS = 1500;
  /** A matrix names itself in its title and header row; a shorter reach keeps the five cues cheap. */
  private static final int MATRIX_CHARS = 1200;
  /** A document's own symbol stands in its first lines; later ones are citations. */
  private static final int SYMBOL_WITHIN = 800;

  /**
   * UPR symbols: A/HRC/WG.6/48/KAZ/2 (pre-session documents), A/HRC/28/10/Add.1 (Council documents),
   * A/HRC/RES/57/12 (Council resolutions).
   */
  private static final Pattern SYMBOL = Pattern.compile(
      "\\bA/HRC/(?:WG\\.6/(\\d{1,2})/([A-Z]{3})/(\\d)|(\\d{1,2})/(\\d{1,3})(/Add\\.\\d)?|RES/\\d{1,2}/\\d{1,3})"
          + "(?![\\w/])");

  /**
   * A treaty body's symbol for its concluding observations: CCPR/C/MRT/CO/3, CRC/C/MRT/CO/3-5, E/C.12/MRT/CO/1 (the
   * economic, social and cultural rights committee's own series); the country code names the State party.
   */
  private static final Pattern TREATY_BODY_SYMBOL = Pattern.compile(
      "\\b(?:(?:CCPR|CRC|CEDAW|CERD|CAT|CRPD|CMW|CED)/C|E/C\\.12)/([A-Z]{3})/CO/\\d{1,2}(?:-\\d{1,2})?(?:/Add\\.\\d)?"
          + "(?![\\w/])");

  /**
   * A special procedures communication's reference: its type (allegation letter, urgent appeal, other letter; "J"
   * when joint), the State's ISO code, its number and year.
   */
  private static final String COMMUNICATION_CODE = "(?:j?al|j?ua|j?ol) ([a-z]{3}) \\d{1,3}/\\d{4}";
  private static final Pattern COMMUNICATION_REFERENCE = Pattern.compile("\\b" + COMMUNICATION_CODE + "\\b",
      Pattern.CASE_INSENSITIVE);

  /** A cue for a kind; it counts only when it starts within the first {@code within} characters. */
  private record Rule(String name, DocKind kind, Pattern pattern, int within) {}

  /** Bodies that adopt resolutions, as a preamble names them ("The Human Rights Council, Recalling"), in lower case. */
  public static final String RESOLVING_BODIES = "(?:human rights council|general assembly|security council"
      + "|european parliament|parliamentary assembly|committee of ministers)";
  /** How a resolution's preamble goes on after the body's name, in lower case: "Recalling", "– having regard to". */
  public static final String PREAMBLE_OPENERS = "(?:[–-]\\s*)?(?:having regard|recalling|reaffirming|guided by"
      + "|noting|recognizing|recognising|bearing in mind|welcoming|deeply|expressing|taking note|mindful|reiterating"
      + "|emphasizing|emphasising|stressing|concerned|alarmed|aware|convinced|considering|determined|affirming"
      + "|acting)\\b";

  /**
   * The earliest cue decides (the title block comes first), except that an addendum also names the Working Group
   * report it adds to, so an addendum cue wins wherever it is.
   */
  private static final List<Rule> KIND_RULES = List.of(
      rule("addendum title", DocKind.ADDENDUM, "views on (?:the )?conclusions and/or recommendations", HEAD_CHARS),
      // Not the addenda of advance questions ("Advance questions – Addendum 1"), which States' questions fill, nor
      // one a sentence mentions ("Positions are from the addendum.")
      rule("addendum heading", DocKind.ADDENDUM,
          "(?<!questions\\W{1,5}|\\b(?:the|an|this|that|its|their|each|every)\\s)\\baddendum\\b", 600),
      // A State's note verbale that transmits its responses: "has the honour to transmit the position of the
      // Government of Zambia on the recommendations contained in paragraph 142 of the report of the Working Group"
      rule("responses transmitted", DocKind.ADDENDUM, "\\bhas the honou?r to (?:transmit|submit|communicate|present)"
          + " (?:herewith )?the (?:positions?|views|responses|replies) of the government\\b[^.]{0,60}? (?:on|to)"
          + " the (?:\\S+ )?recommendations\\b", HEAD_CHARS),
      // States' questions sent before a review, and what they encourage the State to do: their own voice
      rule("advance questions title", DocKind.STATEMENT, "\\badvance questions\\b|\\bquestions submitted in advance\\b",
          600),
      rule("Working Group report title", DocKind.WORKING_GROUP_REPORT,
          "report of the working (?:group )?on the universal ?periodic ?review"
              + "|summary of the proceedings of the review process", HEAD_CHARS),
      rule("matrix title", DocKind.MATRIX,
          "thematic list of recommendations|matrix of recommendations|\\bupr matrix\\b|full list of themes"
              // a column's name; not the label of an assessment's quote ("Source of position: A/HRC/22/13/Add.1")
              + "|source of position(?!\\s*:)", MATRIX_CHARS),
      rule("national report title", DocKind.NATIONAL_REPORT,
          "national report (?:submitted|prepared) (?:in accordance with|pursuant to|for the)", HEAD_CHARS),
      rule("mid-term report title", DocKind.MIDTERM_REPORT,
          "\\bmid-? ?term (?:progress |implementation |review )?report\\b", 800),
      rule("compilation title", DocKind.COMPILATION,
          "compilation (?:(?:of information )?prepared by the office|of (?:united nations|un) information"
              + "|on \\p{L})"
              + "|is a compilation of (?:the )?information contained in", HEAD_CHARS),
      rule("stakeholder summary title", DocKind.STAKEHOLDER_SUMMARY,
          "summary prepared by the office of the (?:united nations )?high commissioner"
              + "|summary of (?:the )?stakeholders['’]? (?:submissions|information)"
              + "|a summary of \\w+ stakeholders['’]?", HEAD_CHARS),
      // "Joint Submission to the Universal Periodic Review of ...", "UPR Submission", "... Submission for the UN
      // Universal Periodic Review"; not OHCHR's "Summary of stakeholders' submissions", whose title cue comes first.
      rule("submission title", DocKind.SUBMISSION,
          "\\bsubmissions?\\b[^.\\n]{0,60}?\\b(?:universal periodic review|upr)\\b"
              + "|\\b(?:universal periodic review|upr)\\W{0,3}(?:\\p{L}+ ){0,2}submission\\b"
              + "|\\b(?:shadow|alternative|parallel) report\\b"
              // "Joint submission by the Tamil Rights Coalition and ..." under a UPR title; not a summary's "JS2"
              + "|\\bjoint submission (?:by|of|from|submitted by)\\b"
              + "|\\b(?:report|contribution)\\b[^.\\n]{0,100}?\\bfor the (?:un )?(?:universal periodic review|upr)\\b",
          HEAD_CHARS),
      // A country visit's report is an addendum by its symbol (A/HRC/58/47/Add.2), not a Working Group report's.
      rule("special procedure report title", DocKind.SPECIAL_PROCEDURE_REPORT,
          "report of the (?:special rapporteur|independent expert|special representative"
              + "|working group on (?!the universal ?periodic)"
              // the Council's investigations: "Report of the Independent International Commission of Inquiry on"
              + "|(?:independent )?(?:international )?commission of inquiry on|fact-finding mission on)",
          SPECIAL_PROCEDURE_CHARS),
      // A resolution by its title or its preamble: "The General Assembly, Recalling ...", "The European Parliament,
      // – having regard to ..."; a parliament's by its title's opening words
      rule("resolution title", DocKind.RESOLUTION,
          "resolution adopted by the (?:human rights council|general assembly|security council"
              + "|commission on human rights)"
              + "|\\bthe " + RESOLVING_BODIES + ", " + PREAMBLE_OPENERS, HEAD_CHARS),
      rule("parliament resolution title", DocKind.RESOLUTION,
          "^(?:european parliament|parliamentary assembly) resolution\\b", 10),
      // "Concluding observations on the third periodic report of X", older "Concluding observations of the Human
      // Rights Committee"; a submission or compilation that cites them does so below its own title.
      rule("concluding observations title", DocKind.CONCLUDING_OBSERVATIONS,
          "\\bconcluding observations (?:on|of|concerning) (?:the )?(?:\\p{L}+ )?(?:periodic|initial|combined|report"
              + "|reports|committee|human rights committee)", 800),
      // The ILO's Committee of Experts comments on one State's application of a Convention as a treaty body does:
      // "Observation (CEACR) - adopted 2025", "Direct Request (CEACR)"
      rule("ILO supervisory comment", DocKind.CONCLUDING_OBSERVATIONS,
          "\\b(?:observation|direct request) \\(ceacr\\)", 300),
      // "Mandates of the Special Rapporteur on ...", then "REFERENCE: UA GTM 3/2026": a special procedure's letter
      rule("communication heading", DocKind.COMMUNICATION,
          "\\bmandates? of the (?:special rapporteur|independent expert|special representative|working group)"
              + "|\\breference:? " + COMMUNICATION_CODE.toLowerCase(Locale.ROOT), 600),
      rule("statement title", DocKind.STATEMENT,
          "\\b(?:oral|joint|written|end[- ]of[- ](?:mission|visit)) statement\\b|\\bstatement (?:by|of|delivered)\\b",
          HEAD_CHARS),
      rule("statement address", DocKind.STATEMENT,
          "\\bmr\\.? president\\b|\\bthank you,? (?:mr\\.?|madam) (?:president|vice)", 400),
      // A scraped statement's page menus may push its opening "Madam President," far down: a salutation, comma and all
      rule("statement salutation", DocKind.STATEMENT,
          "\\b(?:mr\\.?|madam|madame) (?:vice[- ])?(?:president|chair(?:person)?) ?,", HEAD_CHARS),
      rule("news dateline", DocKind.NEWS, "\\((?:geneva|new york|brussels|[a-z]+)\\) [–—-] "
          // "GENEVA, 14 November 2024 – ", "New York, March 3, 2025 — "
          + "|\\b(?:new york|[a-z]+), (?:\\d{1,2} " + LOWER_MONTHS + " \\d{4}|" + LOWER_MONTHS
          + " \\d{1,2},? \\d{4}) [–—-] "
          // "GENEVA (14 March 2025) – "
          + "|\\b[a-z]+ \\(\\d{1,2} " + LOWER_MONTHS + " \\d{4}\\) [–—-] ",
          600),
      rule("press release", DocKind.NEWS, "\\bpress release\\b|\\bnews release\\b|\\bpress briefing\\b",
          HEAD_CHARS),
      // A release's lead without a dateline: "..., Rights Now said today, ahead of the review."
      rule("news lead", DocKind.NEWS, "\\b(?:said|says) (?:today|on (?:monday|tuesday|wednesday|thursday|friday"
          + "|saturday|sunday))\\b", 1000));

  /** Cues are written in lower case and matched against a lower-cased head: far cheaper than case folding. */
  private static Rule rule(String name, DocKind kind, String regex, int within) {
    return new Rule(name, kind, Pattern.compile(regex), within);
  }

  /** No cue is longer than this: a cue starting before its {@code within} ends before this much more. */
  private static final int LONGEST_CUE = 200;

  /**
   * "Uzbekistan: Free the Bloggers", a headline's State before its colon, on one of the first lines; not a speaker's
   * name before the sentences a transcript gives them ("Norway: Thank you, Mr. President."), as a headline is no
   * sentence: it neither ends with a full stop nor holds one before a capital.
   */
  private static final Pattern HEADLINE_STATE =
      Pattern.compile("\\s*([^:\\n]{2,60}?)\\s*:\\s(?![^\\n]*\\.(?:\\s+\\p{Lu}|\\s*$))");
  private static final int HEADLINE_LINES = 3;
  /**
   * "Mid-term scorecard: Peru", "UPR follow-up – Ghana": a title's State after its colon or dash, ending the line or
   * before a comma that goes on with the title ("Working notes: Malawi, third cycle"), in a line that is no sentence;
   * not a speaker's ("Delivered by: France").
   */
  private static final Pattern TITLE_STATE = Pattern.compile(
      "(?i)^(?!.*\\b(?:by|from|speaker|delegation)\\s*[:–—])[^\\n]*?[:–—]\\s*([^:–—,\\n]{2,60}?)[\\s*]*"
          + "(?:$|,(?![^\\n]*\\.\\s*$))");

  private static final Pattern WG_SESSION = Pattern.compile(
      "(?:universal ?periodic ?review\\W{0,3}|held its |cycle\\W{1,4})(\\p{L}+(?:[- ]\\p{L}+)?|\\d{1,2}(?:st|nd|rd|th))"
          + " session",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CYCLE = Pattern.compile(
      "\\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th) (?:cycle|universal ?periodic ?review|UPR)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final String MONTHS =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
  private static final Pattern DATE = Pattern.compile(
      "\\b(?:\\d{1,2}\\s+" + MONTHS + "\\s+((?:19|20)\\d\\d)|" + MONTHS + "\\s+\\d{1,2},\\s+((?:19|20)\\d\\d))\\b",
      Pattern.CASE_INSENSITIVE);

  private DocumentInfoReader() {}

  public static DocumentInfo read(String text) {
    String head = collapse(text.substring(0, Math.min(text.length(), HEAD_CHARS)));
    String kindEvidence = null;
    DocKind kind = DocKind.OTHER;
    Matcher symbolMatch = SYMBOL.matcher(head);
    String symbol = ownSymbol(symbolMatch, head);
    // A report listing "a compilation prepared by the Office" among its sources stays a report.
    int earliest = Integer.MAX_VALUE;
    String lowerHead = lowerCase(head);
    for (Rule rule : KIND_RULES) {
      Matcher m = rule.pattern().matcher(lowerHead).region(0, Math.min(head.length(), rule.within() + LONGEST_CUE));
      boolean found = m.find() && m.start() < rule.within();
      // An addendum cue wins wherever it is, except over a special procedure's title, which wins over it.
      boolean overrides = rule.kind() == DocKind.ADDENDUM && kind != DocKind.ADDENDUM
          && kind != DocKind.SPECIAL_PROCEDURE_REPORT
          || rule.kind() == DocKind.SPECIAL_PROCEDURE_REPORT && kind == DocKind.ADDENDUM;
      if (found && (m.start() < earliest || overrides)) {
        earliest = overrides ? -1 : m.start();
        kind = rule.kind();
        kindEvidence = rule.name() + ": \"" + head.substring(m.start(), m.end()).strip() + "\"";
      }
    }
    if (kind == DocKind.OTHER && symbol != null) {
      DocKind bySymbol = kindOfSymbol(symbolMatch);
      if (bySymbol != DocKind.OTHER) {
        kind = bySymbol;
        kindEvidence = "document symbol: " + symbol;
      }
    }
    // A submission citing the Committee's last observations keeps its own kind and symbol.
    Matcher treatyBody = symbol == null && (kind == DocKind.OTHER || kind == DocKind.CONCLUDING_OBSERVATIONS)
        ? TREATY_BODY_SYMBOL.matcher(head) : null;
    if (treatyBody != null && treatyBody.find() && treatyBody.start() < SYMBOL_WITHIN) {
      return treatyBodyDocument(kind, kindEvidence, treatyBody, head, text);
    }
    Matcher reference = kind == DocKind.COMMUNICATION ? COMMUNICATION_REFERENCE.matcher(head) : null;
    if (reference != null && reference.find()) {
      String state = States.byIso3(reference.group(1)).map(States.State::name)
          .orElseGet(() -> stateUnderReview(head, text, symbolMatch, symbol));
      return new DocumentInfo(kind, kindEvidence, null, state, null, null, yearOf(text), Languages.detect(text));
    }
    Integer session = sessionOf(symbolMatch, symbol, head);
    Integer cycle = session != null ? Integer.valueOf(cycleOf(session)) : cycleFromText(text);
    return new DocumentInfo(kind, kindEvidence, symbol, stateUnderReview(head, text, symbolMatch, symbol), session,
        cycle, yearOf(text), Languages.detect(text));
  }

  /**
   * A treaty body's document: its symbol names the State party; it belongs to no UPR session (a "held its 140th
   * session" is the Committee's).
   */
  private static DocumentInfo treatyBodyDocument(DocKind kind, String kindEvidence, Matcher symbol, String head,
                                                 String text) {
    if (kind == DocKind.OTHER) {
      kind = DocKind.CONCLUDING_OBSERVATIONS;
      kindEvidence = "document symbol: " + symbol.group();
    }
    String state = States.byIso3(symbol.group(1)).map(States.State::name)
        .orElseGet(() -> stateUnderReview(head, text, SYMBOL.matcher(""), null));
    return new DocumentInfo(kind, kindEvidence, symbol.group(), state, null, null, yearOf(text),
        Languages.detect(text));
  }

  /**
   * The document's own symbol: the first in its title block, not one it cites ("previously issued under document
   * symbol A/HRC/WG.6/7/L.14", the national report listed among the sources of a report, the addendum a matrix
   * takes its positions from).
   */
  private static String ownSymbol(Matcher m, String head) {
    while (m.find() && m.start() < SYMBOL_WITHIN) {
      String before = head.substring(Math.max(0, m.start() - 30), m.start()).toLowerCase(Locale.ROOT);
      if (!before.contains("symbol") && !before.contains("document") && !before.contains("issued")
          && !before.contains("position")) {   // a matrix's "Source of position: A/HRC/25/5/Add.1"
        return m.group();
      }
    }
    return null;
  }

  private static DocKind kindOfSymbol(Matcher symbol) {
    if (symbol.group(3) != null) {
      return switch (symbol.group(3)) {
        case "1" -> DocKind.NATIONAL_REPORT;
        case "2" -> DocKind.COMPILATION;
        case "3" -> DocKind.STAKEHOLDER_SUMMARY;
        default -> DocKind.OTHER;
      };
    }
    return symbol.group(6) != null ? DocKind.ADDENDUM : DocKind.OTHER;
  }

  private static Integer sessionOf(Matcher symbolMatch, String symbol, String head) {
    if (symbol != null && symbolMatch.group(1) != null) {
      return Integer.valueOf(symbolMatch.group(1));
    }
    Matcher m = WG_SESSION.matcher(head);
    while (m.find()) {
      Integer n = Ordinals.parse(m.group(1));
      if (n != null && n >= 1 && n <= 60) {
        return n;
      }
    }
    return null;
  }

  /** UPR cycles: sessions 1-12, 13-26, 27-40, 41 on. */
  static int cycleOf(int session) {
    return session <= 12 ? 1 : session <= 26 ? 2 : session <= 40 ? 3 : 4;
  }

  private static Integer cycleFromText(String text) {
    Matcher m = CYCLE.matcher(text.substring(0, Math.min(text.length(), 3 * HEAD_CHARS)));
    if (!m.find()) {
      return null;
    }
    Integer n = Ordinals.parse(m.group(1));
    return n != null && n <= 4 ? n : null;
  }

  /** The first date of the title block; a photo caption or credit ("© 2022 ...") dates the photo, not the text. */
  private static Integer yearOf(String text) {
    for (String line : text.substring(0, Math.min(text.length(), HEAD_CHARS)).split("\n")) {
      if (line.contains("©") || line.toLowerCase(Locale.ROOT).contains("photo")) {
        continue;
      }
      Matcher m = DATE.matcher(collapse(line));
      if (m.find()) {
        return Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
      }
    }
    return null;
  }

  /**
   * The State under review: from the symbol's country code when it has one; else the first State named right after
   * the title block (UN reports name the State alone on a line after the title); else the State a short document
   * names clearly most often (statements, news).
   */
  private static String stateUnderReview(String head, String text, Matcher symbolMatch, String symbol) {
    if (symbol != null && symbolMatch.group(2) != null) {
      var byCode = States.byIso3(symbolMatch.group(2));
      if (byCode.isPresent()) {
        return byCode.get().name();
      }
    }
    Matcher field = STATE_FIELD.matcher(text).region(0, Math.min(text.length(), HEAD_CHARS));
    while (field.find()) {
      var named = States.byName(field.group(1));
      if (named.isPresent()) {
        return named.get().name();
      }
    }
    Matcher title = TITLE_END.matcher(head);
    while (title.find()) {
      String after = head.substring(title.end(), Math.min(head.length(), title.end() + 80));
      List<States.Mention> named = States.mentions(after);
      if (!named.isEmpty() && (named.get(0).start() < 12 && !PLACE_BETWEEN.matcher(after).region(0,
          named.get(0).start()).find() || STYLED.matcher(after).region(0, named.get(0).start()).matches())) {
        return named.get(0).state().name();
      }
    }
    // The title block names the State on a line of its own ("Netherlands", "SLOVENIA*"), or a headline opens with
    // it ("Uzbekistan: Free the Bloggers").
    String rawHead = text.substring(0, Math.min(text.length(), HEAD_CHARS));
    int lines = 0;
    boolean prose = false;
    for (String line : rawHead.split("\n")) {
      String name = line.replaceAll("[*\\s\\u00A0]+$", "").strip();
      Matcher styled = STYLED.matcher(name);
      var alone = prose ? Optional.<States.State>empty() : States.byName(name).or(() -> styled.lookingAt()
          ? States.byName(name.substring(styled.end())) : Optional.empty());   // "Republic of Malawi"
      if (alone.isPresent()) {
        return alone.get().name();
      }
      // Below the first sentence, or a table's column name ("Recommending State"), the title block has ended: a State
      // alone on a line is a table's cell, a maker.
      prose |= SENTENCE_LINE.matcher(line).find() || RecommendationTable.isKnownColumn(CsvTable.normalised(name));
      Matcher headline = HEADLINE_STATE.matcher(line);
      if (lines < HEADLINE_LINES && headline.lookingAt() && States.byName(headline.group(1)).isPresent()) {
        return States.byName(headline.group(1)).get().name();
      }
      Matcher tail = TITLE_STATE.matcher(line);
      if (lines < HEADLINE_LINES && tail.find() && States.byName(tail.group(1)).isPresent()) {
        return States.byName(tail.group(1)).get().name();
      }
      Matcher possessive = POSSESSIVE_REVIEW.matcher(line);
      if (lines++ < HEADLINE_LINES && possessive.find()) {
        for (States.Mention mention : States.mentions(line)) {
          if (mention.end() == possessive.start()) {
            return mention.state().name();
          }
        }
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    for (States.Mention mention : States.mentions(text.substring(0, Math.min(text.length(), 5 * HEAD_CHARS)))) {
      counts.merge(mention.state().name(), 1, Integer::sum);
    }
    String best = null;
    int first = 0;
    int second = 0;
    for (var e : counts.entrySet()) {
      if (e.getValue() > first) {
        second = first;
        first = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    return first >= 3 && first >= 2 * second ? best : null;
  }

  /**
   * A form's field naming the State: "State party: Kazakhstan" over a treaty body's Views, "Country under review:
   * Peru" in a briefing's header.
   */
  private static final Pattern STATE_FIELD = Pattern.compile("(?im)^[ \\t]*(?:state[ \\t]+party"
      + "|state[ \\t]+under[ \\t]+review|country(?:[ \\t]+under[ \\t]+review)?|reviewed[ \\t]+state)[ \\t]*:[ \\t]*"
      + "([^\\n]{2,60}?)[ \\t]*$");

  /**
   * Between a title's end and a State, what shows that the State is not the title's: a place ("... Periodic Review
   * in Geneva, Germany, Canada and Sweden urged").
   */
  private static final Pattern PLACE_BETWEEN = Pattern.compile("\\b\\p{Lu}\\p{Ll}");

  /** A line of prose: eight words or more ending with a full stop. */
  private static final Pattern SENTENCE_LINE = Pattern.compile("^\\s*(?:\\S+\\s+){7,}\\S*[\\p{Ll})]\\.\\s*$");

  /**
   * "Advocacy brief: Indonesia's fourth Universal Periodic Review", "Kenya’s UPR", "Ghana's third review": a title's
   * State by its possessive.
   */
  private static final Pattern POSSESSIVE_REVIEW = Pattern.compile(
      "['’]s?\\s+(?:\\p{L}+\\s+){0,2}?(?i:universal\\s+periodic\\s+review|upr|review)\\b");

  /** Where the State's name follows: the end of a UPR title line, after footnote asterisks. */
  private static final Pattern TITLE_END = Pattern.compile(
      "(?:universal ?periodic ?review|\\bupr of|resolutions? (?:5/1|16/21)(?: and 16/21)?|compilation on"
          + "|submissions on|(?:national|mid-? ?term) report (?:of|by|submitted by)|\\b(?:visit|mission) to"
          // "the second periodic report of", "the combined tenth and eleventh reports of", "the initial report of"
          + "|\\b(?:periodic|initial|combined)\\b[^\\n.]{0,50}?\\breports? of|\\breview of|briefing notes on"
          // "Concluding observations on the report of Kazakhstan"
          + "|\\bobservations on the report of"
          // "National Human Rights Action Plan of the Republic of Moldova", "National Action Plan for Kenya"
          + "|\\baction plan (?:of|for)|\\b(?:commission of inquiry|fact-finding mission) on"
          // a report on a country: "Situation of human rights in Eritrea", "The human rights situation in Burundi"
          + "|\\b(?:situation of human rights|human rights situation) in"
          // "UPR tracker: Ghana", "UPR follow-up – Ghana", "Recommendations received by Ghana", "Recommendations to
          // Ghana, 4th cycle" (a database's page)
          + "|\\bupr\\b[^\\n:–—]{0,25}?[:–—]|recommendations (?:received by|made to|addressed to|to|for)"
          // an ILO comment: "Forced Labour Convention, 1930 (No. 29) - Uzbekistan (Ratification: 1992)"
          + "|\\bconvention, \\d{4} \\(no\\. ?\\d{1,3}\\) [-–—])"
          // the State follows the title, not a sentence the title ends: "... Periodic Review. The United Kingdom"
          + "[^\\p{L}\\d.]{0,4}(?=\\p{L})", Pattern.CASE_INSENSITIVE);
  /**
   * What may stand between a title and the State's name: "Mid-term report of the Republic of Zambia", "Federal
   * Republic of Nigeria", "Plurinational State of Bolivia".
   */
  private static final Pattern STYLED = Pattern.compile("(?i)\\W{0,2}(?:the )?(?:(?:federal|democratic|islamic"
      + "|people's|socialist|plurinational|bolivarian|co-?operative|united|independent|sovereign) )*"
      + "(?:republic|kingdom|state|government|commonwealth|principality|sultanate) of\\s+");

  /** Lower case char by char, so that every offset stays that of the same character in {@code s}. */
  static String lowerCase(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }

  static String collapse(String s) {
    return s.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ");
  }

  /** English ordinal words and numerals up to the sixtieth, as UN session titles write them. */
  static final class Ordinals {
    private static final Map<String, Integer> WORDS = new HashMap<>();

    static {
      String[] units = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"};
      String[] teens = {"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth"};
      String[] tens = {"twent", "thirt", "fort", "fift", "sixt"};
      for (int i = 0; i < units.length; i++) {
        WORDS.put(units[i], i + 1);
      }
      for (int i = 0; i < teens.length; i++) {
        WORDS.put(teens[i], i + 10);
      }
      for (int t = 0; t < tens.length; t++) {
        int base = 20 + 10 * t;
        WORDS.put(tens[t] + "ieth", base);
        for (int i = 0; i < units.length; i++) {
          WORDS.put(tens[t] + "y-" + units[i], base + i + 1);
          WORDS.put(tens[t] + "y " + units[i], base + i + 1);
        }
      }
    }

    static Integer parse(String word) {
      String w = word.toLowerCase(Locale.ROOT).strip();
      Matcher numeral = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?").matcher(w);
      if (numeral.matches()) {
        return Integer.valueOf(numeral.group(1));
      }
      return WORDS.get(w);
    }
  }
}
