package org.uprlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Title blocks written for these tests in the layout of UN documents (not copied from any document). */
class DocumentInfoReaderTest {

  @Test
  void workingGroupReport() {
    DocumentInfo info = DocumentInfoReader.read("""
        United Nations A/HRC/31/14
        General Assembly Distr.: General
        4 January 2016
        Original: English
        Human Rights Council
        Thirty-first session
        Report of the Working Group on the Universal Periodic Review*
        Côte d’Ivoire
        Introduction
        1. The Working Group on the Universal Periodic Review, established in accordance with Human Rights Council
        resolution 5/1, held its twenty-third session from 2 to 13 November 2015. The review of the State was held.
        """);
    assertEquals(DocKind.WORKING_GROUP_REPORT, info.kind());
    assertTrue(info.kindEvidence().contains("Working Group on the Universal Periodic Review"), info.kindEvidence());
    assertEquals("A/HRC/31/14", info.symbol());
    assertEquals("Côte d'Ivoire", info.stateUnderReview());
    assertEquals(23, info.session());
    assertEquals(2, info.cycle());
    assertEquals(2016, info.year());
    assertEquals("en", info.language());
  }

  @Test
  void matrixTakesNoSymbolFromItsSourceOfPosition() {
    DocumentInfo info = DocumentInfoReader.read("""
        UPR of Bosnia and Herzegovina (3rd Cycle – 34th session)

        Thematic list of recommendations

        Recommendation

        Position

        Theme: A12 Acceptance of international norms

        148.1 Ratify the Convention on the Reduction of Statelessness (Austria);

        Source of position: A/HRC/43/9/Add.1 - Para. 2

        Supported
        """);
    assertEquals(DocKind.MATRIX, info.kind());
    assertEquals("matrix title: \"Thematic list of recommendations\"", info.kindEvidence());
    assertNull(info.symbol());
    assertEquals("Bosnia and Herzegovina", info.stateUnderReview());
    assertEquals(34, info.session());
    assertEquals(3, info.cycle());
  }

  @Test
  void addendumComesBeforeTheReportItAddsTo() {
    DocumentInfo info = DocumentInfoReader.read("""
        United Nations A/HRC/28/10/Add.1
        Report of the Working Group on the Universal Periodic Review
        Türkiye
        Addendum
        Views on conclusions and/or recommendations, voluntary commitments and replies presented by the State under
        review. The Government has examined the recommendations and the responses are as follows.
        """);
    assertEquals(DocKind.ADDENDUM, info.kind());
    assertEquals("A/HRC/28/10/Add.1", info.symbol());
    assertEquals("Türkiye", info.stateUnderReview());
  }

  @Test
  void aDatabasePageOfRecommendationsToAStateNamesItUnderReview() {
    assertEquals("Zambia", DocumentInfoReader.read("Recommendations to Zambia, 4th cycle\n\nShowing 4 of 250."
        + "\n\nRecommendation\n\nRecommending State\n\nAbolish the death penalty\n\nFrance\n").stateUnderReview(),
        "the title's State, not the first maker in the table");
    assertEquals("Malawi", DocumentInfoReader.read("Recommendations for Malawi\n\nRatify the Protocol\n\nChile\n")
        .stateUnderReview());
  }

  @Test
  void aStateNamedAfterAPlaceInASentenceIsNoTitlesState() {
    String news = "Zambia rejects calls to repeal press law at UN review\n\nBy Staff Reporter\n\nZambia on"
        + " Thursday rejected calls to repeal its press law.\n\nDuring the country's Universal Periodic Review in"
        + " Geneva, Germany, Canada and Sweden urged Zambia to repeal the law.\n";
    assertEquals("Zambia", DocumentInfoReader.read(news).stateUnderReview(), "the headline's, not the first maker");
    assertEquals("Tajikistan", DocumentInfoReader.read("Appeal\n\nThe journalist is held.\n\nDuring its Universal"
        + " Periodic Review in 2021, Tajikistan supported recommendations on expression.").stateUnderReview(),
        "a year is no place");
  }

  @Test
  void aStatesOwnReportUnderItsFormalName() {
    DocumentInfo info = DocumentInfoReader.read("Federal Republic of Nigeria\n\nNational report submitted for the"
        + " fifth cycle of the Universal Periodic Review\n\nAnnex\n\nRecommendation\n\nSource\n\nAdopt the"
        + " bill\n\nGhana\n");
    assertEquals("Nigeria", info.stateUnderReview(), "not the first maker in its table");
    assertEquals(DocKind.NATIONAL_REPORT, info.kind());
    assertEquals("Ethiopia", DocumentInfoReader.read("Federal Democratic Republic of Ethiopia\n\n"
        + "Mid-term report\n\nTable\n\nChile\n").stateUnderReview());
  }

  @Test
  void aTitleThatEndsWithItsStateAfterAColonOrDash() {
    assertEquals("Peru", DocumentInfoReader.read("Implementation scorecard: Peru\n\nPrepared by a coalition.\n\n"
        + "Ref.\n\nText\n\n1\n\nRatify the Agreement (Costa Rica);\n").stateUnderReview());
    assertEquals("Ghana", DocumentInfoReader.read("Follow-up report – Ghana*\n\nWe welcome progress.\n")
        .stateUnderReview());
    assertNull(DocumentInfoReader.read("Statement delivered by: France\n\nWe thank the delegation.\n")
        .stateUnderReview(), "a speaker's State is no State under review");
    assertEquals("Indonesia", DocumentInfoReader.read("Advocacy brief: Indonesia's fourth Universal Periodic Review"
        + "\n\nAccess for journalists to Papua and to Jakarta is restricted.\n").stateUnderReview(), "its possessive");
    assertEquals("Malawi", DocumentInfoReader.read("Working notes: Malawi, third cycle, torture and detention\n\n"
        + "Draft for the coalition's meeting.\n").stateUnderReview(), "a comma goes on with the title");
    assertNull(DocumentInfoReader.read("Note: Kenya, like its neighbours, has a new constitution.\n\nWe met.\n")
        .stateUnderReview(), "a sentence after a label names no State under review");
  }

  @Test
  void anAssessmentsSourceOfPositionLabelIsNoMatrixColumn() {
    DocumentInfo info = DocumentInfoReader.read("Mid-term Implementation Assessment: Ruritania\n\nRecommendation nº1:"
        + " Ratify the Convention (Recommended by Denmark)\nResponse: Accepted\nSource of position: A/HRC/22/13/Add.1\n");
    assertNotEquals(DocKind.MATRIX, info.kind(), info.kindEvidence());
  }

  @Test
  void anAddendumASentenceMentionsIsNoAddendum() {
    DocumentInfo notes = DocumentInfoReader.read("Working notes: Malawi, third cycle\n\nDraft prepared for the"
        + " coalition's meeting. Positions are from the addendum.\n");
    assertNotEquals(DocKind.ADDENDUM, notes.kind(), notes.kindEvidence());
  }

  @Test
  void aStateAloneOnALineBelowTheFirstSentenceIsATablesCellNotTheTitleBlocksState() {
    assertNull(DocumentInfoReader.read("Our notes on the fourth cycle\n\nOur team follows these recommendations from"
        + " the 2023 review.\n\nRecommendation\n\nState\n\nFund legal aid\n\nIceland\n").stateUnderReview());
    assertNull(DocumentInfoReader.read("Recommendation\n\nRecommending State\n\nFund legal aid\n\nIceland\n")
        .stateUnderReview(), "nor below a table's column name");
  }

  @Test
  void aHeadlineOpensWithItsStateButATranscriptsSpeakerIsNoStateUnderReview() {
    assertEquals("Malawi", DocumentInfoReader.read("Malawi: Free the Editors Held Since May\n\nThe editors of two"
        + " papers are held.\n").stateUnderReview());
    assertNull(DocumentInfoReader.read("President: I give the floor to Iceland.\n\nIceland: Thank you, Mr."
        + " President. Iceland recommends that Malawi free the editors and that Malawi repeal the press law.\n")
        .stateUnderReview());
  }

  @Test
  void preSessionDocumentsByTitleAndSymbol() {
    DocumentInfo compilation = DocumentInfoReader.read("""
        A/HRC/WG.6/48/KAZ/2
        Human Rights Council
        Working Group on the Universal Periodic Review
        Forty-eighth session
        Compilation on Kazakhstan
        Report of the Office of the United Nations High Commissioner for Human Rights
        """);
    assertEquals(DocKind.COMPILATION, compilation.kind());
    assertEquals("Kazakhstan", compilation.stateUnderReview());
    assertEquals(DocKind.COMPILATION, DocumentInfoReader.read("Sri Lanka\n\nCompilation of information prepared by"
        + " the Office of the United Nations High Commissioner for Human Rights\n\nI. Background").kind(),
        "the newer title, without its symbol");
    assertEquals(48, compilation.session());
    assertEquals(4, compilation.cycle());

    DocumentInfo national = DocumentInfoReader.read("""
        A/HRC/WG.6/7/SVN/1
        NATIONAL REPORT SUBMITTED IN ACCORDANCE WITH PARAGRAPH 15 (A) OF THE ANNEX TO HUMAN RIGHTS COUNCIL
        RESOLUTION 5/1* SLOVENIA
        """);
    assertEquals(DocKind.NATIONAL_REPORT, national.kind());
    assertEquals("Slovenia", national.stateUnderReview());
    assertEquals(7, national.session());
    assertEquals(1, national.cycle());

    DocumentInfo fourthCycle = DocumentInfoReader.read("""
        Human Rights Council
        Working Group on the Universal Periodic Review
        Forty-sixth session
        Geneva, 1-12 May 2034
        National report submitted pursuant to Human Rights Council resolutions 5/1 and 16/21*
        Ruritania
        """);
    assertEquals(DocKind.NATIONAL_REPORT, fourthCycle.kind());
    assertEquals(46, fourthCycle.session());
    assertEquals(4, fourthCycle.cycle());
    assertEquals(2034, fourthCycle.year());
    assertNull(fourthCycle.stateUnderReview(), "Ruritania is no State");

    DocumentInfo summary = DocumentInfoReader.read("""
        Summary of stakeholders’ submissions on Mongolia*
        Report of the Office of the United Nations High Commissioner for Human Rights
        """);
    assertEquals(DocKind.STAKEHOLDER_SUMMARY, summary.kind());
    assertEquals("Mongolia", summary.stateUnderReview());

    DocumentInfo bySymbolOnly = DocumentInfoReader.read("A/HRC/WG.6/20/KHM/3\nSome text without a title.");
    assertEquals(DocKind.STAKEHOLDER_SUMMARY, bySymbolOnly.kind());
    assertEquals("document symbol: A/HRC/WG.6/20/KHM/3", bySymbolOnly.kindEvidence());
    assertEquals("Cambodia", bySymbolOnly.stateUnderReview());
  }

  @Test
  void statementsAndNewsByTheirWording() {
    DocumentInfo statement = DocumentInfoReader.read("""
        Oral statement on the adoption of the UPR outcome of Freedonia
        Mr. President, we thank Uzbekistan for its engagement. Uzbekistan accepted most recommendations, and we
        call on Uzbekistan to act on them. We regret that Uzbekistan did not support others.
        """);
    assertEquals(DocKind.STATEMENT, statement.kind());
    assertNull(statement.year(), "no date in the text");
    DocumentInfo captioned = DocumentInfoReader.read("Joint statement on Freedonia\nDelegates in Geneva, June 13,"
        + " 2022. © 2022 Some Photographer\nDelivered on 4 July 2025 at the Council.");
    assertEquals(2025, captioned.year(), "a photo caption's date is not the document's");
    assertEquals("Uzbekistan", statement.stateUnderReview());
    String menus = "Share this via Facebook\nShare this via Email\nOther ways to share\n".repeat(12);
    DocumentInfo scraped = DocumentInfoReader.read(menus + "Freedonia: Free the Editors\n\nMadam President,\n\n"
        + "We regret that Freedonia noted the recommendations on the press law.\n");
    assertEquals(DocKind.STATEMENT, scraped.kind(), "its salutation on a line of its own below a page's menus");
    assertEquals("statement salutation: \"Madam President,\"", scraped.kindEvidence());
    assertEquals(DocKind.STATEMENT, DocumentInfoReader.read("End of Mission Statement\n\nSpecial Rapporteur on the"
        + " right to food, visit to Freedonia\n\nI thank the Government.").kind());
    DocumentInfo byAState = DocumentInfoReader.read("""
        40th session of the UPR Working Group
        Review of Zambia
        Statement by Germany
        Germany welcomes the delegation of Zambia. Germany recommends that Zambia abolish the death penalty.
        Germany also recommends that Zambia ratify the Optional Protocol. We wish Zambia a successful review.
        """);
    assertEquals("Zambia", byAState.stateUnderReview(), "the State a title says is reviewed, not the speaker");

    DocumentInfo news = DocumentInfoReader.read("(Geneva) – Governments should press Viet Nam at its third"
        + " Universal Periodic Review on January 22, 2019 to end abuses, the group said. Viet Nam has refused.");
    assertEquals(DocKind.NEWS, news.kind());
    assertEquals(DocKind.NEWS, DocumentInfoReader.read("UN News\nViet Nam under review\nGENEVA, 14 November 2024 –"
        + " Viet Nam's record was examined today.").kind(), "a dateline without parentheses");
    assertEquals(DocKind.NEWS, DocumentInfoReader.read("UN experts urge Zambia to halt evictions\nGENEVA (14 March"
        + " 2025) – UN experts today urged Zambia to halt evictions.").kind(), "a dateline with the date in brackets");
    DocumentInfo briefing = DocumentInfoReader.read("Press briefing notes on Zambia\nSpokesperson for the High"
        + " Commissioner\nWe urge the authorities to release the editors.");
    assertEquals(DocKind.NEWS, briefing.kind());
    assertEquals("Zambia", briefing.stateUnderReview());
    assertEquals(DocKind.NEWS, DocumentInfoReader.read("Zambia: Free the Editors\n12 May 2025\nThe authorities must"
        + " release three editors held since March, Rights Now said today.").kind(), "a release's lead");
    assertEquals(3, news.cycle());
    assertEquals(2019, news.year());
    assertNull(news.session());
  }

  @Test
  void stakeholdersSubmissionsByTheirTitle() {
    for (String title : List.of("Joint Submission to the Universal Periodic Review of Uzbekistan\n4th Cycle",
        "RURITANIA PRISON PROJECT\nSUBMISSION FOR THE UN UNIVERSAL PERIODIC REVIEW OF UZBEKISTAN",
        "Uzbekistan: UPR stakeholder submission on the death penalty",
        "Uzbekistan: shadow report to the Committee against Torture",
        "Universal Periodic Review of Uzbekistan\n4th Cycle, 42nd Session\nJoint submission by the Tashkent"
            + " Housing Centre and the Prison Reform Network",
        "Uzbekistan: Evictions Without Remedy\nThis report was prepared by the Tashkent Housing Centre for the"
            + " Universal Periodic Review of Uzbekistan.")) {
      DocumentInfo info = DocumentInfoReader.read(title + "\nPrisons hold three times the people they were built"
          + " for.");
      assertEquals(DocKind.SUBMISSION, info.kind(), title);
      assertEquals("Uzbekistan", info.stateUnderReview(), title);
    }
    assertEquals(DocKind.STAKEHOLDER_SUMMARY, DocumentInfoReader.read("Summary of stakeholders' submissions on"
        + " Uzbekistan\nReport of the Office of the United Nations High Commissioner for Human Rights\n1. The"
        + " present report is a summary of 20 stakeholders' submissions to the universal periodic review.").kind(),
        "OHCHR's summary of submissions is a summary");
  }

  @Test
  void aSpecialProceduresCountryVisitIsNoAddendumOfAReview() {
    DocumentInfo visit = DocumentInfoReader.read("United Nations A/HRC/58/47/Add.2\nHuman Rights Council\n"
        + "Visit to Zambia\nReport of the Special Rapporteur on the right to adequate housing\n1. The Special"
        + " Rapporteur visited Zambia in June 2024.");
    assertEquals(DocKind.SPECIAL_PROCEDURE_REPORT, visit.kind());
    assertEquals("Zambia", visit.stateUnderReview());
    DocumentInfo older = DocumentInfoReader.read("A/HRC/10/7/Add.3\nAddendum\nMission to Zambia\nReport of the"
        + " Independent Expert on the question of human rights and extreme poverty");
    assertEquals(DocKind.SPECIAL_PROCEDURE_REPORT, older.kind(), "its 'Addendum' does not make it a review's");
    DocumentInfo addendum = DocumentInfoReader.read("A/HRC/28/10/Add.1\nReport of the Working Group on the"
        + " Universal Periodic Review\nZambia\nAddendum\nViews on conclusions and/or recommendations");
    assertEquals(DocKind.ADDENDUM, addendum.kind());
  }

  @Test
  void aCouncilResolutionByItsTitleWithItsSymbol() {
    DocumentInfo resolution = DocumentInfoReader.read("United Nations A/HRC/RES/57/12\nHuman Rights Council\n"
        + "Resolution adopted by the Human Rights Council on 10 October 2024\n57/12. Technical assistance to Zambia");
    assertEquals(DocKind.RESOLUTION, resolution.kind());
    assertEquals("A/HRC/RES/57/12", resolution.symbol());
  }

  @Test
  void aParliamentsResolutionByItsTitleOrAnyResolutionByItsPreamble() {
    assertEquals(DocKind.RESOLUTION, DocumentInfoReader.read("European Parliament resolution of 3 April 2025 on"
        + " Ruritania\n\nThe European Parliament,\n\n1. Calls on Ruritania to free the students;").kind());
    assertEquals(DocKind.RESOLUTION, DocumentInfoReader.read("Situation of human rights in Zambia\n\nThe General"
        + " Assembly,\n\nRecalling its resolutions,\n\n1. Urges Zambia to abolish the death penalty;").kind());
  }

  @Test
  void aReportOnTheSituationInACountryIsAboutThatCountry() {
    assertEquals("Eritrea", DocumentInfoReader.read("Situation of human rights in Eritrea\n\nReport of the"
        + " Secretary-General\n\nSummary\n\nThe present report covers the period from June to May.")
        .stateUnderReview());
    assertEquals("Democratic People's Republic of Korea", DocumentInfoReader.read("The human rights situation in the"
        + " Democratic People's Republic of Korea\n\nNote by the Secretary-General").stateUnderReview());
  }

  @Test
  void aFormsStateFieldNamesTheState() {
    assertEquals("Kazakhstan", DocumentInfoReader.read("Human Rights Committee\n\nViews adopted by the Committee"
        + " concerning communication No. 3912/2021\n\nSubmitted by: A.B.\nState party: Kazakhstan\n\n9. The"
        + " Committee is of the view that the facts disclose a violation.").stateUnderReview());
    assertEquals("Peru", DocumentInfoReader.read("Advocacy note\nCountry under review: Peru\nSession: 47\n\nOur"
        + " asks follow.").stateUnderReview());
    assertEquals("Ghana", DocumentInfoReader.read("Ghana's third review: what States asked\n\nGermany asked for"
        + " more.").stateUnderReview(), "a title's State by its possessive");
    assertEquals("Kazakhstan", DocumentInfoReader.read("Human Rights Committee\n\nConcluding observations on the"
        + " report of Kazakhstan\n\n10. The State party is encouraged to ratify the Protocol.").stateUnderReview());
  }

  @Test
  void aCommissionOfInquirysReportIsASpecialProcedureReportOnTheStateItsTitleNames() {
    DocumentInfo report = DocumentInfoReader.read("Human Rights Council\nFifty-ninth session\n\nReport of the"
        + " Independent International Commission of Inquiry on the Syrian Arab Republic\n\nI. Introduction");
    assertEquals(DocKind.SPECIAL_PROCEDURE_REPORT, report.kind());
    assertEquals("Syrian Arab Republic", report.stateUnderReview());
  }

  @Test
  void anActionPlansTitleNamesItsState() {
    assertEquals("Republic of Moldova", DocumentInfoReader.read("National Human Rights Action Plan of the Republic of"
        + " Moldova for 2024-2028\n\nChapter 1. Introduction").stateUnderReview());
  }

  @Test
  void anIloExpertsCommentIsReadAsATreatyBodysObservationsOnTheStateItsTitleNames() {
    DocumentInfo comment = DocumentInfoReader.read("Observation (CEACR) - adopted 2025\n\nWorst Forms of Child"
        + " Labour Convention, 1999 (No. 182) - Zambia (Ratification: 2001)\n\nThe Committee urges the Government to"
        + " act. (Geneva) - the text continues.");
    assertEquals(DocKind.CONCLUDING_OBSERVATIONS, comment.kind(), "'(CEACR) -' is no dateline");
    assertEquals("Zambia", comment.stateUnderReview());
  }

  @Test
  void aSpecialProceduresLetterNamesItsStateByItsReferenceCode() {
    DocumentInfo letter = DocumentInfoReader.read("Mandates of the Special Rapporteur on the rights of indigenous"
        + " peoples\n\nREFERENCE: AL NZL 2/2025\n\n12 June 2025\n\nExcellency,\n\nWe have the honour to address you"
        + " concerning information received on Chile and Peru.");
    assertEquals(DocKind.COMMUNICATION, letter.kind());
    assertEquals("New Zealand", letter.stateUnderReview(), "the code, not the States the letter mentions");
    DocumentInfo toDelegations = DocumentInfoReader.read("Your Excellency,\n\nAhead of the review of Zambia, we"
        + " write to urge your delegation to make the recommendations below.");
    assertNotEquals(DocKind.COMMUNICATION, toDelegations.kind(), "an NGO's letter to delegations is no mandate's");
  }

  @Test
  void aTreatyBodysConcludingObservationsByTitleAndSymbol() {
    DocumentInfo byTitle = DocumentInfoReader.read("""
        United Nations CCPR/C/RUR/CO/2
        International Covenant on Civil and Political Rights Distr.: General
        3 May 2021
        Human Rights Committee
        Concluding observations on the second periodic report of Zambia*
        1. The Committee considered the second periodic report of Zambia at its 3701st meeting, held its
        dialogue during its 131st session and adopted these concluding observations.
        """);
    assertEquals(DocKind.CONCLUDING_OBSERVATIONS, byTitle.kind());
    assertTrue(byTitle.kindEvidence().startsWith("concluding observations title"), byTitle.kindEvidence());
    assertEquals("CCPR/C/RUR/CO/2", byTitle.symbol());
    assertEquals("Zambia", byTitle.stateUnderReview(), "an unknown country code leaves the title to name it");
    assertNull(byTitle.session(), "the Committee's session is no UPR session");

    DocumentInfo bySymbol = DocumentInfoReader.read("E/C.12/ZMB/CO/3-4\nCommittee on Economic, Social and"
        + " Cultural Rights\nFindings on Zambia");
    assertEquals(DocKind.CONCLUDING_OBSERVATIONS, bySymbol.kind());
    assertEquals("E/C.12/ZMB/CO/3-4", bySymbol.symbol());
    assertEquals("Zambia", bySymbol.stateUnderReview());

    for (String title : List.of("the combined fifth and sixth reports of Zambia", "the initial report of Zambia",
        "the combined second to fourth periodic reports of Zambia")) {
      DocumentInfo unnumbered = DocumentInfoReader.read("Committee against Torture\n\nConcluding observations on "
          + title + "\n\n1. The Committee considered the report at its meetings.");
      assertEquals("Zambia", unnumbered.stateUnderReview(), title);
    }
    assertEquals("Zambia", DocumentInfoReader.read("Zambia's review\n\nZambia was examined today by the Universal"
        + " Periodic Review.\n\nThe United Kingdom recommended Zambia to ratify it. Zambia and Zambia again.")
        .stateUnderReview(), "a State after a sentence that ends with a title's words is no title's State");
  }

  @Test
  void aMidTermReportIsTheStatesOwn() {
    DocumentInfo info = DocumentInfoReader.read("Mid-term report of the Republic of Zambia on the implementation of"
        + " the recommendations accepted during its third Universal Periodic Review\nLusaka, March 2025\n1. Zambia"
        + " accepted 205 recommendations.");
    assertEquals(DocKind.MIDTERM_REPORT, info.kind());
    assertEquals("Zambia", info.stateUnderReview());
    assertEquals("Republic of Korea", DocumentInfoReader.read("Statement at the review of the Republic of Korea\n"
        + "Thank you.").stateUnderReview());
  }

  @Test
  void aStatesFormalNameAloneOnTheTitleLineIsTheStateUnderReview() {
    // The table below the title names other States alone in its cells; the title line's own State comes first.
    DocumentInfo info = DocumentInfoReader.read("Kingdom of Lesotho\n\nVoluntary mid-term report on the"
        + " implementation of recommendations\n\nRecommendation\n\nRecommending State\n\nEnact the bill\n\nGhana\n");
    assertEquals("Lesotho", info.stateUnderReview());
    assertEquals("Republic of Korea", DocumentInfoReader.read("Republic of Korea\n\nMid-term report\n\nChile\n")
        .stateUnderReview(), "a State whose name has the form keeps it");
  }

  @Test
  void aSubmissionCitingTheCommitteesObservationsStaysASubmission() {
    DocumentInfo info = DocumentInfoReader.read("Joint submission to the Universal Periodic Review of Zambia\n"
        + "1. The Committee (CRC/C/ZMB/CO/5-7) asked for a juvenile justice law.");
    assertEquals(DocKind.SUBMISSION, info.kind());
    assertNull(info.symbol());
  }

  @Test
  void otherLanguagesAreNamed() {
    assertEquals("fr", Languages.detect("Le Groupe de travail a examiné le rapport de la délégation et les"
        + " recommandations des États pour la protection des droits de l'homme dans le pays et sur le terrain de la"
        + " coopération avec les mécanismes des Nations Unies, et la délégation a répondu aux questions."));
    assertEquals("es", Languages.detect("El Grupo de Trabajo examinó el informe de la delegación y las"
        + " recomendaciones de los Estados para la protección de los derechos humanos en el país y la cooperación"
        + " con los mecanismos de las Naciones Unidas, y la delegación respondió a las preguntas del grupo."));
    assertEquals("ru", Languages.detect("Рабочая группа по универсальному периодическому обзору рассмотрела"
        + " доклад делегации и рекомендации государств о защите прав человека в стране."));
    assertNull(Languages.detect("A/HRC/1/2"));
  }

  @Test
  void aBilingualTextIsReadForItsEnglish() {
    String english = "We call on Canada to fully implement the Declaration on the Rights of Indigenous Peoples Act and"
        + " to ensure free, prior and informed consent for resource projects on Indigenous lands.\n";
    String french = "Nous demandons au Canada de mettre pleinement en œuvre la Loi sur la Déclaration des Nations"
        + " Unies sur les droits des peuples autochtones et de garantir le consentement préalable, libre et éclairé"
        + " pour les projets sur les terres autochtones. Nous exhortons également le Canada à fournir de l'eau"
        + " potable à toutes les communautés des Premières Nations d'ici 2028, et le Réseau salue l'engagement du"
        + " Canada dans l'examen et dans le dialogue avec les peuples et les nations.\n";
    assertEquals("en", Languages.detect(english + french));
    assertEquals("fr", Languages.detect(french + french), "French alone");
    assertEquals("fr", Languages.detect(french + "The Working Group on the UPR.\n" + french),
        "a French text with an English name in it");
  }
}
