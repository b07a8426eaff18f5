package org.uprlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.uprlens.ingest.Document;
import org.uprlens.ingest.DocumentReader;
import org.uprlens.ingest.Fixtures;
import org.uprlens.nlp.Sentence;
import org.uprlens.nlp.SentenceSplitter;
import org.uprlens.nlp.Tagger;

/** Sentences written for these tests, in the styles of compilations, summaries and NGO statements. */
class RecommendationExtractorTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final Tagger TAGGER = new Tagger();

  static List<Recommendation> extract(String text) {
    List<Sentence> sentences = SPLITTER.split(text);
    return new RecommendationExtractor().extract("doc", text, sentences,
        TAGGER.tag(RecommendationExtractor.candidates(sentences)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      The Committee on the Rights of the Child recommended that Ruritania raise the age of criminal responsibility. | Committee on the Rights of the Child | recommend
      UNHCR urged the Government to end the detention of asylum-seeking children. | UNHCR | urge
      The Special Rapporteur on the right to food encouraged Ruritania to adopt a framework law. | Special Rapporteur on the right to food | encourage
      The United Nations country team, UNICEF and the Committee against Torture called on the State to close juvenile prisons. | United Nations country team, UNICEF and the Committee against Torture | call
      JS4 recommended repealing the law on foreign agents. | JS4 | recommend
      Amnesty International calls upon the authorities to release all prisoners of conscience. | Amnesty International | call
      Several mandate holders requested the Government to provide information on the case. | Several mandate holders | request
      In 2024, the Working Group on Arbitrary Detention invited Ruritania to review its legislation. | Working Group on Arbitrary Detention | invite
      The Committee considered that Ruritania should guarantee the independence of judges. | Committee | consider
      It is recommended that Ruritania ensure free legal aid. | - | recommend
      """)
  void findsTheRecommendationActorAndVerb(String sentence, String actor, String verb) {
    List<Recommendation> found = extract(sentence);
    assertEquals(1, found.size(), "one recommendation in: " + sentence);
    assertEquals(actor, found.get(0).actor());
    assertEquals(verb, found.get(0).verb());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Committee expressed concern about the length of pretrial detention.
      UNESCO welcomed the adoption of the new education law.
      The Committee was encouraged by the adoption of the action plan.
      The country team referred to the recommendations of the Special Rapporteur.
      The calls on the Government went unanswered.
      The Government stated that the reform had been completed.
      The ministry will encourage municipalities to open more shelters.
      Broadcasts may not encourage minors to gamble.
      The fund was set up to encourage small farmers to diversify their crops.
      """)
  void concernsWelcomesAndFactsAreNotRecommendations(String sentence) {
    assertEquals(List.of(), extract(sentence));
  }

  /** The rows of a table file as the job reads it: decoded, split, and found. */
  private static List<Recommendation> tableRows(String name, String csv) {
    var document = assertInstanceOf(org.uprlens.ingest.Document.class,
        new org.uprlens.ingest.DocumentReader(org.uprlens.ingest.DocumentReader.Options.defaults())
            .decode(name, csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return new RecommendationExtractor().find(document, SPLITTER.split(csv), TAGGER).recommendations();
  }

  @Test
  void pronounsAndTheSameCommitteeResolveToTheBodyNamedBefore() {
    String text = """
        4. The Committee on the Elimination of Racial Discrimination expressed concern about hate speech. \
        It recommended that Ruritania prosecute incitement to violence.

        5. The same Committee noted the lack of data. It also urged Ruritania to collect disaggregated data.

        6. The Committee against Torture and UNHCR expressed concern about returns to unsafe countries. \
        They recommended respecting the principle of non-refoulement. The Committee also recommended training \
        border guards.
        """;
    List<Recommendation> found = extract(text);
    assertEquals(4, found.size());
    assertEquals("Committee on the Elimination of Racial Discrimination", found.get(0).actor());
    assertEquals("Committee on the Elimination of Racial Discrimination", found.get(1).actor());
    assertEquals("Committee against Torture and UNHCR", found.get(2).actor());
    assertEquals("Committee against Torture", found.get(3).actor());
  }

  @Test
  void anAskPassedOnThroughStatesOrACommitteeIsTheStatesToAct() {
    String text = """
        Human Rights Watch urges the Committee to recommend that Pakistan repeal the blasphemy laws.

        In a letter to Geneva missions, the groups asked states to recommend that Zambia release detained critics.

        The coalition also urged member states to call on Zambia to abolish the death penalty.

        Amnesty International urged Zambia to encourage donors to fund shelters for survivors.

        The Special Rapporteur urged the Government of Zambia to ask the United Nations to provide technical help.
        """;
    List<Recommendation> found = extract(text);
    assertEquals(List.of("Pakistan", "Zambia", "Zambia", "Zambia", "Zambia"),
        found.stream().map(Recommendation::target).toList());
    assertEquals(List.of("repeal", "release", "abolish", "encourage", "ask"),
        found.stream().map(Recommendation::action).toList(),
        "the State's own act where others are to pass the ask on; not where the State is asked to ask others");
    assertEquals("Repeal the blasphemy laws.", found.get(0).request());
    assertEquals("Abolish the death penalty.", found.get(2).request());
    assertEquals("Encourage donors to fund shelters for survivors.", found.get(3).request());
  }

  @Test
  void twoAdverbsJoinedBeforeTheActArePartOfTheRequest() {
    List<Recommendation> found = extract("The Committee called on Ruritania to immediately and unconditionally release"
        + " all political prisoners. It also urged Ruritania to release them and promptly compensate them.");
    assertEquals("Immediately and unconditionally release all political prisoners.", found.get(0).request());
    assertEquals("Release them and promptly compensate them.", found.get(1).request(), "an adverb after 'and' is"
        + " inside the request, not before it");
  }

  @Test
  void lettersWritersWriteToUrge() {
    List<Recommendation> found = extract("We, the undersigned civil society organisations, write to urge your"
        + " delegation to recommend that Zambia repeal the cyber law.");
    assertEquals(1, found.size());
    assertEquals("We", found.get(0).actor(), "the writers, whom this text names nowhere; not 'We, ..., write to'");
    assertEquals("Zambia", found.get(0).target());
    assertEquals("Repeal the cyber law.", found.get(0).request());
  }

  @Test
  void aCoordinatedVerbTakesTheSubjectOfTheClause() {
    List<Recommendation> found = extract("The Subcommittee on Prevention of Torture visited three prisons in 2023 "
        + "and recommended that Ruritania improve medical care for detainees.");
    assertEquals(1, found.size());
    assertEquals("Subcommittee on Prevention of Torture", found.get(0).actor());
  }

  @Test
  void offsetsPointIntoTheTextAndIdsAreStable() {
    String text = "Intro line.\n\nUNICEF recommended that Ruritania\nend child marriage.";
    Recommendation r = extract(text).get(0);
    assertEquals("UNICEF recommended that Ruritania\nend child marriage.", text.substring(r.charStart(), r.charEnd()));
    assertEquals("UNICEF recommended that Ruritania end child marriage.", r.text());
    assertEquals(Recommendation.idFor("doc", r.charStart(), r.charEnd()), r.recId());
    assertEquals(r.recId(), extract(text).get(0).recId());
  }

  @Test
  void anUnresolvablePronounLeavesTheActorEmpty() {
    Recommendation r = extract("It recommended that Ruritania adopt a law on refugees.").get(0);
    assertNull(r.actor());
    assertTrue(r.text().startsWith("It recommended"));
  }

  @Test
  void eachRowOfATableIsARecommendationAsTheTableGivesIt() {
    String csv = "paragraph,text,recommending_states,state_under_review,response\n"
        + "98.1,\"Ratify the Convention, without reservations\",United Kingdom of Great Britain and Northern Ireland|Peru,"
        + "Malawi,Noted\n98.2,Fund legal aid,European Union,Zambia,\n";
    List<Recommendation> found = tableRows("recs.csv", csv);
    assertEquals(2, found.size());
    Recommendation first = found.get(0);
    assertEquals(List.of("98.1", "Ratify the Convention, without reservations", "ratify", "Malawi", "Noted"),
        java.util.Arrays.asList(first.paragraph(), first.text(), first.action(), first.target(),
            first.supportStated()));
    assertEquals("state", first.actorType());
    assertEquals(List.of("United Kingdom of Great Britain and Northern Ireland", "Peru"), first.recommendingStates());
    assertEquals("Ratify the Convention, without reservations", csv.substring(first.charStart(), first.charEnd()));
    assertEquals(java.util.Arrays.asList("European Union", "other", "Zambia", null), java.util.Arrays.asList(
        found.get(1).actor(), found.get(1).actorType(), found.get(1).target(), found.get(1).supportStated()));
  }

  @Test
  void aTableCellThatReportsItsAskAsksWhatItsSentenceAsks() {
    // As an index of every mechanism's recommendations quotes them, with the row's own body and country.
    String csv = "Symbol,Mechanism,Country,Annotation\n"
        + "CRC/C/PER/CO/6,CRC,Peru,\"The Committee recommends that the State party fund child protection services"
        + " in every region.\"\n"
        + "CAT/C/PER/CO/8,CAT,Peru,The State party should ensure that detainees see a lawyer within a day.\n"
        + "A/HRC/52/12,UPR,Peru,Ratify the Escazu Agreement (Chile);\n"
        + "CCPR/C/PER/CO/6,CCPR,Peru,The Committee is concerned at the length of pretrial detention.\n";
    List<Recommendation> found = tableRows("index.csv", csv);
    assertEquals(List.of("Fund child protection services in every region.",
        "Ensure that detainees see a lawyer within a day.", "Ratify the Escazu Agreement",
        "The Committee is concerned at the length of pretrial detention."),
        found.stream().map(Recommendation::request).toList(), "a cell that asks nothing is left whole");
    assertEquals(List.of("Committee on the Rights of the Child", "Committee against Torture", "Chile",
        "Human Rights Committee"), found.stream().map(Recommendation::actor).toList(), "the row's makers stay");
    assertEquals("The State party should ensure that detainees see a lawyer within a day.", found.get(1).text(),
        "the text is the cell's");
  }

  @Test
  void aCellIsCutOnlyAfterAShortReportingFrameAndAPassiveAfterThatKeepsItsSubject() {
    assertTrue(RecommendationExtractor.reportsFirst("Recommended to Poland to adopt an anti-discrimination law",
        "Adopt an anti-discrimination law"));
    assertTrue(RecommendationExtractor.reportsFirst("The Committee recommends that the State party fund shelters.",
        "Fund shelters."));
    assertTrue(RecommendationExtractor.reportsFirst("Recommended to Benin to take steps to promote institutions and to"
        + " seek international support", "Take steps to promote institutions and seek international support"),
        "the request without the 'to' the cell repeats");
    // An ask of its own whose clauses hold a cue: not a frame
    assertFalse(RecommendationExtractor.reportsFirst("As a first step, allow the visit requested by the Special"
        + " Rapporteur to take place soon", "Take place soon"));
    assertFalse(RecommendationExtractor.reportsFirst("In cooperation with indigenous representatives implement"
        + " measures so that a national plan can be adopted and carried out with them to end violence against"
        + " women", "End violence against women"));
    String csv = "Recommendation,Recommending State,State under review\n"
        + "Recommended to Poland that laws on press offences be liberalized,Canada,Poland\n";
    List<Recommendation> found = tableRows("recs.csv", csv);
    assertEquals("Laws on press offences be liberalized", found.get(0).request());
  }

  @Test
  void aPrintedTablesRowsAreRecommendationsInPlaceOfWhatProseRulesReadInTheirCells() {
    String text = """
        UPR follow-up: Ruritania

        Civil society has tracked the responses. Ruritania should release the bloggers.

        Recommendation

        Recommending State

        Response

        Ruritania should repeal the vagrancy law

        Norway

        Noted

        Raise the age of criminal responsibility

        Peru; Chile

        Supported
        """;
    List<Recommendation> found = Extracting.extract(text, org.uprlens.ingest.DocKind.STATEMENT);
    assertEquals(List.of("Ruritania should release the bloggers.", "Ruritania should repeal the vagrancy law",
        "Raise the age of criminal responsibility"), found.stream().map(Recommendation::text).toList());
    assertEquals(java.util.Arrays.asList(null, "Norway", "Peru, Chile"),
        found.stream().map(Recommendation::actor).toList(), "a cell's call is its row's, not the author's");
    assertEquals(java.util.Arrays.asList(null, "Noted", "Supported"),
        found.stream().map(Recommendation::supportStated).toList());
    assertEquals(List.of("Ruritania", "Ruritania", "Ruritania"), found.stream().map(Recommendation::target).toList());
  }

  @Test
  void anImplementationPlansTableOfNumberedRecommendationsIsReadWithoutAColumnOfMakers() {
    // An implementation plan: a column of recommendations by their report's number, the others its own.
    String text = """
        National plan for the implementation of the recommendations of the Universal Periodic Review

        Recommendation

        Lead institution

        Timeline

        112.4 Repeal the vagrancy law (Norway) (Chile)

        Ministry of Justice

        2026

        112.9 Publish the prison census every year

        Prison Service

        2027

        The Ministry of Justice will report on the plan each year.
        """;
    List<Recommendation> found = Extracting.extract(text, org.uprlens.ingest.DocKind.OTHER);
    assertEquals(List.of("Repeal the vagrancy law", "Publish the prison census every year"),
        found.stream().map(Recommendation::text).toList());
    assertEquals(List.of("112.4", "112.9"), found.stream().map(Recommendation::paragraph).toList());
    assertEquals(java.util.Arrays.asList("Norway, Chile", null), found.stream().map(Recommendation::actor).toList(),
        "the States after the text are its makers");

    String unnumbered = text.replace("112.4 ", "").replace("112.9 ", "");
    assertEquals(List.of("Publish the prison census every year"), Extracting.extract(unnumbered,
        org.uprlens.ingest.DocKind.OTHER).stream().map(Recommendation::text).filter(t -> t.startsWith("Publish"))
        .toList(), "beside a plan's columns (lead institution, timeline), a column of recommendations is one");
    String notes = unnumbered.replace("Lead institution", "Notes").replace("Timeline", "Comments");
    assertEquals(List.of(), Extracting.extract(notes, org.uprlens.ingest.DocKind.OTHER).stream()
        .map(Recommendation::text).filter(t -> t.startsWith("Publish")).toList(),
        "among columns of other things, its texts unnumbered, it is no table of them");
  }

  @Test
  void anOrganisationsTableOfItsOwnAsksIsItsAuthors() {
    String text = """
        Ruritania: prison reform agenda

        Ruritania Prison Watch presents its recommendations ahead of the fourth review.

        #

        Recommendation

        Addressed to

        Timeline

        1

        Adopt the Prisons Bill and bring it into force

        Parliament

        2027

        2

        Fund the Inspectorate of Prisons

        Ministry of Finance

        2027 budget
        """;
    List<Recommendation> found = Extracting.extract(new org.uprlens.ingest.Document("doc", "doc.html", text.length(),
        "UTF-8", text, new org.uprlens.ingest.DocumentInfo(org.uprlens.ingest.DocKind.OTHER, null, null, "Ruritania",
        null, null, null, "en", "Ruritania Prison Watch"), null, null));
    assertEquals(List.of("Adopt the Prisons Bill and bring it into force", "Fund the Inspectorate of Prisons"),
        found.stream().map(Recommendation::text).toList(), "a column of numbers headed '#'");
    assertEquals(List.of("Ruritania Prison Watch"), found.stream().map(Recommendation::actor).distinct().toList());
  }

  @Test
  void aTablesCaptionStatesTheResponseOfRowsWithoutOne() {
    String text = """
        Ruritania: interim report on the fourth review

        Progress on accepted recommendations

        Recommendation

        Recommending State

        Progress

        Adopt a law on access to information

        Norway

        A bill was tabled.

        Close the detention centre on the island

        Chile

        Closed in 2025.

        The recommendations Ruritania did not accept are listed below with our comments.

        Recommendation

        Recommending State

        Response

        Abolish the death penalty for all crimes

        France

        Under study

        Ratify the Rome Statute

        Ghana

        Supported

        The table below covers the recommendations Ruritania accepted and noted alike.

        Recommendation

        Recommending State

        Comment

        Train judges on the rights of the child

        Italy

        Done.

        Set up a national preventive mechanism

        Denmark

        Pending.
        """;
    List<Recommendation> found = Extracting.extract(text, org.uprlens.ingest.DocKind.MIDTERM_REPORT);
    assertEquals(List.of("Adopt a law on access to information", "Close the detention centre on the island",
        "Abolish the death penalty for all crimes", "Ratify the Rome Statute", "Train judges on the rights of the child",
        "Set up a national preventive mechanism"), found.stream().map(Recommendation::text).toList());
    assertEquals(java.util.Arrays.asList("Supported", "Supported", "Noted", "Supported", null, null),
        found.stream().map(Recommendation::supportStated).toList(),
        "a row's own response cell first; a caption naming both responses states none");
    assertEquals("Progress on accepted recommendations", found.get(0).supportEvidence());
    assertEquals("The recommendations Ruritania did not accept are listed below with our comments.",
        found.get(2).supportEvidence());
  }

  @Test
  void aNationalReportsAnnexWithASerialNumberAndTheMakersAsSource() {
    String text = """
        Annex: implementation of supported recommendations

        S/N

        Recommendation No.

        Recommendations

        Source

        Implementing agency

        1

        148.12

        Expedite the domestication of the Convention on the Rights of the Child in all states

        Ghana

        Ministry of Women Affairs

        2

        148.40

        Strengthen the national human rights commission with adequate funding

        Togo

        National Human Rights Commission
        """;
    List<Recommendation> found = Extracting.extract(text, org.uprlens.ingest.DocKind.NATIONAL_REPORT);
    assertEquals(List.of("148.12", "148.40"), found.stream().map(Recommendation::paragraph).toList(),
        "\"Recommendation No.\" is a column's name, and a header may start at a name this reader does not read");
    assertEquals(List.of("Ghana", "Togo"), found.stream().map(Recommendation::actor).toList());
    assertEquals(List.of("Supported", "Supported"), found.stream().map(Recommendation::supportStated).toList());
  }

  @Test
  void aPdfsTablesSortedByResponse() throws java.io.IOException {
    Document document = (Document) new DocumentReader(DocumentReader.Options.defaults())
        .decode("sorted.pdf", Fixtures.sortedPdf());
    List<Recommendation> found = Extracting.extract(document);
    assertEquals(List.of("Sweden", "Netherlands", "France", "Australia"),
        found.stream().map(Recommendation::actor).toList());
    assertEquals(List.of("Supported", "Supported", "Noted", "Noted"),
        found.stream().map(Recommendation::supportStated).toList());
    assertEquals("Repeal the provisions of the Penal Code that criminalise defamation of the President",
        found.get(0).text());
  }

  @Test
  void aPdfTableUnderASentenceThatSaysWhichRecommendationsItHolds() throws java.io.IOException {
    Document document = (Document) new DocumentReader(DocumentReader.Options.defaults())
        .decode("captions.pdf", Fixtures.captionsPdf());
    List<Recommendation> found = Extracting.extract(document);
    assertEquals(List.of("Estonia", "Ghana", "Canada", "Spain"), found.stream().map(Recommendation::actor).toList());
    assertEquals(java.util.Arrays.asList("Noted", "Noted", null, null),
        found.stream().map(Recommendation::supportStated).toList(), "\"did not accept\"; then both");
    assertEquals("The table lists the recommendations Nepal did not accept and what has happened since.",
        found.get(0).supportEvidence(), "the sentence the PDF wraps, whole");
  }

  @Test
  void aScorecardsTextsThatCloseWithTheirMakersUnderATwoRowHeader() {
    // "Assessment" spans "Status" and "Evidence"; the cells under the rows a header cell spans are repeated.
    String text = """
        Implementation scorecard: Ruritania

        How far the recommendations Ruritania supported are carried out.

        Ref.

        Text

        Assessment

        Ref.

        Text

        Status

        Evidence

        1

        Protect journalists who report on the mining industry (Sweden);

        Partially implemented

        A decree of 2025

        2

        Release the students detained after the protests (Ghana, Uruguay);

        Not implemented

        None released
        """;
    List<Recommendation> found = Extracting.extract(text, org.uprlens.ingest.DocKind.OTHER);
    assertEquals(List.of("Protect journalists who report on the mining industry",
        "Release the students detained after the protests"), found.stream().map(Recommendation::text).toList());
    assertEquals(List.of("1", "2"), found.stream().map(Recommendation::paragraph).toList());
    assertEquals(List.of("Sweden", "Ghana, Uruguay"), found.stream().map(Recommendation::actor).toList());
    String noNumbers = text.replace("Ref.\n\n", "").replace("\n1\n\n", "\n").replace("\n2\n\n", "\n");
    assertEquals(2, Extracting.extract(noNumbers, org.uprlens.ingest.DocKind.OTHER).size(),
        "a column of texts named Text among columns of other things, each text closed by its makers");
  }

  @Test
  void anAdjectiveBecomesItsAdverbWhenANounOfActionBecomesAVerb() {
    assertEquals(List.of("immediately", "fully", "possibly", "speedily", "systematically", "early"),
        List.of("immediate", "full", "possible", "speedy", "systematic", "early").stream()
            .map(RecommendationExtractor::adverb).toList());
  }
}
