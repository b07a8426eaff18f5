package org.uprlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uprlens.ingest.DocKind;
import org.uprlens.ingest.Document;
import org.uprlens.ingest.DocumentInfo;
import org.uprlens.ingest.Outline;
import org.uprlens.nlp.SentenceSplitter;
import org.uprlens.nlp.Tagger;

/** Actor type, target, action and stated responses, on sentences written for these tests. */
class AttributionTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final Tagger TAGGER = new Tagger();

  static List<Recommendation> extract(String text, Outline outline) {
    return extract(text, "Ruritania", outline);
  }

  /** As {@link #extract(String, Outline)}, in a document whose State under review is {@code reviewed} (or none). */
  static List<Recommendation> extract(String text, String reviewed, Outline outline) {
    Document document = new Document("doc", "doc.txt", text.length(), "UTF-8", text,
        new DocumentInfo(DocKind.OTHER, null, null, reviewed, null, null, null, "en"), outline, null);
    var sentences = org.uprlens.RecommendationPipeline.withStructure(text, SPLITTER.split(text), document.outline());
    return new RecommendationExtractor().find(document, sentences, TAGGER).recommendations();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Committee on the Rights of the Child | treaty_body
      Special Rapporteur on the right to food | special_procedure
      United Nations country team | un_agency
      UNHCR and the Committee against Torture | un_agency
      JS3 | ngo
      HRW | ngo
      Human Rights Watch | ngo
      Ombudsman of Ruritania | nhri
      European Union | other
      Several delegations | state
      UN High Commissioner for Human Rights Volker Türk | un_agency
      UN human rights experts | special_procedure
      CoE-ECRI | other
      Council of Europe Commissioner for Human Rights | other
      Human Rights Commissioner of Ruritania | nhri
      Commission nationale des droits de l'homme (CNDH) | nhri
      Defensoría del Pueblo | nhri
      Comisión Nacional de los Derechos Humanos | nhri
      Médiateur de la République | nhri
      European Committee for the Prevention of Torture | other
      Chile, Costa Rica | state
      Several States, including Chile and Peru | state
      JS2 and JS5 | ngo
      Asia Labour Monitor | ngo
      Rights Advocates Network | ngo
      UN Human Rights Office | un_agency
      Western countries | state
      Arab States | state
      United Nations | un_agency
      Lima | state
      A group of experts, among them the Special Rapporteur on torture | special_procedure
      Germany | state
      Committee to Protect Journalists | ngo
      Save the Children | ngo
      Reporters Without Borders | ngo
      World Bank | other
      International Monetary Fund | other
      IACHR | other
      GREVIO | other
      ASEAN Intergovernmental Commission on Human Rights | other
      ILO Committee of Experts | un_agency
      Commonwealth Human Rights Initiative | ngo
      the Blue Lantern | unknown
      - | -
      """)
  void actorTypes(String actor, String type) {
    assertEquals(type, ActorTypes.of(actor));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Committee recommended that Ruritania ratify the Convention. | Ruritania | ratify | recommend
      UNICEF urged the Government to adopt a child protection law. | Ruritania | adopt | urge
      Civil society groups said the authorities must stop using extremism charges. | Ruritania | stop | say
      The Special Rapporteur recommended repealing the law on public order. | Ruritania | repeal | recommend
      JS2 recommended that investigations be launched without delay. | Ruritania | launch | recommend
      The country team highlighted the need to strengthen the ombudsman's office. | Ruritania | strengthen | highlight
      Amnesty International calls on member States to press for the release of detainees. | member States | press | call
      The Special Rapporteur encourages the international community to fund the plan. | the international community | fund | encourage
      UNHCR urged donors to support the return programme. | donors | support | urge
      The Committee recommends that the State party, in order to protect children better, ratify the Optional Protocol. | Ruritania | ratify | recommend
      UNICEF urged the Ruritanian authorities to adopt a child protection law. | Ruritania | adopt | urge
      UNICEF urged the federal and local authorities to adopt a child protection law. | Ruritania | adopt | urge
      Ruritania was urged by the Committee against Torture to criminalize torture. | Ruritania | criminalize | urge
      The Committee recommended that Ruritania close unofficial places of detention. | Ruritania | close | recommend
      She recommended that the Public Prosecution Service set up a unit on attacks against defenders. | Ruritania | set | recommend
      UNHCR urged the Ministry of the Interior to register stateless persons. | Ruritania | register | urge
      UNHCR urged the Ministry of Foreign Affairs of Norway to fund the programme. | the Ministry of Foreign Affairs of Norway | fund | urge
      """)
  void targetActionAndVerb(String sentence, String target, String action, String verb) {
    Recommendation r = extract(sentence, null).get(0);
    assertEquals(target, r.target());
    assertEquals(action, r.action());
    assertEquals(verb, r.verb());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      We regret that Ruritania did not support the recommendation that the death penalty be abolished. | Noted
      Nor did Ruritania accept recommendations to decriminalize defamation. | Noted
      One speaker regretted that Ruritania had not supported recommendations to decriminalize defamation. | Noted
      Ruritania accepted 120 of the 190 recommendations it received but rejected those calling for a moratorium. | Noted
      The government also did not accept the ones that asked it to let aid convoys in. | Noted
      Recommendations to ratify the Rome Statute were not supported by the government. | Noted
      At its first review, Ruritania accepted recommendations concerning freedom of assembly. | Supported
      The government has yet to implement recommendations it accepted in 2019 to let independent unions register. | Supported
      """)
  void statementsReportTheStatedResponse(String sentence, String support) {
    List<Recommendation> found = extract(sentence, null);
    assertEquals(1, found.size());
    assertEquals(support, found.get(0).supportStated());
    assertEquals(sentence, found.get(0).supportEvidence());
  }

  @Test
  void aPassiveCallWithNoAgentAsksThoseItIsSaidOf() {
    assertEquals("Civil society organisations", extract("Civil society organisations are encouraged to submit"
        + " mid-term reports.", null).get(0).target());
    assertEquals("Ruritania", extract("The State party is encouraged to ratify the Convention.", null).get(0).target());
    assertEquals("Ruritania", extract("Ruritania is also urged to ratify the Convention.", null).get(0).target());
  }

  @Test
  void anOpEdsIIsItsWriter() {
    String text = "Opinion: Ruritania cannot ignore the UN\n\nBy John Otieno\n\nThe writer is a lawyer.\n\nI urge the"
        + " Government of Ruritania to set up an independent inquiry into every killing by police officers.";
    List<Recommendation> found = extract(text, Outline.EMPTY);
    assertEquals(List.of("John Otieno"), found.stream().map(Recommendation::actor).toList());
  }

  @Test
  void aCallOfItsOwnOnSomeoneElseEndsTheRequest() {
    assertEquals("Set up an independent inquiry into every killing by police officers", extract("I urge the Government"
        + " of Ruritania to set up an independent inquiry into every killing by police officers, and Parliament must"
        + " pass the Coroners Bill without delay.", Outline.EMPTY).get(0).request(), "a call of its own on Parliament");
    assertEquals("Ratify the Convention, and report on it.", extract("The Committee urged Ruritania to ratify the"
        + " Convention, and report on it.", Outline.EMPTY).get(0).request(), "no subject of its own");
    assertEquals("Commute all death sentences", extract("We have urged the Government of Ruritania to commute all death"
        + " sentences, and we will continue to do so.", Outline.EMPTY).get(0).request(),
        "what the maker will do is no part of the ask; 'commute', tagged a noun before 'all', is the act");
    assertEquals("Drop a bill that would criminalise LGBT advocacy", extract("Dozens of countries pressed Ruritania to"
        + " drop a bill that would criminalise LGBT advocacy, during the country's fourth Universal Periodic Review at"
        + " the UN Human Rights Council.", Outline.EMPTY).get(0).request(), "when it was asked is no part of it");
  }

  @Test
  void anUnquotedWeInADocumentOfNoNamedAuthorIsItsAuthorNotTheMakerBefore() {
    List<Recommendation> found = extract("Sweden urged Ruritania to repeal the Public Order Act. We call on Ruritania"
        + " to amend the Cyber Crimes Act before the next session.", null);
    assertEquals(List.of("Sweden", "We"), found.stream().map(Recommendation::actor).toList());
  }

  @Test
  void aResponseInADocumentOfNoStateIsTheStateThatGivesIt() {
    String text = "We find that recommendations calling for specific action are noted more often. Botswana noted"
        + " recommendations to abolish the death penalty. Namibia, by contrast, supported recommendations to ratify"
        + " the Convention. India welcomed the acceptance of its recommendation to end child labour.";
    List<Recommendation> found = extract(text, null, Outline.EMPTY);
    assertEquals(List.of("Botswana", "Namibia", "-"),
        found.stream().map(r -> r.target() == null ? "-" : r.target()).toList(), "a finding is no one's response");
    assertEquals(List.of("India"), found.get(2).recommendingStates(), "a State speaking of its own is its maker");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Proposals by Chile and Peru to close the camps were not accepted, and recommendations by Chile and Peru to abolish the death penalty were also noted. | Noted | Chile, Peru
      Ruritania accepted 120 of the 190 recommendations it received in 2024, including recommendations to end child labour. | Supported | -
      At its last review, Ruritania accepted a recommendation from Chile to "let teachers form unions," but it arrested two union leaders. | Supported | Chile
      Ruritania rejected a recommendation by Peru and Chile to close the camps. | Noted | Peru, Chile
      Ruritania again noted recommendations calling for an inquiry, including those from Peru and Chile. | Noted | Peru, Chile
      We welcome Ruritania's acceptance of recommendations to reform the anti-terror law. | Supported | -
      The government also accepted Norway's recommendation to ratify the Optional Protocol. | Supported | Norway
      Ruritania rejected calls by Chile and Peru to abolish the death penalty. | Noted | Chile, Peru
      Ruritania rejected calls by several States to abolish the death penalty. | Noted | -
      Ruritania noted calls by a number of delegations to abolish the death penalty. | Noted | -
      The Government rejects the call by the experts to repeal the Cybercrimes Act. | Noted | -
      Sweden's recommendation to abolish the death penalty was supported by Ruritania. | Supported | Sweden
      """)
  void aStatedResponseNamesTheStatesThatMadeTheRecommendations(String sentence, String support, String actor) {
    List<Recommendation> found = extract(sentence, null);
    assertEquals(1, found.size(), found.toString());
    assertEquals(support, found.get(0).supportStated());
    assertEquals("-".equals(actor) ? null : actor, found.get(0).actor());
  }

  @Test
  void aBodyThatNotesRecommendationsCitesThemAndRespondsToNone() {
    assertEquals(List.of(), extract("The Committee takes note of the recommendations to strengthen the Commission made"
        + " during the review. The Special Rapporteur also notes the recommendations on prison conditions.", null));
  }

  @Test
  void aParticipleThatDescribesTheRecommendationsTellsNoResponse() {
    assertEquals(List.of(), extract("The plan assigns each supported recommendation to a lead institution.", null));
    assertEquals(List.of(), extract("A timeline for accepted recommendations on education is annexed.", null));
    assertEquals(List.of(), extract("The recommendation to create a children's ombudsman was supported by civil"
        + " society.", null), "supported by others than the State is no response");
    assertEquals(List.of("Supported"), extract("In 2024 Ruritania supported recommendations to end child labour.",
        null).stream().map(Recommendation::supportStated).toList(), "the response itself still counts");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Ruritania supported recommendations to guarantee judicial independence, but no reform has followed. | Supported | Guarantee judicial independence
      Ruritania accepted the recommendation to release detained activists, yet eleven remain in prison. | Supported | Release detained activists
      Ruritania noted the recommendation to repeal the Law on Associations, however it has since amended it. | Noted | Repeal the Law on Associations
      Ruritania rejected calls from 20 countries to repeal its press law, telling the Council that it protects the public. | Noted | Repeal its press law
      Ruritania notes the recommendations to abolish the death penalty, as the matter is before the Review Commission. | Noted | Abolish the death penalty
      Ruritania supports the recommendations to establish a national mechanism, including those made by Chile and Peru. | Supported | Establish a national mechanism
      Ruritania is unable to support the recommendations to ratify the amendments. | Noted | Ratify the amendments.
      Ruritania cannot accept the recommendation to promulgate a law on violence due to its criminal legislation. | Noted | Promulgate a law on violence
      Ruritania takes note of the recommendations to abolish the death penalty. | Noted | Abolish the death penalty.
      Ruritania partially accepts the recommendation to decriminalise defamation, as the code is under review. | Noted | Decriminalise defamation
      """)
  void whatHappenedSinceIsNoPartOfTheAsk(String sentence, String support, String request) {
    Recommendation r = extract(sentence, null).get(0);
    assertEquals(support, r.supportStated());
    assertEquals(request, r.request());
  }

  @Test
  void aResponseAfterButIsARowOfItsOwnWithWhatItWasTo() {
    List<Recommendation> found = extract("In 2021 Ruritania supported a recommendation by Norway to guarantee free"
        + " expression online, but noted calls by several States to decriminalize defamation.", null);
    assertEquals(List.of("Supported", "Noted"), found.stream().map(Recommendation::supportStated).toList());
    assertEquals(List.of("Guarantee free expression online", "Decriminalize defamation."),
        found.stream().map(Recommendation::request).toList());
  }

  @Test
  void aCallMadeInARelativeClauseIsItsAntecedents() {
    Recommendation carried = extract("The Council adopted a resolution that called on Ruritania to release all"
        + " political prisoners.", null).get(0);
    assertEquals("Council", carried.actor(), "the resolution's maker");
    Recommendation owned = extract("The Committee's report, which urged Ruritania to abolish the death penalty, was"
        + " published on Monday.", null).get(0);
    assertEquals("Committee", owned.actor(), "the report's owner");
    assertEquals("Abolish the death penalty", owned.request(), "the sentence's own verb ends the clause");
    assertEquals(List.of(), extract("He was jailed for leaflets which urged the Government to resign.", null),
        "leaflets make no recommendations");
  }

  @Test
  void aCallOnPeopleAtLargeIsNoRecommendationToTheState() {
    assertEquals(List.of(), extract("The police urged residents not to leave their homes during the trial.", null));
    assertEquals(List.of(), extract("The minister called on citizens to vote in the referendum.", null));
    assertEquals("Ruritania", extract("The Committee urged the authorities to consult residents before evictions.",
        null).get(0).target());
    assertEquals(List.of(), extract("Smith (2019) recommends that researchers distinguish the action from its"
        + " subject.", null), "a study's advice to researchers");
    assertEquals(List.of(), extract("We suggest that future research should examine how civil society shapes these"
        + " choices.", null));
    assertEquals(List.of(), extract("We recommend that users upgrade to Java 17 before installing this release.",
        null));
    assertEquals(List.of(), extract("Users are encouraged to bookmark their searches.", null));
    assertEquals(1, extract("The Committee recommended that citizens be allowed to vote from abroad.", null).size(),
        "the State is asked to let them");
    assertEquals(1, extract("The State party is encouraged to ratify the Convention.", null).size());
  }

  @Test
  void aRelativeClauseBetweenTheMakerAndItsVerbIsSkipped() {
    assertEquals("Special Rapporteur on the right to food", extract("The Special Rapporteur on the right to food, who"
        + " visited Ruritania in 2019, recommended that the Government raise the minimum wage.", null).get(0).actor());
  }

  @Test
  void treatyBodiesNamedTogetherByTheirAcronymsAreWrittenOut() {
    assertEquals("Committee against Torture and the Committee on the Rights of the Child",
        extract("CAT and CRC urged Ruritania to close the camps.", null).get(0).actor());
    assertEquals("Committee against Torture, UNHCR and the Committee on the Rights of the Child",
        Bodies.canonical("CAT, UNHCR and CRC"));
    assertEquals("JS1 and JS2", Bodies.canonical("JS1 and JS2"), "no treaty body among them");
  }

  @Test
  void aPersonNamedByTheirPostCallsForWhatThePostNames() {
    assertEquals("UN High Commissioner for Human Rights", extract("Ann Lee, the UN High Commissioner for Human Rights,"
        + " urged Ruritania to release all political prisoners.", null).get(0).actor());
    assertEquals("Human Rights Watch", extract("Jane Roe, Asia director at Human Rights Watch, called on Ruritania to"
        + " restore the closed NGOs.", null).get(0).actor());
    List<Recommendation> found = extract("The Committee against Torture considered the report of Ruritania. In closing,"
        + " John Doe, Committee Vice-Chair and Country Rapporteur for Ruritania, urged the State to close the camps.",
        null);
    assertEquals(List.of("Committee against Torture"), found.stream().map(Recommendation::actor).toList(),
        "the committee named before, not the State the rapporteur is for");
    assertEquals("Amnesty International", extract("Sara Kim, spokesperson for Amnesty International, urged Ruritania to"
        + " free the students.", null).get(0).actor());
    assertNull(extract("Jack Roe, a lawyer in the capital, urged the authorities to allow family visits.", null)
        .get(0).actor());
  }

  @Test
  void aCommitteesMembersSpeakForTheCommitteeNamedBefore() {
    List<Recommendation> found = extract("The Committee on the Elimination of Discrimination against Women today"
        + " concluded its consideration of the report of Ruritania. Jane Roe, Committee Expert and Country Rapporteur"
        + " for Ruritania, commended the State party for the new law. A Committee Expert said the Committee was"
        + " concerned, and recommended that the State party adopt quotas. In concluding remarks, Ann Lee, Committee"
        + " Chair, urged Ruritania to ratify the Optional Protocol.", null);
    assertEquals(List.of("Committee on the Elimination of Discrimination against Women",
        "Committee on the Elimination of Discrimination against Women"),
        found.stream().map(Recommendation::actor).toList());
  }

  @Test
  void theAgencyIsTheUnAgencyNamedBeforeAndPartiesToAConflictAreNotTheState() {
    List<Recommendation> found = extract("UNICEF called on Ruritania to reopen the schools. The agency also urged"
        + " armed groups to release all children from their ranks.", null);
    assertEquals(List.of("UNICEF", "UNICEF"), found.stream().map(Recommendation::actor).toList());
    assertEquals(List.of("Ruritania", "armed groups"), found.stream().map(Recommendation::target).toList());
  }

  @Test
  void aQuestionInTheDialogueIsNoRecommendation() {
    assertEquals(List.of(), extract("An Expert asked the delegation to explain how many children were detained.",
        null));
    assertEquals(List.of(), extract("The Chair invited the delegation to comment on the new law.", null));
    assertEquals(1, extract("An Expert asked the delegation to release the detained children.", null).size());
  }

  @Test
  void aPeriodBeforeTheMakerIsNoPartOfItsName() {
    assertEquals("UN panel", extract("Last year a UN panel recommended that Ruritania close the camps.", null).get(0)
        .actor());
    assertEquals("A number of stakeholders", extract("A number of stakeholders recommended that Ruritania close the"
        + " camps.", null).get(0).actor(), "'A' before a small word stays");
  }

  @Test
  void clausesThatStateResponsesOfTheirOwnAreRowsOfTheirOwn() {
    List<Recommendation> found = extract("Ruritania supported several recommendations on the right to food, while"
        + " it noted others on the independence of the judiciary.", null);
    assertEquals(List.of("Supported", "Noted"), found.stream().map(Recommendation::supportStated).toList());
    assertEquals("it noted others on the independence of the judiciary.", found.get(1).text());
  }

  @Test
  void aResponseToTheRecommendationsJustReportedIsTheirs() {
    List<Recommendation> found = extract("Several States, including Chile and Peru, recommended that Ruritania "
        + "release all political prisoners. Ruritania merely noted these recommendations. The Bar Association urged "
        + "Ruritania to reform legal aid. Parliament accepted the proposal.", null);
    assertEquals(2, found.size(), found.toString());
    assertEquals("Several States, including Chile and Peru", found.get(0).actor());
    assertEquals("state", found.get(0).actorType());
    assertEquals(List.of("Chile", "Peru"), found.get(0).recommendingStates());
    assertEquals("Noted", found.get(0).supportStated());
    assertEquals("Ruritania merely noted these recommendations.", found.get(0).supportEvidence());
    assertNull(found.get(1).supportStated(), "a proposal accepted by someone else answers nothing");
  }

  @Test
  void bothRecommendationsAnsweredAreTheTwoJustReportedInOneSentenceOrTwo() {
    List<Recommendation> apart = extract("At its review, Iceland recommended that Ruritania free the editors. Iceland"
        + " also recommended that Ruritania repeal the press law. Ruritania noted both recommendations.", null);
    assertEquals(List.of("Noted", "Noted"), apart.stream().map(Recommendation::supportStated).toList());
    List<Recommendation> together = extract("Chile recommended that Ruritania \"fund legal aid\" (para. 98.2), while"
        + " Peru urged it to \"close the camps\" (para. 98.7). Ruritania noted both.", null);
    assertEquals(List.of("Noted", "Noted"), together.stream().map(Recommendation::supportStated).toList());
    List<Recommendation> one = extract("Chile recommended that Ruritania fund legal aid. Peru recommended that"
        + " Ruritania close the camps. Ruritania noted this recommendation.", null);
    assertEquals(java.util.Arrays.asList(null, "Noted"), one.stream().map(Recommendation::supportStated).toList());
    List<Recommendation> twoMakers = extract("In 2011 the Committee urged Ruritania to amend the Penal Code. In 2012"
        + " Sweden and Spain recommend that Ruritania criminalise marital rape. Ruritania supports both"
        + " recommendations.", null);
    assertEquals(java.util.Arrays.asList(null, "Supported"),
        twoMakers.stream().map(Recommendation::supportStated).toList(),
        "'both' after a recommendation of two States is theirs; told in the present, as a timeline tells it");
    assertEquals("Noted", extract("In 2008 Canada recommends that Ruritania criminalise marital rape. Ruritania"
        + " notes the recommendation.", null).get(0).supportStated());
  }

  @Test
  void whatFindingsSuggestAndWhoStatesRecommendingWereAreNoRecommendations() {
    assertEquals(List.of(), extract("Our data suggest that States recommending accountability were mostly members"
        + " of one regional group.", null));
    assertEquals(List.of(), extract("The coding suggests that the Government ignored the advice.", null));
    assertEquals(1, extract("The Special Rapporteur suggests that Ruritania repeal the press law.", null).size());
  }

  @Test
  void inADebateIAndWeAreThePersonWhoseLabelOpensTheTurn() {
    String text = """
        Jane Smith (Bristol North) (Lab): I beg to move that this House has considered human rights in Ruritania.

        I urge the Minister to press the authorities of Ruritania to release the editors.

        Tom Brown (Leeds East) (Con): Will the hon. Member give way?

        Jane Smith: I will.

        The Minister for Africa (Ann Green): We have urged the Government of Ruritania to commute all death sentences.
        """;
    assertEquals(List.of("Jane Smith", "Ann Green, Minister for Africa"),
        extract(text, Outline.EMPTY).stream().map(Recommendation::actor).toList());
    assertEquals(List.of("Amina Yusuf", "Amina Yusuf"), extract("Interviewer: What should happen now?\n\nAmina Yusuf:"
        + " We urge the Government to free the editors. Parliament should also repeal the press law.\n\n"
        + "Interviewer: Thank you.\n\nAmina Yusuf: Thank you.", Outline.EMPTY).stream().map(Recommendation::actor)
        .toList(), "a call by a modal is the speaker's too");
    assertEquals(List.of("We"), extract("Findings: Prisons held twice their capacity.\n\nMethodology: We visited 12"
        + " prisons.\n\nFindings: We recommend that the Government reduce pre-trial detention.", null, Outline.EMPTY)
        .stream().map(Recommendation::actor).toList(), "a report's labels over its paragraphs name no speaker");
    String interview = """
        Question: What should the Government do?

        Answer: The Rights Forum urges it to free the editors.

        Question: Anything else?

        Answer: We call on the Government to repeal the press law.
        """;
    assertEquals(List.of("Rights Forum", "Rights Forum"),
        extract(interview, Outline.EMPTY).stream().map(Recommendation::actor).toList(),
        "'Question' and 'Answer' name parts of an interview, not who speaks");
  }

  @Test
  void inATranscriptWeIsTheStateThatSpeaksByItsHeadingOrLabel() {
    List<Recommendation> headed = extract("Norway\n\nThank you, Mr. President. We recommend that Ruritania free"
        + " the editors.\n\nChile\n\nThank you, Madam President. We recommend that Ruritania fund legal aid.\n",
        null);
    assertEquals(List.of("Norway", "Chile"), headed.stream().map(Recommendation::actor).toList());
    assertEquals(List.of("Ruritania", "Ruritania"), headed.stream().map(Recommendation::target).toList());
    List<Recommendation> labelled = extract("Iceland: Thank you, Mr. President. We recommend that Ruritania repeal"
        + " the press law.\n\nRuritania: Thank you. We accept the recommendation.\n", null);
    assertEquals(List.of("Iceland"), labelled.stream().map(Recommendation::actor).toList(),
        "the State under review speaking accepts, it recommends nothing");
    List<Recommendation> spoken = extract("President: I give the floor to Norway.\n\nNorway: Thank you. We recommend"
        + " that Ruritania free the editors.\n\nPresident: I give the floor to Ghana.\n\nGhana: Ghana commends"
        + " Ruritania. We recommend that Ruritania fund legal aid.\n", null);
    assertEquals(List.of("Norway", "Ghana"), spoken.stream().map(Recommendation::actor).toList(),
        "in a transcript a State's label names the speaker whatever the speech opens with");
    assertEquals(List.of("Ruritania", "Ruritania"), spoken.stream().map(Recommendation::target).toList(),
        "a speaker's label is no place the speech is about");
    List<Recommendation> sections = extract("Nicaragua\n\nWe are alarmed by the closure of 3,000 NGOs. We urge"
        + " the authorities to reverse it.\n", null);
    assertEquals(List.of("We"), sections.stream().map(Recommendation::actor).toList(),
        "a statement's section on a State, not that State speaking");
  }

  @Test
  void advanceQuestionsAreStatesQuestionsAndWhatTheyEncourageUnderEachStatesHeading() {
    String text = """
        UNIVERSAL PERIODIC REVIEW - FOURTH CYCLE

        KENYA

        ADVANCE QUESTIONS - ADDENDUM 1

        BELGIUM

        • What has the Government done to implement the recommendations it supported on the death penalty?

        NORWAY

        • Norway would welcome information on how the Government protects land defenders.

        • Norway encourages Kenya to adopt a national action plan on business and human rights. What progress has
        been made?
        """;
    var info = org.uprlens.ingest.DocumentInfoReader.read(text);
    assertEquals(DocKind.STATEMENT, info.kind(), "questions, not an addendum of responses");
    Document document = new Document("aq", "aq.txt", text.length(), "UTF-8", text, info, null, null);
    List<Recommendation> found = new RecommendationExtractor().find(document, SPLITTER.split(text), TAGGER)
        .recommendations();
    assertEquals(1, found.size(), "a question states no response: " + found);
    assertEquals(List.of("Norway", "Kenya", "Adopt a national action plan on business and human rights."),
        List.of(found.get(0).actor(), found.get(0).target(), found.get(0).request()),
        "the heading named who asks, not a section on Norway");
  }

  @Test
  void concludingObservationsAskTheStatePartyTheyReview() {
    String text = """
        CCPR/C/ZMB/CO/4
        Human Rights Committee
        Concluding observations on the fourth periodic report of Zambia
        12. The Committee is concerned about reports of prolonged pretrial detention.
        13. The State party should:
        (a) Reduce the length of pretrial detention;
        (b) Ensure access to a lawyer from the moment of arrest.
        14. The Committee recommends that the State party abolish the death penalty.
        """;
    Document document = new Document("co", "co.txt", text.length(), "UTF-8", text,
        org.uprlens.ingest.DocumentInfoReader.read(text), null, null);
    var sentences = SPLITTER.split(text);
    List<Recommendation> found = new RecommendationExtractor().find(document, sentences, TAGGER).recommendations();
    assertEquals(3, found.size(), found::toString);
    for (Recommendation r : found) {
      assertEquals("Human Rights Committee", r.actor());
      assertEquals("treaty_body", r.actorType());
      assertEquals("Zambia", r.target(), r.text());
    }
  }

  @Test
  void aDatelineAndADayAreNotPartOfTheMaker() {
    List<Recommendation> found = extract("GENEVA (14 March 2025) – UN human rights experts today urged the Government"
        + " to halt evictions. \"Evictions breed homelessness,\" the experts said. \"We call on the authorities to"
        + " suspend them.\" The experts also recommended that Ruritania adopt a housing policy.", null);
    assertEquals(List.of("UN human rights experts", "UN human rights experts", "UN human rights experts"),
        found.stream().map(Recommendation::actor).toList());
    assertEquals("special_procedure", found.get(0).actorType());
  }

  @Test
  void respondingToTwoRecommendationsInOneSentenceMakesTwoRows() {
    List<Recommendation> found = extract("At its last review, Ruritania supported a recommendation from Chile to free"
        + " the editors and noted a recommendation from Peru to abolish the death penalty.", null);
    assertEquals(List.of("Supported", "Noted"), found.stream().map(Recommendation::supportStated).toList());
    assertEquals(List.of("Chile", "Peru"), found.stream().map(Recommendation::actor).toList());
  }

  @Test
  void aWireStoryTellsResponsesFirstOrAfterAndQuotesAnOfficerOfTheBodyNamedBefore() {
    List<Recommendation> found = extract("Among the recommendations Ruritania supported were proposals from Chile and"
        + " Peru to investigate police killings. Several States, among them Norway and Mexico, had recommended that"
        + " Ruritania ratify the Optional Protocol. Ruritania accepted that recommendation. The Ruritania Bar"
        + " Association welcomed the outcome. \"We urge the authorities to act on it,\" its chair, Ann Bede, said.",
        null);
    assertEquals(List.of("Chile, Peru", "Several States, among them Norway and Mexico", "Ruritania Bar Association"),
        found.stream().map(Recommendation::actor).toList());
    assertEquals(java.util.Arrays.asList("Supported", "Supported", null),
        found.stream().map(Recommendation::supportStated).toList());
    assertEquals("Act on it", found.get(2).request(), "who said it is no part of what is asked");
  }

  @Test
  void citingARecommendationIsNotRespondingToIt() {
    assertEquals(List.of(), extract("The Bar Association also noted a recent recommendation by the Council of Europe"
        + " on legal aid, saying it gave useful guidance.", null));
  }

  @Test
  void aResponseSaidAfterTheRecommendationIsItsOwn() {
    List<Recommendation> found = extract("Peru, for example, recommended that Ruritania \"abolish the death penalty"
        + " in law,\" a recommendation Ruritania noted. Chile urged Ruritania to \"register all births.\" This one"
        + " was supported too. Norway urged Ruritania to open the camps. It was a busy session.", null);
    assertEquals(3, found.size(), found::toString);
    assertEquals("Peru", found.get(0).actor(), "the aside is not part of the maker");
    assertEquals("Abolish the death penalty in law", found.get(0).request(), "what is asked ends with the quote");
    assertEquals("Noted", found.get(0).supportStated());
    assertEquals("Register all births", found.get(1).request());
    assertEquals("Supported", found.get(1).supportStated());
    assertEquals("This one was supported too.", found.get(1).supportEvidence());
    assertNull(found.get(2).supportStated(), "a sentence that answers nothing");
  }

  @Test
  void askingQuestionsAsksNoAct() {
    assertEquals(List.of(), extract("Council members should ask Ruritania hard questions about the camps.", null));
    assertEquals(List.of("Open the camps."), extract("Council members asked Ruritania to open the camps.", null)
        .stream().map(Recommendation::request).toList());
  }

  @Test
  void aPhraseOfPlaceOrTimeBeforeTheMakerIsNotPartOfIt() {
    assertEquals("Committee", extract("In this section the Committee requests the State party to report on the"
        + " camps.", null).get(0).actor());
  }

  @Test
  void aResponseWithoutItsRecommendationsIsNotARecommendation() {
    assertEquals(List.of(), extract("The Government did not support several key recommendations.", null));
  }

  @Test
  void aSimilarRecommendationIsCreditedToItsMaker() {
    List<Recommendation> found = extract("UNICEF recommended that Ruritania end child marriage. "
        + "UNFPA made a similar recommendation. UNFPA noted progress in maternal health.", null);
    assertEquals(2, found.size());
    assertEquals("UNFPA", found.get(1).actor());
    assertEquals("un_agency", found.get(1).actorType());
    assertEquals("Ruritania", found.get(1).target());
    assertEquals("End child marriage.", found.get(1).request(), "what the similar recommendation asks, classified");
    assertEquals("end", found.get(1).action());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Committee against Torture reiterated its previous recommendation that the State party set up a preventive mechanism. | Committee against Torture | Ruritania | set | recommend
      CEDAW recalled its 2019 recommendations to repeal discriminatory provisions of the Civil Code. | Committee on the Elimination of Discrimination against Women | Ruritania | repeal | recommend
      The Special Rapporteur renewed her call on Ruritania to release the detained journalists. | Special Rapporteur | Ruritania | release | call
      It reiterated its request that the Government provide data on evictions. | Special Rapporteur | Ruritania | provide | request
      """)
  void aRestatedRecommendationIsOne(String sentence, String actor, String target, String action, String verb) {
    List<Recommendation> found = extract("The Special Rapporteur welcomed the new housing plan. " + sentence, null);
    assertEquals(1, found.size(), found::toString);
    Recommendation r = found.get(0);
    assertEquals(List.of(actor, target, action, verb), java.util.Arrays.asList(r.actor(), r.target(), r.action(), r.verb()));
  }

  @Test
  void recallingOrRepeatingWithoutSayingWhatIsAskedIsNotARecommendation() {
    assertEquals(List.of(), extract("The Committee recalled its previous recommendations. It repeated the"
        + " concerns it had expressed in 2015. The delegation reaffirmed its commitment to the review.", null));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Committee recommended that Ruritania fully implement the national plan. | Fully implement the national plan.
      UNICEF urged the Government to adopt a child protection law. | Adopt a child protection law.
      It recommended that Albania increase efforts to end child labour. | Increase efforts to end child labour.
      JS2 recommended that investigations be launched without delay. | Investigations be launched without delay.
      The Special Rapporteur recommended repealing the law on public order. | Repeal the law on public order.
      CERD recommended ensuring that complaints were investigated. | Ensure that complaints were investigated.
      UNICEF recommended the adoption of a law that bans corporal punishment. | Adopt a law that bans corporal punishment.
      It called for the early ratification of the Optional Protocol. | Ratify the Optional Protocol.
      The Committee encouraged accession to the 1961 Convention. | Accede to the 1961 Convention.
      Amnesty International called for their immediate release. | Release them immediately.
      The Ombudsperson recommended that the Government raise the prison budget; the Government will consider it next year. | Raise the prison budget
      The Committee urged its full and speedy implementation. | Implement it fully and speedily.
      Rights Now called for its repeal, which is long overdue. | Repeal it
      """)
  void theRequestIsWhatIsAskedAsAWorkingGroupListPrintsIt(String sentence, String request) {
    // A subjunctive after a State's name ("Albania increase") is often tagged as a noun.
    Recommendation r = extract(sentence, null).get(0);
    assertEquals(request, r.request());
    assertEquals(request, r.classifiedText());
  }

  @Test
  void aVerbTaggedAsANounAfterTheGovernmentIsNotPartOfTheTarget() {
    // The tagger reads "the Government halt evictions" as one noun phrase; the target is still the State.
    assertEquals("Ruritania", extract("JS5 recommended that the Government halt evictions.", null).get(0).target());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Committee Against Torture urged Ruritania to close the prison. | Committee against Torture
      CRC recommended that Ruritania raise the age of marriage. | Committee on the Rights of the Child
      the committee on economic, social and cultural rights urged Ruritania to act. | Committee on Economic, Social and Cultural Rights
      The Human Rights Committee (HR Committee) urged Ruritania to act. | Human Rights Committee
      The HR Committee urged Ruritania to act. | Human Rights Committee
      JS3 recommended that Ruritania free the lawyers. | JS3
      The EU recommended that Ruritania free the lawyers. | European Union
      """)
  void aTreatyBodyOrTheEuIsNamedOneWayHoweverPrinted(String sentence, String actor) {
    assertEquals(actor, extract(sentence, null).get(0).actor());
  }

  @Test
  void theStateUnderReviewEncouragingOrInvitingOthersRecommendsNothing() {
    List<Recommendation> found = extract("The Government encourages non-governmental organizations to monitor"
        + " prisons. The Ministry of Education recommended that schools teach human rights. Ruritania invites all"
        + " mandate holders to visit. The delegation called on donors to fund the plan. It also urged"
        + " neighbouring States to cooperate. The Committee against Torture recommended that Ruritania close the"
        + " old prison. The Government of Germany urged Ruritania to free the journalists.", null);
    assertEquals(List.of("Committee against Torture", "Germany"),
        found.stream().map(Recommendation::actor).toList());
  }

  @Test
  void aSpecialRapporteursReportIsTheRapporteursVoice() {
    String text = """
        Visit to Ruritania
        Report of the Special Rapporteur on the right to adequate housing

        2. The Special Rapporteur received reports of forced evictions in the capital.
        3. The Government informed the Special Rapporteur that a resettlement policy is being drafted.
        4. The Special Rapporteur recommends that the Government adopt a moratorium on evictions.
        5. She further urges the authorities to consult the residents of informal settlements.
        """;
    List<Recommendation> found = Extracting.extract(text, DocKind.SPECIAL_PROCEDURE_REPORT);
    assertEquals(List.of("adopt", "consult"), found.stream().map(Recommendation::action).toList());
    assertEquals(List.of("Special Rapporteur on the right to adequate housing"),
        found.stream().map(Recommendation::actor).distinct().toList(),
        "'The Special Rapporteur' and 'She' are the report's mandate, not a clause that mentions it");
  }

  @Test
  void aPresentPassiveWithoutAnAgentIsTheAuthorsAskAndAStateIsTheStateOfIt() {
    String text = """
        Human Rights Committee

        Concluding observations on the report of Ruritania

        10. The State party is encouraged to ratify the Optional Protocol.
        11. In 2019, the State party was urged to release the editors.
        """;
    List<Recommendation> found = Extracting.extract(text, DocKind.CONCLUDING_OBSERVATIONS);
    assertEquals(java.util.Arrays.asList("Human Rights Committee", null),
        found.stream().map(Recommendation::actor).toList(), "a past passive reports someone's call");
    assertEquals("Nicaragua", extract("The Inter-American Commission urges the State of Nicaragua to release the"
        + " students.", null).get(0).target());
  }

  @Test
  void itIsEssentialThatAndThereIsANeedForAreTheAuthorsCalls() {
    String text = "Statement by the Ruritania Rights Coalition\n\nIt is essential that the Government repeal the"
        + " Vigilantism Act.\n\nThere is an urgent need for the Government to adopt a law on legal aid.\n\nIt is"
        + " important that the review was held in public.\n\nIt is important to note that the bill passed.\n";
    List<Recommendation> found = extract(text, Outline.EMPTY);
    assertEquals(List.of("Repeal the Vigilantism Act.", "Adopt a law on legal aid."),
        found.stream().map(Recommendation::request).toList(), "a that-clause in the past tells; 'to note' asks no one");
    assertEquals(List.of("the Government", "the Government"), extract(text, null, Outline.EMPTY).stream()
        .map(Recommendation::target).toList(), "in a document of no known State, whom the need is for");
    assertEquals(List.of("Ruritania Rights Coalition"),
        found.stream().map(Recommendation::actor).distinct().toList());
    assertEquals("the Government", extract("We recommend that the Government repeal the Vigilantism Act.", null,
        Outline.EMPTY).get(0).target(), "in a document of no known State, the words that name it, not the clause");
  }

  @Test
  void aLettersPoliteImperativeAsksWhomItIsAddressedTo() {
    String text = "Dear Minister,\n\nI am writing about the detention of John Doe.\n\nPending his release, please"
        + " ensure that he has access to his lawyers.\n\nPlease accept, Minister, the assurances of my highest"
        + " consideration.\n\nPlease provide information on the charges against him.\n\nPlease write to the"
        + " Minister before 30 May.\n";
    List<Recommendation> found = extract(text, Outline.EMPTY);
    assertEquals(List.of("Ensure that he has access to his lawyers."),
        found.stream().map(Recommendation::request).toList(), "courtesy, a request for information and the"
            + " reader's task ask nothing");
    assertEquals("Ruritania", found.get(0).target());
    assertEquals(List.of(), extract("Our report on Ruritania\n\nPlease ensure that JavaScript is enabled to view the"
        + " map.\n", Outline.EMPTY), "no letter: the reader is asked");
  }

  @Test
  void itAfterACallOnTheStateIsTheStateWhenItIsToAct() {
    String text = "The Government should fund the Authority properly. It should also publish the names of officers"
        + " under investigation. It should be noted that the Authority has 40 staff.\n";
    List<Recommendation> found = extract(text, Outline.EMPTY);
    assertEquals(List.of("Fund the Authority properly.", "Publish the names of officers under investigation."),
        found.stream().map(Recommendation::request).toList(), "'it' noted is no State asked");
    assertEquals("Ruritania", found.get(1).target(), "whom the call before addressed");
    List<Recommendation> said = extract("The Government should compensate farmers, the Farmers Union said. It should"
        + " also build drains in the north.\n\nOur recommendation is to avoid travel this week, a spokesperson for"
        + " the Red Cross said.\n", Outline.EMPTY);
    assertEquals(List.of("Farmers Union", "Farmers Union"), said.stream().map(Recommendation::actor).toList(),
        "its call goes on; a stated recommendation another said is no author's");
  }

  @Test
  void aResponseSaidAfterTheReportedRecommendationIsItsAndAnUnknownAskOfUnknownPeopleIsNone() {
    Recommendation r = extract("In 2019 Norway recommended that Myanmar ensure accountability for violations in Rakhine"
        + " State, and Myanmar noted the recommendation.", null, Outline.EMPTY).get(0);
    assertEquals("Noted", r.supportStated());
    assertEquals("Ensure accountability for violations in Rakhine State", r.request());
    assertEquals(List.of(), extract("Coders were asked to assign one of five categories.", null, Outline.EMPTY));
    assertEquals(List.of("Myanmar"), extract("Myanmar was urged to ratify the Convention against Torture.", null,
        Outline.EMPTY).stream().map(Recommendation::target).toList(), "a State asked is a recommendation, whoever"
            + " asked");
  }

  @Test
  void aSpeakersPoliteWouldAndAStatedRecommendationAreItsCalls() {
    String text = "Statement by the Delta Rights Forum\n\nWe would urge the authorities to release the journalists."
        + " Norway would recommend that Ruritania ratify the Convention against Torture. The Ministry would encourage"
        + " investment in the north.\n\nOur first recommendation is to end indefinite national service. My"
        + " recommendation to the Government is that it allow independent media to operate. The recommendation is"
        + " still pending.\n\nWe therefore recommend: 1) ratifying the Optional Protocol; 2) adopting a law on"
        + " associations.\n";
    List<Recommendation> found = extract(text, Outline.EMPTY);
    assertEquals(List.of("Release the journalists.", "Ratify the Convention against Torture.",
        "End indefinite national service.", "Allow independent media to operate.", "Ratify the Optional Protocol",
        "Adopt a law on associations"), found.stream().map(Recommendation::request).toList(),
        "what the Ministry would do, and which recommendation is pending, ask nothing");
    assertEquals(List.of("Delta Rights Forum", "Norway", "Delta Rights Forum", "Delta Rights Forum",
        "Delta Rights Forum", "Delta Rights Forum"), found.stream().map(Recommendation::actor).toList());
    assertEquals("recommend", found.get(2).verb());
  }

  @Test
  void aMakerThatMadeRecommendationsAndSaysWhatTheyAskedMadeThem() {
    List<Recommendation> found = extract("At the last review, Switzerland made two recommendations: to abolish the"
        + " death penalty and to ratify the Second Optional Protocol. Norway made a recommendation to release all"
        + " journalists. Chile made a recommendation that was noted.", null, Outline.EMPTY);
    assertEquals(List.of("Abolish the death penalty and ratify the Second Optional Protocol.",
        "Release all journalists."), found.stream().map(Recommendation::request).toList(),
        "a recommendation of unknown content is no row, nor the one before copied");
    assertEquals(List.of("Switzerland", "Norway"), found.stream().map(Recommendation::actor).toList());
    List<Recommendation> unread = extract("Peru recommended that Ruritania ratify the Convention. Norway made two"
        + " recommendations: both on torture.", null, Outline.EMPTY);
    assertEquals("Ratify the Convention.", unread.get(0).request());
    assertTrue(unread.stream().skip(1).noneMatch(r -> "Ratify the Convention.".equals(r.request())),
        "only 'a similar recommendation' asks what the one before asked: " + unread);
  }

  @Test
  void aLettersRespectfulRequestIsItsSignatoriesOfTheGovernmentItIsSentTo() {
    List<Recommendation> found = extract("Your Excellency,\n\nWe, the undersigned human rights organisations, are"
        + " writing to express our concern.\n\nWe respectfully request that your government take the following"
        + " steps:\n• drop all charges brought under the decree;\n• release the detained lawyers.\n", Outline.EMPTY);
    assertEquals(List.of("The undersigned human rights organisations"),
        found.stream().map(Recommendation::actor).distinct().toList());
    assertEquals(List.of("Ruritania"), found.stream().map(Recommendation::target).distinct().toList());
  }

  @Test
  void theUndersignedAreThePetitionsAuthor() {
    List<Recommendation> found = extract("Stop the executions\n\nPetition by Children's Rights Network | 12,431"
        + " signatures\n\nTo the Head of the Judiciary:\n\nWe, the undersigned, call on you to immediately halt all"
        + " executions, to commute the death sentences, and to amend the Penal Code.\n", Outline.EMPTY);
    assertEquals(List.of("Children's Rights Network"), found.stream().map(Recommendation::actor).toList());
    assertEquals("Immediately halt all executions, commute the death sentences, and amend the Penal Code.",
        found.get(0).request(), "a list of three acts, each with its \"to\"");
  }

  @Test
  void aThingABodyOwnsIsNotWhoItLaterRefersTo() {
    String text = "Excellency,\n\nIn my capacity as Rapporteur for follow-up of the Committee against Torture, I"
        + " refer to the information you sent.\n\nThe Committee's assessment is as follows."
        + " The Committee considers that the recommendation has not been implemented. It reiterates its"
        + " recommendation that the State party repeal the provisions.\n";
    assertEquals(List.of("Committee against Torture"),
        extract(text, Outline.EMPTY).stream().map(Recommendation::actor).toList());
  }

  @Test
  void twoActsAskedByNounsOrByNotOnlyButAlsoReadAsTwoImperatives() {
    assertEquals("Release all political prisoners and end the use of torture.", extract("Ruritania's partners called"
        + " for the release of all political prisoners and for an end to the use of torture.", null).get(0).request());
    assertEquals("Repeal the law and compensate the victims.", extract("The Special Rapporteur calls upon the"
        + " Government not only to repeal the law but also to compensate the victims.", null).get(0).request());
  }

  @Test
  void callsByModalsAfterAnAsideOrByNeedsTo() {
    String text = """
        Statement by the Ruritania Rights Forum on Ghana

        Ghana must, as a matter of urgency, repeal section 104 of the Criminal Offences Act.

        The government needs to repeal the Vigilantism Act.

        The authorities should not only release the protesters but also compensate them.

        The Committee would like to encourage the State party to adopt an anti-discrimination law.

        Ghana should be commended for its moratorium and encouraged to ratify the Second Optional Protocol.

        The Government has to date failed to act. What Ghana has to offer is a plan. Ghana has to import rice.
        """;
    List<Recommendation> found = extract(text, "Ghana", Outline.EMPTY);
    assertEquals(List.of("Repeal section 104 of the Criminal Offences Act.", "Repeal the Vigilantism Act.",
        "Release the protesters and compensate them.",
        "Adopt an anti-discrimination law.", "Ratify the Second Optional Protocol."),
        found.stream().map(Recommendation::request).toList(), "'has to' tells as often as it asks: no call");
    assertEquals(List.of("Ruritania Rights Forum", "Committee"),
        found.stream().map(Recommendation::actor).distinct().toList(), "the byline's 'on Ghana' is its topic");
  }

  @Test
  void aTreatyBodysViewsAskTheStateItsObligationsAndRequests() {
    String text = """
        Human Rights Committee

        Views adopted by the Committee under article 5 (4) of the Optional Protocol, concerning communication No. 1/2025

        10. In accordance with article 2 (3) (a) of the Covenant, the State party is under an obligation to provide the
        author with an effective remedy. Accordingly, the State party is obligated, inter alia, to provide adequate
        compensation to the author. States are under an obligation to respect the Covenant.

        11. The State party is also requested to publish the present Views.
        """;
    List<Recommendation> found = Extracting.extract(text, DocKind.OTHER);
    assertEquals(List.of("Provide the author with an effective remedy.", "Provide adequate compensation to the author.",
        "Publish the present Views."), found.stream().map(Recommendation::request).toList(),
        "a rule for all States asks none of them");
    assertEquals(List.of("Human Rights Committee"), found.stream().map(Recommendation::actor).distinct().toList());
    assertEquals(List.of("Ruritania"), found.stream().map(Recommendation::target).distinct().toList());
  }

  @Test
  void aSummaryRecordsSpeakersSpeakForTheirStateOrTheirCommittee() {
    String committee = """
        Committee on Economic, Social and Cultural Rights
        Summary record of the 12th meeting

        3. Ms. Lee (Country Task Force) said that the Committee remained concerned about forced evictions. She
        recommended that the State party adopt a moratorium on evictions.

        5. Mr. Mensah (Ruritania) said that his Government would consider the recommendation.
        """;
    assertEquals(List.of("Committee on Economic, Social and Cultural Rights"),
        Extracting.extract(committee, DocKind.OTHER).stream().map(Recommendation::actor).toList());
    String council = """
        Human Rights Council
        Summary record of the 20th meeting

        1. Mr. Smith (United Kingdom) said that his country welcomed the moratorium. His delegation recommended that
        Ruritania abolish the death penalty in law.
        """;
    assertEquals(List.of("United Kingdom of Great Britain and Northern Ireland"),
        Extracting.extract(council, DocKind.OTHER).stream().map(Recommendation::actor).toList());
  }

  @Test
  void aReleasesDatelineIsNoPartOfWhoTheExpertsAre() {
    String text = "Ruritania: UN experts alarmed by killings\n\nGENEVA (30 October 2026) \u2013 A group of UN human"
        + " rights experts today expressed alarm at the killings of protesters.\n\nThey urged the Government to"
        + " repeal the amendments to the Public Order Act.\n";
    assertEquals(List.of("A group of UN human rights experts"),
        Extracting.extract(text, DocKind.NEWS).stream().map(Recommendation::actor).toList());
    String period = "The first Programme for Children and Youth 2006\u20132016 was adopted in 2006.";
    assertEquals("The first Programme for Children and Youth 2006\u20132016",
        RecommendationExtractor.lexicalSubject(period, SPLITTER.split(period).get(0).tokens()),
        "a period's dash after a year is no dateline's");
  }

  @Test
  void statementsPhrasesForWhoAsks() {
    List<Recommendation> found = extract("Ruritania was encouraged by Chile, Peru and Spain to ratify the Second"
        + " Optional Protocol. We join others in urging Ruritania to release the detained journalists. Norway would"
        + " like to recommend to Ruritania to adopt a law on defenders. My delegation wishes to urge Ruritania to"
        + " free the editors. The Government would like to encourage investment in the north.", null);
    assertEquals(List.of("Chile, Peru and Spain", "We", "Norway", "My delegation"),
        found.stream().map(Recommendation::actor).toList(), "a list of agents; a gerund after 'join others in';"
            + " a State that would like to recommend; 'We' after a call told in the passive past is the author");
    assertEquals(List.of("Ratify the Second Optional Protocol.", "Release the detained journalists.",
        "Adopt a law on defenders.", "Free the editors."), found.stream().map(Recommendation::request).toList());
    assertEquals("Ensure that all detainees see a lawyer, and publish the prison census.", extract("Ruritania must"
        + " ensure that all detainees see a lawyer, and should also publish the prison census.", null).get(0)
        .request(), "the second act's modal is the first's");
  }

  @Test
  void theShortNameOfAReportsAuthorIsTheAuthor() {
    String text = """
        Situation of human rights in Ruritania

        Report of the Secretary-General

        42. The Secretary-General calls on the Government to release all persons detained arbitrarily.
        43. I urge the authorities to limit national service to 18 months.
        """;
    List<Recommendation> found = Extracting.extract(text, DocKind.OTHER);
    assertEquals(List.of("UN Secretary-General", "UN Secretary-General"),
        found.stream().map(Recommendation::actor).toList(), "'The Secretary-General' is the report's author");
  }

  @Test
  void aResolutionsOperativeParagraphsAskInTheCouncilsName() {
    String text = """
        Resolution adopted by the Human Rights Council on 10 October 2025

        The Human Rights Council,
        Recalling its earlier resolutions on Ruritania,
        1. Welcomes the adoption of a national action plan;
        2. Urges the Government of Ruritania to investigate all allegations of torture;
        3. Calls upon the Government to abolish the death penalty;
        4. Requests the Office of the United Nations High Commissioner for Human Rights to provide technical
        assistance to Ruritania;
        5. Requests the Special Rapporteur to present a report to the Council at its next session;
        6. Decides to remain seized of the matter.
        """;
    List<Recommendation> found = Extracting.extract(text, DocKind.RESOLUTION);
    assertEquals(List.of("investigate", "abolish", "provide"), found.stream().map(Recommendation::action).toList(),
        "one per operative paragraph, although their lines end with semicolons and no blank line parts them;"
            + " asking a UN mandate to report back asks the State nothing");
    assertEquals(List.of("Human Rights Council"), found.stream().map(Recommendation::actor).distinct().toList());
    assertEquals(List.of("Ruritania", "Ruritania", "the Office of the United Nations High Commissioner for Human"
        + " Rights"), found.stream().map(Recommendation::target).toList());
    assertEquals(List.of(), Extracting.extract("Calls for an inquiry into the killings grew louder in March.",
        DocKind.NEWS), "an unnumbered sentence that opens with 'Calls for' is no operative paragraph");
  }

  @Test
  void aCueAfterAVerbThatAsksNothingIsTheSameMakersEvenWhenTaggedAsANounAndCallsForXThatGrewAreNone() {
    List<Recommendation> found = extract("The Committee strongly condemns the attacks on journalists and calls upon"
        + " Ruritania to investigate them. I welcome the release of two editors and urge Ruritania to free the"
        + " others. Protests spread and requests for a permit were refused. Mounting calls for an inquiry went"
        + " unheeded, and calls for reform grew louder.", null);
    assertEquals(List.of("investigate", "free"), found.stream().map(Recommendation::action).toList());
    assertEquals(List.of("Committee", "I"), found.stream().map(Recommendation::actor).toList(),
        "'I' printed when no author is known");
  }

  @Test
  void aMakerWhoHopesAnotherWillUrgeTheStateAsksIt() {
    List<Recommendation> found = extract("Rights Now hopes that the Committee will urge Ruritania to free the"
        + " editors. The Committee would urge the Government to act if it could. The Committee will request a"
        + " reply in May.", null);
    assertEquals(List.of("Rights Now"), found.stream().map(Recommendation::actor).toList(),
        "only the hoped-for call asks; a modal alone leaves the cue a report of what may be");
    assertEquals(List.of("Free the editors."), found.stream().map(Recommendation::request).toList());
  }

  @Test
  void adverbsBetweenTheMakerAndTheCueKeepTheMaker() {
    assertEquals(List.of("Committee against Torture", "Committee against Torture"), extract("The Committee against"
        + " Torture once again urges Ruritania to close the camp. The Committee still firmly recommends that Ruritania"
        + " free the detainees.", null).stream().map(Recommendation::actor).toList());
  }

  @Test
  void aParliamentsResolutionAsksInItsOwnNameAlsoAfterAClauseThatOnlyDeplores() {
    String text = """
        European Parliament resolution of 3 April 2025 on the detention of students in Ruritania

        The European Parliament,

        A. whereas at least 40 students were arrested after the protests;

        1. Strongly condemns the arrest of the student leader and calls for her immediate and unconditional release;

        2. Regrets the closure of the universities; demands that the authorities reopen them without delay;

        3. Reiterates its call for the repeal of the law on public gatherings;

        4. Welcomes the release of two teachers in March;
        """;
    List<Recommendation> found = Extracting.extract(text, DocKind.RESOLUTION);
    assertEquals(List.of("Release her immediately and unconditionally", "Reopen them without delay",
        "Repeal the law on public gatherings"), found.stream().map(Recommendation::request).toList(),
        "'his release' asks to release him; the cue after a clause that asks nothing is the paragraph's;"
            + " the clause's semicolon is the list's, not the request's");
    assertEquals(List.of("European Parliament"), found.stream().map(Recommendation::actor).distinct().toList());
  }

  @Test
  void aCueInAProgressiveTenseAsksWhenAnAskFollows() {
    List<Recommendation> found = Extracting.extract("""
        Students are calling on the authorities to reopen the universities.
        UN experts have been urging Ruritania to stop the executions.
        The Bar Association has repeatedly urged the Government to free the lawyers.
        Opposition parties have long demanded that the electoral law be reformed.
        The first results are encouraging, and the programme will continue next year.
        The reform demands patience from everyone involved.
        """, DocKind.NEWS);
    assertEquals(List.of("Students", "UN experts", "Bar Association", "Opposition parties"),
        found.stream().map(Recommendation::actor).toList(),
        "the subject stands before the auxiliaries and adverbs; 'encouraging' and 'demands patience' ask nothing");
    assertEquals(List.of("call", "urge", "urge", "demand"), found.stream().map(Recommendation::verb).toList());
  }

  @Test
  void aDocumentCarriesItsAuthorsCall() {
    List<Recommendation> found = Extracting.extract("""
        The Regional Parliament last month adopted a resolution calling on Ruritania to free the journalists.
        In June, thirty NGOs sent a joint open letter urging the Council to open an inquiry.
        Lawyers filed a petition asking the Supreme Court to suspend the decree.
        Activists welcomed the resolution calling on Ruritania to free the journalists.
        The ministry released a report showing that arrests fell.
        """, DocKind.NEWS);
    assertEquals(List.of("Regional Parliament", "thirty NGOs", "Lawyers"),
        found.stream().map(Recommendation::actor).toList(),
        "who made the document called, not who welcomed it; 'last month' is no part of the name");
    assertEquals(List.of("free", "open", "suspend"), found.stream().map(Recommendation::action).toList());
  }

  @Test
  void aGovernmentByItsStyledNameIsItsState() {
    List<Recommendation> found = Extracting.extract("""
        The Bar Association urged the Royal Government of Cambodia to free the lawyers.
        The Bar Association urged the Federal Government of Nigeria to free the lawyers.
        The Bar Association urged the Government of Norway to fund the court.
        """, DocKind.STAKEHOLDER_SUMMARY);
    assertEquals(List.of("Cambodia", "Nigeria", "Norway"), found.stream().map(Recommendation::target).toList());
  }

  @Test
  void aSecondClauseAfterAFootnoteMarkOrALinkingPhraseIsItsOwnRecommendation() {
    List<Recommendation> found = Extracting.extract("""
        6. UNICEF urged the Government to end child marriage;(8) the Committee on the Rights of the Child made a \
        similar recommendation.(9)
        7. The High Commissioner called upon the Government to free the protesters,(10) and urged it to lift the \
        curfew.(11)
        8. UNHCR recommended that the authorities stop detaining asylum-seekers;(12) in addition, it recommended \
        that Ruritania accede to the 1951 Convention.(13)
        """, DocKind.COMPILATION);
    assertEquals(List.of("UNICEF", "Committee on the Rights of the Child", "High Commissioner", "High Commissioner",
        "UNHCR", "UNHCR"), found.stream().map(Recommendation::actor).toList());
    assertEquals(List.of("End child marriage", "End child marriage", "Free the protesters", "Lift the curfew.",
        "Stop detaining asylum-seekers", "Accede to the 1951 Convention."),
        found.stream().map(Recommendation::request).toList(), "a footnote's mark ends no request");
  }

  @Test
  void aSecondThatClauseAskingTheStateAgainIsASecondRecommendation() {
    List<Recommendation> found = Extracting.extract("""
        JS3 recommended that Ruritania raise spending on schools, and that it guarantee schooling in minority \
        languages.
        JS4 recommended that Ruritania ensure that girls attend school and that teachers are trained.
        """, DocKind.STAKEHOLDER_SUMMARY);
    assertEquals(List.of("Raise spending on schools", "Guarantee schooling in minority languages.",
        "Ensure that girls attend school and that teachers are trained."),
        found.stream().map(Recommendation::request).toList(), "a nested 'that' clause is part of its act");
    assertEquals(List.of("JS3", "JS3", "JS4"), found.stream().map(Recommendation::actor).toList());
  }

  @Test
  void aPassiveCueNamesItsAgentPastAdverbsAndParticles() {
    List<Recommendation> found = Extracting.extract("""
        12. Ruritania was called upon by JS2 to repeal the Public Order Act.
        13. Ruritania was also urged by the Bar Association to investigate police killings.
        14. The Government was asked by the NHRC to publish the task force's report.
        15. The State was strongly encouraged by JS5 to decriminalize petty offences.
        16. The Committee was also encouraged by the adoption of the new Penal Code in 2024.
        """, DocKind.STAKEHOLDER_SUMMARY);
    assertEquals(List.of("JS2", "Bar Association", "NHRC", "JS5"), found.stream().map(Recommendation::actor).toList(),
        "a welcome in the passive asks nothing");
    assertEquals(List.of("repeal", "investigate", "publish", "decriminalize"),
        found.stream().map(Recommendation::action).toList());
  }

  @Test
  void aPassiveWithTwoAgentsGivesEachItsOwnAsk() {
    List<Recommendation> found = Extracting.extract("Ruritania was urged by JS2 to close the camps, and by the"
        + " Bar Association to free the detained lawyers.", DocKind.STAKEHOLDER_SUMMARY);
    assertEquals(List.of("JS2", "Bar Association"), found.stream().map(Recommendation::actor).toList());
    assertEquals(List.of("Close the camps", "Free the detained lawyers."),
        found.stream().map(Recommendation::request).toList());
    assertEquals(1, Extracting.extract("Ruritania was urged by JS2 to close the camps run by the army, and to"
        + " free the lawyers.", DocKind.STAKEHOLDER_SUMMARY).size(), "'run by the army' names no second maker");
  }

  @Test
  void anOperativeParagraphMayOpenWithAnAdverb() {
    String text = """
        Resolution adopted by the General Assembly on 3 December 2025

        The General Assembly,
        6. Also calls upon the Government of Ruritania to allow the Special Rapporteur to visit;
        7. Further requests the Secretary-General to report on progress;
        8. Strongly urges the authorities to release all political prisoners;
        9. Once again calls upon Ruritania to end the use of child soldiers;
        10. Also decides to remain seized of the matter.
        """;
    List<Recommendation> found = Extracting.extract(text, DocKind.RESOLUTION);
    assertEquals(List.of("allow", "report", "release", "end"), found.stream().map(Recommendation::action).toList());
    assertEquals(List.of("General Assembly"), found.stream().map(Recommendation::actor).distinct().toList());
  }

  @Test
  void aSpecialProceduresLetterAsksInItsMandatesNameAndAddressesTheGovernment() {
    String text = """
        Mandates of the Independent Expert on the situation of human rights in Ruritania; the Special Rapporteur \
        on the right to education and the Working Group on Arbitrary Detention

        REFERENCE: JUA RUR 7/2025

        Excellency,

        We have the honour to address you in our capacities as mandate holders.

        We would like to urge your Excellency's Government to release the students detained since May.

        We also wish to call on your Excellency's Government to reopen the closed universities.

        Please provide information on the charges brought against the students.
        """;
    List<Recommendation> found = Extracting.extract(text, DocKind.COMMUNICATION);
    assertEquals(List.of("release", "reopen"), found.stream().map(Recommendation::action).toList(),
        "'we would like to urge' urges, politely; a request for information asks for no act");
    assertEquals(List.of("Independent Expert on the situation of human rights in Ruritania"),
        found.stream().map(Recommendation::actor).distinct().toList(), "the first mandate signs for the others");
    assertEquals(List.of("Ruritania"), found.stream().map(Recommendation::target).distinct().toList());
    assertEquals(List.of(), Extracting.extract("The Government would like to encourage investment in schools.",
        DocKind.STATEMENT), "only a speaker's 'we' or 'I' would like to do what a cue says");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Germany and France called on Ruritania to abolish the death penalty. | Germany;France
      Trinidad and Tobago and Chile urged Ruritania to abolish the death penalty. | Trinidad and Tobago;Chile
      Bosnia and Herzegovina recommended that Ruritania abolish the death penalty. | Bosnia and Herzegovina
      Britain, France and Germany urged Ruritania to close the camps. | United Kingdom of Great Britain and Northern Ireland;France;Germany
      Brazil recommended that Ruritania adopt a plan. | Brazil
      Several delegations encouraged Ruritania to ratify the Protocol. | ''
      Germany and UNICEF urged Ruritania to end child labour. | ''
      The Committee against Torture recommended that Ruritania investigate all deaths in custody. | ''
      """)
  void statesNamedAsTheActorInProseAreItsRecommendingStates(String sentence, String states) {
    assertEquals(states.isEmpty() ? List.of() : List.of(states.split(";")),
        extract(sentence, null).get(0).recommendingStates());
  }

  @Test
  void twoMakersInOneSentenceMakeTwoRecommendations() {
    List<Recommendation> found = extract("Germany and France called on Ruritania to abolish the death penalty, while"
        + " the United States urged the authorities to repeal the Public Order Act.", null);
    assertEquals(List.of("Germany and France called on Ruritania to abolish the death penalty",
        "the United States urged the authorities to repeal the Public Order Act."),
        found.stream().map(Recommendation::text).toList());
    assertEquals(List.of("Germany and France", "United States"), found.stream().map(Recommendation::actor).toList());
    assertEquals(List.of("abolish", "repeal"), found.stream().map(Recommendation::action).toList());
    assertEquals(List.of("Abolish the death penalty", "Repeal the Public Order Act."),
        found.stream().map(Recommendation::request).toList());
    assertEquals(1, extract("The Committee urged Ruritania to repeal the law, while noting that it was under"
        + " review.", null).size(), "a clause without a maker of its own is part of the first");
  }

  @Test
  void aSecondCueOfTheSameMakerIsASecondRecommendation() {
    List<Recommendation> found = extract("The Special Rapporteur recommended that Ruritania close the camps and also"
        + " urged the Government to publish the names of those held there.", null);
    assertEquals(List.of("The Special Rapporteur recommended that Ruritania close the camps",
        "urged the Government to publish the names of those held there."),
        found.stream().map(Recommendation::text).toList());
    assertEquals(List.of("Special Rapporteur", "Special Rapporteur"),
        found.stream().map(Recommendation::actor).toList());
    assertEquals(List.of("recommend", "urge"), found.stream().map(Recommendation::verb).toList());
    assertEquals(List.of("Close the camps", "Publish the names of those held there."),
        found.stream().map(Recommendation::request).toList());
    assertEquals(List.of("Ruritania", "Ruritania"), found.stream().map(Recommendation::target).toList());
    assertEquals(1, extract("The Special Rapporteur recommended that Ruritania close the camps and invite the Red"
        + " Cross to visit them.", null).size(), "a verb of the request itself is part of it");
    assertEquals(1, extract("The Committee regretted that Ruritania had closed the office and urged the Government to"
        + " reopen it.", null).size(), "a first verb that asks nothing makes no row");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Ruritania did not support the recommendation to abolish the death penalty. | Abolish the death penalty. | Noted
      Recommendations to ratify the Rome Statute and to repeal the press law were not supported by the Government. \
        | Ratify the Rome Statute and repeal the press law | Noted
      Ruritania noted a recommendation from Chile to legalize same-sex unions, arguing that its society was not ready.\
        | Legalize same-sex unions | Noted
      Ruritania did not support the recommendation that journalists held for their work be released. \
        | Journalists held for their work be released. | Noted
      The Government accepts the recommendations on ratifying the Convention on Enforced Disappearance. \
        | Ratify the Convention on Enforced Disappearance. | Supported
      Recommendations to close the ‘foreign agents register,’ were not supported by the Government. \
        | Close the ‘foreign agents register’ | Noted
      Ruritania accepts the recommendation to train judges; training is under way. | Train judges | Supported
      Ruritania had noted the recommendations to ratify the Convention because consultations were continuing. \
        | Ratify the Convention | Noted
      Ruritania supported the recommendation to ensure that no one is detained because of their beliefs. \
        | Ensure that no one is detained because of their beliefs. | Supported
      Ruritania did not support recommendations that it received on the death penalty. | - | Noted
      It failed to implement recommendations it accepted in 2019 to free the bloggers. | Free the bloggers. | Supported
      Among the accepted recommendations were proposals from Chile to close the camps. | Close the camps. | Supported
      Among the noted recommendations were proposals from Chile to close the camps. | Close the camps. | Noted
      Ruritania accepted recommendations concerning the protection of domestic workers. | - | Supported
      """)
  void aResponseSaysWhatWasAskedWhereItSpellsItOut(String sentence, String request, String support) {
    List<Recommendation> found = extract(sentence, null);
    assertEquals(1, found.size());
    assertEquals(support, found.get(0).supportStated());
    assertEquals(request, found.get(0).request());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The delegation of Chile recommended that Ruritania ratify the Protocol. | Chile
      The Government of New Zealand urged Ruritania to ratify the Protocol. | New Zealand
      Norway's representative called on Ruritania to ratify the Protocol. | Norway
      The Irish ambassador urged Ruritania to ratify the Protocol. | Ireland
      The Dutch delegation recommended that Ruritania ratify the Protocol. | Netherlands
      The British ambassador urged Ruritania to ratify the Protocol. | United Kingdom of Great Britain and Northern Ireland
      """)
  void aStatesDelegationOrEnvoyIsThatState(String sentence, String state) {
    Recommendation r = extract(sentence, null).get(0);
    assertEquals(state, r.actor());
    assertEquals(List.of(state), r.recommendingStates());
    assertEquals(ActorTypes.STATE, r.actorType());
  }

  @Test
  void whenOrWhereItWasAskedIsNoPartOfTheRequest() {
    assertEquals("Release the detained bloggers", extract("Canada urged Ruritania to release the detained bloggers,"
        + " during the review of its rights record.", null).get(0).request());
    assertEquals("Reform the law", extract("Ruritania's parliament should reform the law, a group of rights"
        + " organisations said in a joint letter.", null).get(0).request());
    assertEquals("Report back at the next session.", extract("Canada urged Ruritania to report back at the next"
        + " session.", null).get(0).request(), "without a comma it is part of what is asked");
  }

  @Test
  void aCallReportedFromASourceIsTheSourcesInAnyDocument() {
    for (DocKind kind : List.of(DocKind.STAKEHOLDER_SUMMARY, DocKind.SUBMISSION)) {
      List<Recommendation> found = Extracting.extract("According to JS2, the Government should repeal the"
          + " vagrancy law. According to the Constitution, the State must guarantee free education.", kind);
      assertEquals(1, found.size(), kind + ": " + found);
      assertEquals(List.of("JS2", "Ruritania", "Repeal the vagrancy law."),
          List.of(found.get(0).actor(), found.get(0).target(), found.get(0).request()), kind.toString());
    }
  }

  @Test
  void statesAfterANounIsANounWhateverItsTag() {
    Recommendation r = extract("Rights Now urges UN member states to press the authorities to free the bloggers.",
        null).get(0);
    assertEquals(List.of("UN member states", "press", "Press the authorities to free the bloggers."),
        List.of(r.target(), r.action(), r.request()));
  }

  @Test
  void theCommissionInItsOwnReportIsItsAuthor() {
    List<Recommendation> found = Extracting.extract("Parallel report of the Ruritania Human Rights Commission to the"
        + " Universal Periodic Review\n\nThe Commission urges the Government to close the camps.", DocKind.SUBMISSION);
    assertEquals("Ruritania Human Rights Commission", found.get(0).actor());
  }

  @Test
  void aReleaseOnSeveralReviewsAsksTheStateItsPartIsHeadedWith() {
    List<Recommendation> found = Extracting.extract("""
        The Council adopted the outcomes of the reviews of Ruritania and Chile.

        Ruritania

        Sweden, speaking on behalf of Norway, Denmark and Finland, welcomed the plan and encouraged the authorities to
        fund it. Amnesty International regretted that Ruritania had noted recommendations to criminalise torture.

        Chile

        Speakers urged the authorities to reform the police. Canada recommended that the Government adopt a law on
        disappearances.
        """, DocKind.NEWS);
    assertEquals(List.of("Ruritania", "Ruritania", "Chile", "Chile"),
        found.stream().map(Recommendation::target).toList());
    assertEquals(java.util.Arrays.asList("Sweden", null, "Speakers", "Canada"),
        found.stream().map(Recommendation::actor).toList());
    assertEquals("Criminalise torture.", found.get(1).request());
  }

  @Test
  void aQuestionOrAHeadingThatNamesWhatIsRecommendedRecommendsNothing() {
    List<Recommendation> found = Extracting.extract("""
        UPR factsheet: Ruritania

        Recommended questions and recommendations for States

        What should States recommend?

        Should the Government not ratify the Convention?

        Ruritania should ratify the Convention against Torture.
        """, DocKind.OTHER);
    assertEquals(List.of("Ratify the Convention against Torture."),
        found.stream().map(Recommendation::request).toList());
  }

  @Test
  void aResponseStatedBeforeACallInTheSameSentenceIsARowOfItsOwn() {
    List<Recommendation> found = Extracting.extract("""
        The Council adopted the outcome of the review of Ruritania.

        Amnesty International regretted that Ruritania had noted recommendations to criminalise torture and urged the
        Government to reconsider its position. Chile welcomed the acceptance of its recommendation to fund legal aid.
        """, DocKind.NEWS);
    assertEquals(List.of("Criminalise torture", "Reconsider its position.", "Fund legal aid."),
        found.stream().map(Recommendation::request).toList());
    assertEquals(java.util.Arrays.asList("Noted", null, "Supported"),
        found.stream().map(Recommendation::supportStated).toList());
    assertEquals(java.util.Arrays.asList(null, "Amnesty International", "Chile"),
        found.stream().map(Recommendation::actor).toList(), "a State that speaks of its own recommendation made it");
  }

  @Test
  void aCueInTheModalPassiveOrAVerbDeepInsideWhatIsCalledForAsksNothingOfItsOwn() {
    assertEquals(List.of(), extract("Moreover, a forensic examination should be requested whenever a detainee"
        + " alleges ill-treatment.", null));
    Recommendation r = extract("The Commissioner called for better co-operation between the authorities and more"
        + " support to the groups qualified to work in this field.", null).get(0);
    assertNull(r.request(), "the classifier reads the sentence");
    assertEquals("Release the lawyers.", extract("The Commissioner called for the Ruritanian authorities to release"
        + " the lawyers.", null).get(0).request());
    assertEquals(List.of("CoE-Commissioner", "CoE-Commissioner"), extract("The CoE- Commissioner urged Ruritania"
        + " to free the lawyers. The Commissioner urged it to close the camps.", null).stream()
        .map(Recommendation::actor).toList(), "a line break after a hyphen left a space");
  }

  @Test
  void aNegationBeforeToIsPartOfWhatIsAsked() {
    assertEquals("Not reintroduce the death penalty.", extract("Austria urged Ruritania not to reintroduce the death"
        + " penalty.", null).get(0).request());
    assertEquals("Never again use military courts to try civilians.", extract("Chile urged Ruritania never to again"
        + " use military courts to try civilians.", null).get(0).request());
  }

  @Test
  void inTheStatesOwnReportItIsTheStateUnlessItPointsBackToABody() {
    List<Recommendation> found = Extracting.extract("Ruritania adopted its first plan for children in 2020. At the"
        + " same time, it notes that speech in Parliament should be considered an issue of immunity. The Committee"
        + " against Torture recommended that Ruritania close the old prison. It also urged Ruritania to train"
        + " guards.", DocKind.NATIONAL_REPORT);
    assertEquals(List.of("Committee against Torture", "Committee against Torture"),
        found.stream().map(Recommendation::actor).toList());
  }

  @Test
  void aGroupWithItsAsideIsTheMakerOfItsSecondVerb() {
    Recommendation r = Extracting.extract("A number of stakeholders, including HRW and JS5, expressed concern about"
        + " the closures and recommended that Ruritania review the NGO Act.", DocKind.STAKEHOLDER_SUMMARY).get(0);
    assertEquals("A number of stakeholders, including HRW and JS5", r.actor());
  }

  @Test
  void aQuotedWeIsTheDelegationQuoted() {
    Recommendation r = Extracting.extract("\u201cWe recommend that Ruritania establish an independent police"
        + " complaints body,\u201d said the representative of Ireland.", DocKind.NEWS).get(0);
    assertEquals("Ireland", r.actor());
    assertEquals(List.of("Ireland"), r.recommendingStates());
    assertEquals("We recommend that Ruritania establish an independent police complaints body", r.text(),
        "the quotation, not its attribution");
  }

  @Test
  void aQuotedWeIsTheStateWhoseEnvoySpoke() {
    Recommendation r = Extracting.extract("\u201cWe recommend that Ruritania free the journalists,\u201d Chile's"
        + " ambassador told the Council. Peru also spoke.", DocKind.NEWS).get(0);
    assertEquals("Chile", r.actor());
    assertEquals("Free the journalists", r.request());
    for (String said : List.of("the Dutch envoy told the Council", "said the South African delegate",
        "the Netherlands' envoy said")) {
      Recommendation quoted = Extracting.extract("Brazil spoke first. \u201cWe recommend that Ruritania free the"
          + " journalists,\u201d " + said + ".", DocKind.NEWS).get(0);
      assertEquals(said.contains("South") ? "South Africa" : "Netherlands", quoted.actor(), said);
      assertEquals("Free the journalists", quoted.request(), said);
    }
  }

  @Test
  void doingSoIsNoRequestTheTextIsClassifiedInstead() {
    Recommendation r = extract("HRW noted that Ruritania had not adopted the disability law and recommended that it do"
        + " so without delay.", null).get(0);
    assertNull(r.request());
    assertEquals("HRW noted that Ruritania had not adopted the disability law and recommended that it do so without"
        + " delay.", r.classifiedText());
  }

  @Test
  void theAgentOfAPassiveCueAndMakersWhoActJointlyAreTheActors() {
    assertEquals("Committee against Torture", extract("Ruritania was urged by the Committee against Torture to"
        + " criminalize torture.", null).get(0).actor());
    assertEquals("UNICEF and UNHCR", extract("UNICEF and UNHCR jointly recommended that Ruritania register all"
        + " births.", null).get(0).actor());
    assertEquals(List.of(), extract("The Committee was encouraged by the adoption of the new Penal Code.", null),
        "a welcome");
  }

  @Test
  void aNoteMarkAfterTheMakersNameIsNotPartOfIt() {
    List<Recommendation> found = Extracting.extract("GENEVA (12 June 2025) \u2013 UN experts* today expressed alarm at"
        + " the charges and called on the authorities to end the persecution of judges. \"We urge the Government to"
        + " drop the charges,\" the experts said.", DocKind.NEWS);
    assertEquals(List.of("UN experts", "UN experts"), found.stream().map(Recommendation::actor).toList());
  }

  @Test
  void anOfficeHoldersNameAndTitleLeadBackToTheOffice() {
    List<Recommendation> found = extract("The Special Rapporteur on the right to food, Ana Lima Costa, said the"
        + " Land Act should be amended. Ms. Costa also recommended that Ruritania register customary land.", null);
    assertEquals(List.of("Special Rapporteur on the right to food, Ana Lima Costa",
        "Special Rapporteur on the right to food, Ana Lima Costa"), found.stream().map(Recommendation::actor).toList());
    assertEquals("special_procedure", found.get(1).actorType());
    assertEquals("Ruritania", found.get(0).target(), "a law to be amended is no addressee");
    assertEquals("The Land Act should be amended.", found.get(0).request());
  }

  @Test
  void aCapitalAskedIsItsState() {
    Recommendation r = extract("Chile urged Lima to free the journalists.", null).get(0);
    assertEquals("Peru", r.target());
  }

  @Test
  void aClauseOfCircumstanceAfterTheAskIsNotAsked() {
    assertEquals("Free the bloggers", extract("Norway urged Ruritania to free the bloggers, as its record came under"
        + " scrutiny in Geneva.", null).get(0).request());
    assertEquals("Free the bloggers, as well as the lawyers, as required by the Covenant.", extract("Norway urged"
        + " Ruritania to free the bloggers, as well as the lawyers, as required by the Covenant.", null).get(0)
        .request());
  }

  @Test
  void whatBecameOfTheAskIsNotAsked() {
    assertEquals("Scale up birth registration", extract("UNICEF recommended that the Government scale up birth"
        + " registration, which it did in 2023.", null).get(0).request());
    assertEquals("Abolish the death penalty", extract("Several stakeholders called for the abolition of the death"
        + " penalty; Parliament voted to abolish it for ordinary crimes in 2023.", null).get(0).request());
    assertEquals("Repeal the law on associations, which is used to close NGOs; and free the lawyers.", extract("JS2"
        + " recommended that Ruritania repeal the law on associations, which is used to close NGOs; and free the"
        + " lawyers.", null).get(0).request(), "what the law does, and a further ask, are part of it");
  }

  @Test
  void aNameWithOrIsOneActor() {
    List<Recommendation> found = extract("In 2006, the European Committee for the Prevention of Torture and Inhuman"
        + " or Degrading Treatment or Punishment recommended that Ruritania review its police training.", null);
    assertEquals("European Committee for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment",
        found.get(0).actor());
    assertEquals("other", found.get(0).actorType());
  }

  @Test
  void concernsAndWelcomesAreNotRecommendations() {
    assertEquals(List.of(), extract("The Committee expressed concern about prison conditions. "
        + "It welcomed the adoption of the law on refugees.", null));
  }

  @Test
  void theFootnoteBlockYieldsNothing() {
    String text = "The Committee recommended that Ruritania ratify the Convention.\n"
        + "1 The Committee recommended this in its previous observations.\n";
    int notes = text.indexOf("1 The");
    Outline outline = new Outline(List.of(), List.of(new Outline.Mark(notes, Outline.FOOTNOTES)));
    List<Recommendation> found = extract(text, outline);
    assertEquals(1, found.size());
    assertNull(found.get(0).section());
  }
}
