package org.uprlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uprlens.extract.Extracting.extract;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uprlens.ingest.DocKind;
import org.uprlens.ingest.Document;
import org.uprlens.ingest.DocumentReader;
import org.uprlens.ingest.Fixtures;

/** Asks listed one per line become one recommendation each, on texts written for these tests (real CoreNLP). */
class ListedAsksTest {
  private static List<String> texts(List<Recommendation> found) {
    return found.stream().map(Recommendation::text).toList();
  }

  @Test
  void anAllCapitalsLeadInOfASubmissionGivesItsItemsToItsAuthor() {
    String text = """
        THE RURITANIA PRISON PROJECT
        SUBMISSION TO THE UNIVERSAL PERIODIC REVIEW OF RURITANIA

        Prisons hold three times the people they were built for.

        THE RURITANIA PRISON PROJECT CALLS ON THE GOVERNMENT TO:

        Overcrowding
        • Reduce pre-trial detention by using bail;
        • Build no new prison before the old ones are repaired;

        Health
        • Give every prisoner access to a doctor within a day.
        """;
    List<Recommendation> found = extract(text, DocKind.SUBMISSION);
    assertEquals(List.of("Reduce pre-trial detention by using bail",
        "Build no new prison before the old ones are repaired",
        "Give every prisoner access to a doctor within a day"), texts(found));
    assertEquals(List.of("Ruritania Prison Project"), found.stream().map(Recommendation::actor).distinct().toList());
    assertEquals(List.of("call"), found.stream().map(Recommendation::verb).distinct().toList());
    assertEquals(List.of("Ruritania"), found.stream().map(Recommendation::target).distinct().toList());
    assertEquals(List.of("reduce", "build", "give"), found.stream().map(Recommendation::action).toList());
    Recommendation first = found.get(0);
    assertEquals(first.text(), text.substring(first.charStart(), first.charEnd()), "its span is the item's");
  }

  @Test
  void numberedAsksPrintedAsTitlesOverTheirReasonsAreEachAnAsk() {
    String text = """
        Ruritania: Briefing for the fourth Universal Periodic Review

        Submitted by the Delta Rights Forum

        Recommendations

        1. Repeal the Public Order Act

        The Act has been used to ban opposition rallies. In 2025 alone, police refused permission for 43 gatherings.

        2. Protect journalists

        At least twelve journalists were assaulted while covering the elections.

        3. Fund the Human Rights Commission

        The Commission received less than half of its budget request.
        """;
    List<Recommendation> found = extract(text, DocKind.SUBMISSION);
    assertEquals(List.of("Repeal the Public Order Act", "Protect journalists", "Fund the Human Rights Commission"),
        texts(found));
    assertEquals(List.of("Delta Rights Forum"), found.stream().map(Recommendation::actor).distinct().toList());
    String sections = """
        Recommendations

        1. Background

        The Forum consulted 40 organisations before writing them.

        2. Legal aid

        Legal aid is unavailable outside the capital.
        """;
    assertEquals(List.of(), extract(sections, DocKind.SUBMISSION), "numbered titles that ask nothing");
    String pdf = """
        Recommendations
        1. Repeal the Public Order Act
        The Act has been used to ban opposition rallies and to arrest peaceful protesters. In 2025
        alone, police refused permission for 43 gatherings.
        2. Protect journalists
        At least twelve journalists were assaulted while covering the 2026 elections, and none of
        the attackers has been charged.
        """;
    assertEquals(List.of("Repeal the Public Order Act", "Protect journalists"), texts(extract(pdf, DocKind.SUBMISSION)),
        "as a PDF prints them, no blank line between a title and its reasons");
    String wrapped = """
        The Delta Rights Forum recommends that the Government of Ruritania:
        1. Ensure that the National Human Rights Commission receives the budget it needs and
        Reports every year to Parliament on its work.
        2. Repeal the provisions of the Public Order Act that have been used to ban rallies
        Organised by the opposition.
        """;
    assertEquals(List.of("Ensure that the National Human Rights Commission receives the budget it needs and Reports"
        + " every year to Parliament on its work",
        "Repeal the provisions of the Public Order Act that have been used to ban rallies Organised by the opposition"), texts(extract(wrapped, DocKind.SUBMISSION)),
        "an item wrapped at the margin runs on, even onto a capital");
  }

  @Test
  void aSentenceThatAnnouncesWhatToDoLeadsIntoNumberedTitles() {
    String text = """
        Five things Ruritania must do after its UPR

        By Jane Roe, Delta Rights Forum. 10 November 2026

        Ruritania received 268 recommendations last week. Here is what the Government must do first.

        1. Repeal the Public Order Act

        The Act has been used to ban opposition rallies.

        2. Ratify the Optional Protocol to the Convention against Torture

        Independent monitoring of places of detention would prevent abuse.
        """;
    List<Recommendation> found = extract(text, DocKind.NEWS);
    assertEquals(List.of("Repeal the Public Order Act", "Ratify the Optional Protocol to the Convention against Torture"),
        texts(found));
    assertEquals(List.of("Delta Rights Forum"), found.stream().map(Recommendation::actor).distinct().toList(),
        "the byline's organisation, a date after it");
    assertEquals(List.of("Ruritania"), found.stream().map(Recommendation::target).distinct().toList());
  }

  @Test
  void theItemsOfAResolutionToSupportAreWhatItShouldSay() {
    String text = """
        Joint letter to Member and Observer States of the Human Rights Council

        Excellencies,

        We, the undersigned civil society organisations, urge your delegation to support a resolution that:
        • Renews the mandate of the Special Rapporteur for a further year;
        • Calls on Ruritania to release all those arbitrarily detained;
        • Establishes an independent investigative mechanism.
        """;
    List<Recommendation> found = extract(text, DocKind.COMMUNICATION);
    assertEquals(List.of("Renew the mandate of the Special Rapporteur for a further year",
        "Release all those arbitrarily detained", "Establish an independent investigative mechanism"),
        found.stream().map(Recommendation::request).toList());
    assertEquals("Ruritania", found.get(1).target(), "the State the item calls on");
  }

  @Test
  void aHeadingAboveALeadInIsNotPartOfItsMaker() {
    String text = """
        Submission to the Universal Periodic Review of Ruritania by the Delta Legal Aid Centre (DLAC)

        B. Access to justice
        3. Legal aid is unavailable outside the capital.
        Recommendations
        DLAC recommends that the Government of Ruritania:
        • Fund legal aid offices in every province;
        • Train paralegals in rural districts.

        C. Freedom of expression
        4. Bloggers were arrested under the cybercrime law.
        Recommendations:
        • Release all bloggers detained for their posts;
        • Repeal or amend the cybercrime law to protect online speech.
        """;
    List<Recommendation> found = extract(text, DocKind.SUBMISSION);
    assertEquals(List.of("Fund legal aid offices in every province", "Train paralegals in rural districts",
        "Release all bloggers detained for their posts",
        "Repeal or amend the cybercrime law to protect online speech"), texts(found));
    assertEquals("Delta Legal Aid Centre", found.get(0).actor(), "the acronym the submission defines, spelt out");
    assertEquals("ngo", found.get(0).actorType());
  }

  @Test
  void aBulletThatCallsOnStatesOverAsksOfItsOwnLeadsInUnderAHeadingWhateverFollows() {
    // As slides print a briefing: the body's first bullet leads in, and questions go on in the same bullets.
    String text = """
        Briefing by the Lakeside Rights Forum

        Recommendations

        • We urge States to recommend that Zambia:

        ◦ Make birth registration free in every district hospital by 2028;

        ◦ Raise the minimum age of marriage to 18 for girls and boys without exception.

        Questions for the Working Group

        • How will the Children's Code Act be funded?

        • When will the inspection reports be published?
        """;
    List<Recommendation> found = extract(text, DocKind.STATEMENT);
    assertEquals(List.of("Make birth registration free in every district hospital by 2028",
        "Raise the minimum age of marriage to 18 for girls and boys without exception"), texts(found));
    assertEquals("Zambia", found.get(0).target());
  }

  @Test
  void anItemIsAQuestionWhenItsFirstSentenceIs() {
    assertTrue(ListedAsks.opensAsQuestion("What steps has the Government taken under art. 3 of the Convention?"));
    assertTrue(ListedAsks.opensAsQuestion("How will the Act be funded? Please explain."));
    assertFalse(ListedAsks.opensAsQuestion("Norway encourages Kenya to adopt a plan. What progress has been made?"));
    assertFalse(ListedAsks.opensAsQuestion("Adopt a plan"));
  }

  @Test
  void wordListsAreReadAsTheyPrintFromDocxDocAndPdf() throws IOException {
    var reader = new DocumentReader(DocumentReader.Options.defaults());
    for (String extension : List.of("docx", "doc", "pdf")) {
      var document = (Document) reader.decode("submission." + extension, Fixtures.submission(extension));
      List<Recommendation> found = extract(document.text(), DocKind.SUBMISSION);
      // Word prints a bullet under a bullet as "◦"; LibreOffice's PDF prints it as the list's own "•".
      String sub = extension.equals("pdf") ? "\u2022" : "\u25E6";
      assertEquals(List.of("Reduce pre-trial detention by using bail and non-custodial measures",
          "Give every prisoner access to a doctor within a day of a request",
          "Allow independent monitors to visit all places of detention without notice",
          "Ratify the following treaties: " + sub + " the Optional Protocol to the Convention against Torture; " + sub
              + " the Convention on the Rights of Persons with Disabilities",
          "Publish the number of deaths in custody each year", "Investigate every death in custody independently"),
          texts(found), extension);
      assertEquals(List.of("Ruritania Prison Project"), found.stream().map(Recommendation::actor).distinct().toList(),
          extension);
      assertEquals(List.of("Zambia", "Ruritania"), found.stream().map(Recommendation::target).distinct().toList(),
          extension + ": the lead-in names Zambia; 'the Government' is the State under review");
    }
  }

  @Test
  void aSentenceThatSwallowedItsItemsIsReadItemByItem() {
    String text = """
        Joint submission on the rights of older persons in Ruritania
        Submitted by the Ruritanian Society for Older Persons

        We recommend that the Government of Ruritania:
        a) Raise the basic pension above the poverty line;
        b) Fund home care in rural districts;
        c) Make elder abuse a crime.
        """;
    List<Recommendation> found = extract(text, DocKind.SUBMISSION);
    assertEquals(List.of("Raise the basic pension above the poverty line", "Fund home care in rural districts",
        "Make elder abuse a crime"), texts(found));
    assertEquals(List.of("Ruritanian Society for Older Persons"),
        found.stream().map(Recommendation::actor).distinct().toList(), "'We' is the byline's author");
  }

  @Test
  void aRecommendationsHeadingCountsInTheAuthorsOwnVoiceOnly() {
    String text = """
        Submitted by the Ruritanian Society for Older Persons

        Recommendations
        1. Adopt a law on the rights of older persons.
        2. Collect data on poverty in old age.

        Implementation of previous recommendations
        • Adopted a pension reform in 2022;
        • The care strategy has not been funded.
        """;
    assertEquals(List.of("Adopt a law on the rights of older persons", "Collect data on poverty in old age"),
        texts(extract(text, DocKind.SUBMISSION)), "what the State did is not asked");
    assertEquals(List.of(), extract(text, DocKind.COMPILATION), "a UN report's heading recommends nothing");
  }

  @Test
  void aLettersAnnexOfAreasForActionIsItsWritersAsksForTheNextCycle() {
    String text = """
        Excellency,

        In my capacity as United Nations High Commissioner for Human Rights, I write after the review of Ruritania.

        Annex

        Areas that require further attention before the next cycle

        1. Justice

        - Train judges on the new criminal code;
        - Publish every judgment of the Supreme Court.

        2. Previous cycle

        - Fund the national human rights institution.
        """;
    List<Recommendation> found = extract(text, DocKind.OTHER);
    assertEquals(List.of("Train judges on the new criminal code", "Publish every judgment of the Supreme Court",
        "Fund the national human rights institution"), texts(found), "the next cycle lies ahead, not behind");
    assertEquals(List.of("United Nations High Commissioner for Human Rights"),
        found.stream().map(Recommendation::actor).distinct().toList());
  }

  @Test
  void listsAddressedToSomeoneUnderTheRecommendationsAreTheAuthorsToThem() {
    String text = """
        This report was prepared by the Ruritanian Housing Rights Centre for the Universal Periodic Review.

        Recommendations
        To the Government of Ruritania:
        \u2022 Impose a moratorium on forced evictions.
        \u2022 Compensate all families evicted since 2020.
        To donors and development partners:
        \u2022 Fund legal aid for evicted families.
        \u2022 Make funding for upgrading conditional on consulting residents.
        """;
    List<Recommendation> found = extract(text, DocKind.SUBMISSION);
    assertEquals(List.of("impose", "compensate", "fund", "make"), found.stream().map(Recommendation::action).toList());
    assertEquals(List.of("Ruritania", "Ruritania", "donors and development partners",
        "donors and development partners"), found.stream().map(Recommendation::target).toList());
    assertEquals(List.of("Ruritanian Housing Rights Centre"),
        found.stream().map(Recommendation::actor).distinct().toList(), "the review it was prepared for is no name");
  }

  @Test
  void itemsThatNameTheirMakersInParenthesesAreThoseStatesRecommendations() {
    String text = """
        What States told Ruritania at its fourth review

        On 5 November, 92 delegations took the floor. Several recommendations stood out:

        • Abolish the death penalty in the Constitution (France, Spain);
        • The adoption of a law on access to information (Sweden);
        • Decriminalise same-sex relations (Canada).

        Delegations also recommended that Ruritania:

        • Ratify the Second Optional Protocol (Australia, Iceland);
        • Protect journalists.
        """;
    List<Recommendation> found = extract(text, DocKind.OTHER);
    assertEquals(List.of("Abolish the death penalty in the Constitution",
        "The adoption of a law on access to information", "Decriminalise same-sex relations",
        "Ratify the Second Optional Protocol", "Protect journalists"), texts(found));
    assertEquals(List.of("France, Spain", "Sweden", "Canada", "Australia, Iceland", "Delegations"),
        found.stream().map(Recommendation::actor).toList(), "the States an item names made it; else the lead-in's");
    assertEquals(List.of("France", "Spain"), found.get(0).recommendingStates());
    assertEquals(List.of("Ruritania"), found.stream().map(Recommendation::target).distinct().toList());
  }

  @Test
  void aLetterAskingDelegationsToRecommendGivesItsItemsToTheStateItNames() {
    String text = """
        Geneva, 3 November 2026

        To the Permanent Representatives of Member States of the Human Rights Council

        Ahead of the review of Zambia by the Working Group on the Universal Periodic Review, our organisations urge
        your delegations to make the following recommendations:

        a. Repeal section 12 of the Public Order Act;

        i. in the meantime, stop its use against reporters;

        b. Invite the Special Rapporteur on freedom of assembly to visit.

        We further urge your delegations to ask Malawi to:

        5. Establish a national preventive mechanism;

        6. Publish data on deaths in custody every year.
        """;
    List<Recommendation> found = extract(text, DocKind.OTHER);
    assertEquals(List.of("repeal", "invite", "establish", "publish"), found.stream().map(Recommendation::action)
        .toList(), "the item inside item a. is part of it; the numbers go on from an earlier list");
    assertEquals(List.of("Zambia", "Zambia", "Malawi", "Malawi"), found.stream().map(Recommendation::target).toList(),
        "the review the letter is for, then the State it names");
  }

  @Test
  void aLeadInThatAnnouncesTheAuthorsRecommendationsGivesThemItsItems() {
    String text = """
        End of mission statement by the Special Rapporteur on the right to food on her visit to Ruritania

        I met farmers in four provinces. My report will follow next year.
        My main recommendations are the following:
        - Adopt a framework law on the right to food;
        - Protect smallholders from land grabbing;
        - Raise the minimum wage of farm workers.
        We make the following recommendations to donors:
        - Fund school meals in the northern provinces;
        - Support local seed banks.
        The recommendations accepted at the last review were the following:
        - Adopt a national food strategy;
        - Ratify the Optional Protocol.
        Until my report is out, I wish to share the following preliminary recommendations with the Government:
        1. Register the farmers' unions;
        2. Publish the land concessions.
        """;
    List<Recommendation> found = extract(text, DocKind.STATEMENT);
    assertEquals(List.of("adopt", "protect", "raise", "fund", "support", "register", "publish"),
        found.stream().map(Recommendation::action).toList());
    assertEquals(List.of("Ruritania", "Ruritania", "Ruritania", "donors", "donors", "Ruritania", "Ruritania"),
        found.stream().map(Recommendation::target).toList());
    assertEquals(List.of("Special Rapporteur on the right to food"),
        found.stream().map(Recommendation::actor).distinct().toList());
    for (String lead : List.of("Key asks of the Ruritanian authorities:", "Recommended actions:")) {
      List<Recommendation> asks = extract("Submission by the Ruritania Civic Space Forum\n\nRallies were banned.\n\n"
          + lead + "\n\u2022 Repeal the Public Order Act;\n\u2022 Release the detained organisers.\n",
          DocKind.SUBMISSION);
      assertEquals(List.of("Ruritania Civic Space Forum", "Ruritania Civic Space Forum"),
          asks.stream().map(Recommendation::actor).toList(), lead);
      assertEquals(List.of("recommend", "recommend"), asks.stream().map(Recommendation::verb).toList(), lead);
    }
  }

  @Test
  void labelledRecommendationsThroughAReportAreTheAuthors() {
    String text = """
        Ruritania Human Rights Commission
        Submission to the Universal Periodic Review of Ruritania

        1. Prison conditions
        The Commission visited 12 prisons. Cells held up to four times their capacity.

        Recommendation 1: Reduce overcrowding by expanding the use of non-custodial sentences.
        Recommendation 2 \u2013 Adopt a law establishing an independent prison
        inspectorate.

        Recommendation 3: The Government should publish the inspection reports.
        Recommendation 4: Progress since the last review has been slow.
        """;
    List<Recommendation> found = extract(text, DocKind.SUBMISSION);
    assertEquals(List.of("Reduce overcrowding by expanding the use of non-custodial sentences",
        "Adopt a law establishing an independent prison inspectorate",
        "The Government should publish the inspection reports."), texts(found),
        "a labelled call is read once; a label over a finding asks nothing");
    assertEquals(List.of("Ruritania Human Rights Commission"),
        found.stream().map(Recommendation::actor).distinct().toList());
    assertEquals("nhri", found.get(0).actorType());
    assertEquals(List.of(), extract(text, DocKind.COMPILATION).stream()
        .filter(r -> r.text().startsWith("Reduce")).toList(), "a UN report's labels are not read this way");
  }


  @Test
  void aLabelAfterAParagraphNumberAndAsksMarkedInlineAfterIt() {
    String text = """
        Joint submission by the Ruritania Civil Society Platform

        1. Recommendations: 1) Repeal section 104 of the Criminal Code; 2) Amend the Public Order Act; 3) Adopt the
        Affirmative Action Bill.

        2. Recommendation: Repeal the Cybersecurity Act.
        """;
    assertEquals(List.of("Repeal section 104 of the Criminal Code", "Amend the Public Order Act",
        "Adopt the Affirmative Action Bill", "Repeal the Cybersecurity Act"),
        texts(extract(text, DocKind.SUBMISSION)));
  }

  @Test
  void shortLabelsAndAPdfsLinesWithoutBlankLinesBetweenParagraphs() {
    String text = """
        Ruritania: Submission to the Universal Periodic Review of Ruritania
        Submitted by the Ruritanian Water Forum
        3. Access to water
        3. Wells in two provinces were sold to private firms, and families pay a third of their
        income for water.
        R1. Guarantee a free minimum quantity of safe water to every household in the dry
        provinces.
        Rec. 2 \u2013 Publish the contracts for the sale of the wells.
        4. Land
        4. Only a few of the villages' claims to their land have been registered.
        Recommendation #3: Fund the land registry so that it registers every village's claim.
        Nomads lose grazing land every year.
        """;
    List<Recommendation> found = extract(text, DocKind.SUBMISSION);
    assertEquals(List.of("Guarantee a free minimum quantity of safe water to every household in the dry provinces",
        "Publish the contracts for the sale of the wells",
        "Fund the land registry so that it registers every village's claim"), texts(found),
        "each ask ends with its paragraph: at the next numbered line, or where a closed sentence ends its line");
  }
  @Test
  void anUnnumberedLabelAndTheImpersonalPassiveAreTheAuthorsToo() {
    String text = """
        Joint submission to the Universal Periodic Review of Ruritania
        Submitted by the Ruritanian Coalition for Human Rights Defenders

        Torture

        Recommendation: To establish an independent body to investigate allegations of torture.

        It is recommended that the Government adopt a law on human rights defenders.

        It is further recommended to the State to release all detained protesters.

        It is recommended that prisons be inspected every year.
        """;
    List<Recommendation> found = extract(text, DocKind.SUBMISSION);
    assertEquals(List.of("Establish an independent body to investigate allegations of torture",
        "Adopt a law on human rights defenders.", "Release all detained protesters.",
        "Prisons be inspected every year."),
        found.stream().map(Recommendation::request).toList());
    assertEquals(List.of("Ruritanian Coalition for Human Rights Defenders"),
        found.stream().map(Recommendation::actor).distinct().toList());
  }

  @Test
  void paragraphsWithoutMarkersAfterALeadInAreItemsUpToTheFirstThatDoesNotAsk() {
    String text = """
        Ruritania: Free the Bloggers

        (Geneva) \u2013 Ruritania should free the bloggers held since March, the Ruritanian Media Watch said today.

        The Ruritanian Media Watch calls on the Government of Ruritania to:

        release the six bloggers detained for their posts;

        repeal the sections of the Cyber Security Act used to charge them;

        investigate reports that the detainees were beaten.

        The bloggers were arrested after criticising the budget.
        """;
    List<Recommendation> found = extract(text, DocKind.NEWS);
    assertEquals(List.of("Ruritania should free the bloggers held since March, the Ruritanian Media Watch said today.",
        "release the six bloggers detained for their posts",
        "repeal the sections of the Cyber Security Act used to charge them",
        "investigate reports that the detainees were beaten"), texts(found), "the call after the dateline, too");
    assertEquals(List.of("Ruritanian Media Watch"), found.stream().map(Recommendation::actor).distinct().toList());
  }

  @Test
  void paragraphsUnderARecommendationsHeadingAreItemsWhateverTopicsAndBulletsStandBetweenThem() {
    // A table of recommendations by topic, as a word processor's text prints it: a cell per paragraph.
    String text = """
        Joint submission to the Universal Periodic Review of Ruritania

        Submitted by the Harbour Schools Network

        1. Introduction

        The Network runs forty schools in the port districts.

        2. Summary of recommendations

        Topic

        Recommendations to the Government of Ruritania

        School fees

        Abolish the levies that schools charge for exams.

        Publish each school's budget every year.

        Pupils with disabilities

        • Adapt every school building by 2030.

        • Hire sign-language interpreters in each district.

        3. Annex

        The Network thanks its donors.
        """;
    List<Recommendation> found = extract(text, DocKind.SUBMISSION);
    assertEquals(List.of("Abolish the levies that schools charge for exams", "Publish each school's budget every year",
        "Adapt every school building by 2030", "Hire sign-language interpreters in each district"), texts(found));
    assertEquals(List.of("Ruritania"), found.stream().map(Recommendation::target).distinct().toList());
    assertEquals(List.of("Harbour Schools Network"), found.stream().map(Recommendation::actor).distinct().toList());

    String prose = """
        Joint submission to the Universal Periodic Review of Ruritania by the Harbour Schools Network

        Recommendations

        The Network has made these points before.

        Abolish the levies that schools charge for exams.

        Publish each school's budget every year.
        """;
    assertEquals(List.of(), extract(prose, DocKind.SUBMISSION),
        "paragraphs are read up to the first that does not ask");
  }

  @Test
  void tablesOfRecommendationsInAPdfAreReadAsAWordTableIs() throws IOException {
    var document = (Document) new DocumentReader(DocumentReader.Options.defaults())
        .decode("tables.pdf", Fixtures.tables("pdf"));
    List<Recommendation> found = extract(document);
    assertEquals(List.of(
        "Accede to the Convention on the Reduction of Statelessness and amend the nationality law accordingly",
        "Set up a fund for the victims of the 2019 floods",
        "Train prison officers in the Mandela Rules and publish the number of deaths in custody every year",
        "Connect every rural school to clean water by 2029", "Budget for the repair of school latrines each year",
        "Pay rural teachers a hardship allowance", "Publish vacancies in every district"), texts(found));
    assertEquals(List.of("Brazil", "Japan, Austria", "Chile", "Lesotho Education Coalition"),
        found.stream().map(Recommendation::actor).distinct().toList(), "the makers' column, then the authors");
    assertEquals(List.of("Lesotho"), found.stream().map(Recommendation::target).distinct().toList());

    var assessment = (Document) new DocumentReader(DocumentReader.Options.defaults())
        .decode("assessment.pdf", Fixtures.assessmentPdf());
    List<Recommendation> rows = extract(assessment);
    assertEquals(30, rows.size(), "a table over three pages, its header repeated on each");
    Recommendation broken = rows.get(19);
    assertEquals("Ratify the Convention on the Rights of Persons with Disabilities", broken.text(),
        "row 20, broken over a page");
    assertEquals("Italy", broken.actor());
    assertEquals("Noted", broken.supportStated());
    assertEquals(List.of("Malaysia"), rows.stream().map(Recommendation::target).distinct().toList());
  }

  @Test
  void linesEachClosedAfterALeadInAreItemsAndAListOfKeyRecommendationsToAStateLeadsIn() {
    String text = """
        Ruritania: Free the Bloggers

        Ruritanian Media Watch said today that six bloggers remain in detention.

        Key recommendations to the government of Ruritania on media freedom include:

            Release the six bloggers detained for their posts;
            Repeal the Cyber Security Act.

        The bloggers were arrested in March.
        Their trial opens on Monday.
        """;
    List<Recommendation> found = extract(text, DocKind.NEWS);
    assertEquals(List.of("Release the six bloggers detained for their posts", "Repeal the Cyber Security Act"),
        texts(found));
    assertEquals(List.of("Ruritania"), found.stream().map(Recommendation::target).distinct().toList());
  }

  @Test
  void aBlockOfClosedLinesIsAWholeListAndTheLabelOfTheNextStoryNamesItsState() {
    String text = """
        Ruritania: Free the Bloggers

        (Geneva, March 3, 2029) - Ruritania should free the six bloggers, Ruritanian Media Watch said today.

        Ruritanian Media Watch urged governments taking part in the review to call on Ruritania to:

        Release the six bloggers detained for their posts;
        Repeal the Cyber Security Act.

        Malawi: Parliament Should Reject Press Law
        """;
    List<Recommendation> found = extract(text, DocKind.NEWS);
    assertEquals(List.of("Release the six bloggers detained for their posts", "Repeal the Cyber Security Act",
        "Parliament Should Reject Press Law"), texts(found).subList(1, 4));
    assertEquals(List.of("Ruritania", "Ruritania", "Malawi"),
        found.stream().map(Recommendation::target).toList().subList(1, 4));
  }

  @Test
  void aLetterToDelegationsAsksTheStateItsItemsAreForAndTheDelegationsTheRest() {
    String text = """
        Joint letter on the review of Ruritania

        We, the undersigned organisations, write ahead of the review.

        We urge your delegation to make the following recommendations to Ruritania during the dialogue:

        1. Release all detained lawyers;
        2. Repeal the law on associations.

        We also ask your delegation to raise the cases listed in the annex.
        """;
    List<Recommendation> found = extract(text, DocKind.OTHER);
    assertEquals(List.of("Ruritania", "Ruritania", "your delegation"),
        found.stream().map(Recommendation::target).toList());
    assertEquals(List.of("The undersigned organisations"),
        found.stream().map(Recommendation::actor).distinct().toList());
  }

  @Test
  void aModalLeadInIsTheAuthorsCallOnItsSubject() {
    String text = """
        Ruritania: End Disappearances

        Governments taking part in the review of Ruritania on 22 January should press the authorities to account
        for the missing, the Valley Rights Forum said today.

        The Ruritanian government should:

        • Disclose the whereabouts of the missing;
        • Lift the ban on the Valley Rights Forum.
        """;
    List<Recommendation> found = extract(text, DocKind.NEWS);
    assertEquals(3, found.size(), found.toString());
    assertEquals(List.of("Valley Rights Forum"), found.stream().map(Recommendation::actor).distinct().toList());
    assertEquals(List.of("Ruritania"), found.stream().map(Recommendation::target).distinct().toList());
    assertEquals("should", found.get(2).verb());
  }

  @Test
  void aReportedLeadInKeepsItsMakerAndABulletedReportOfFactsAsksNothing() {
    String text = """
        12. The Committee against Torture recommended that Ruritania:
        • Investigate all deaths in custody.
        • Bring those responsible to justice.

        13. The country team documented the following:
        • Three deaths in custody in 2023.
        • No prosecution.
        """;
    List<Recommendation> found = extract(text, DocKind.COMPILATION);
    assertEquals(List.of("Investigate all deaths in custody", "Bring those responsible to justice"), texts(found));
    assertEquals(List.of("Committee against Torture"), found.stream().map(Recommendation::actor).distinct().toList());
  }

  @Test
  void questionsSuggestedForTheDialogueAreNoAsksAndAHopedForCallIsTheHopers() {
    List<Recommendation> found = extract("""
        Submission to the Committee on the Rights of the Child on Ruritania

        Rights Now encourages the Committee to ask the government of Ruritania:

        • How many schools for girls were opened in 2025?

        • What is being done to end fees in public schools?

        Rights Now hopes the Committee will urge the government of Ruritania to:

        • Open a public secondary school in every district;

        • Abolish fees in public schools.
        """, DocKind.SUBMISSION);
    assertEquals(List.of("Open a public secondary school in every district", "Abolish fees in public schools"),
        found.stream().map(Recommendation::request).toList(), "the questions give no rows");
    assertEquals(List.of("Rights Now"), found.stream().map(Recommendation::actor).distinct().toList());
    assertEquals(List.of("Ruritania"), found.stream().map(Recommendation::target).distinct().toList());
  }

  @Test
  void anAppealsPointsAreItsAuthorsCallsOnWhomEachNames() {
    List<Recommendation> found = extract("""
        URGENT ACTION

        Rights Now

        Lawyer John Doe was arrested in Ruritania on 5 November.

        Please write immediately in English or your own language:
        - Calling on the authorities to disclose his whereabouts and to release him immediately;
        - Urging the Minister of Justice to ensure that he is protected from torture;
        - Calling for an independent investigation into his arrest;
        - Calling for the immediate release of his two colleagues.

        PLEASE SEND APPEALS BEFORE 17 DECEMBER TO:
        Minister of Justice
        """, DocKind.OTHER);
    assertEquals(List.of("Disclose his whereabouts and to release him immediately",
        "Ensure that he is protected from torture", "Independently investigate his arrest",
        "Immediately release his two colleagues"), found.stream().map(Recommendation::request).toList());
    assertEquals(List.of("Ruritania", "the Minister of Justice", "Ruritania", "Ruritania"),
        found.stream().map(Recommendation::target).toList(), "\"the authorities\" are the State's");
    assertEquals(List.of("disclose", "ensure", "investigate", "release"),
        found.stream().map(Recommendation::action).toList());
  }

  @Test
  void aMarkedItemThatOpensWithACallsParticipleAsksAlone() {
    List<Recommendation> found = extract("""
        Free John Doe

        Our appeal to the authorities:

        • Calling on the Public Prosecutor to release John Doe immediately.

        • Urging the authorities to ensure that he sees a lawyer.
        """, DocKind.OTHER);
    assertEquals(List.of("Release John Doe immediately.", "Ensure that he sees a lawyer."),
        found.stream().map(Recommendation::request).toList());
    assertEquals(List.of("the Public Prosecutor", "Ruritania"),
        found.stream().map(Recommendation::target).toList());
    assertTrue(extract("Noting its report,\n\nUrging all States to cooperate with the mandate,\n",
        DocKind.RESOLUTION).isEmpty(), "unmarked, a participle opens a preamble's paragraph");
  }

  @Test
  void anInquirysLabelledRecommendationsAskWhomTheirSentencesNameUnderTheirTitles() {
    String text = """
        Royal Commission into the Treatment of Prisoners

        Final Report - Volume 2

        Summary of recommendations

        Recommendation 4.1 Prison Inspectorate Act
        The Ruritanian Government should enact a Prison Inspectorate Act that gives effect to the Optional Protocol.

        Recommendation 4.2 Complaint mechanism
        The Ruritanian Government should establish a complaint mechanism for prisoners.

        Recommendation 4.3 Review of Regional Laws
        Regional governments should review their laws on solitary confinement by the end of 2027.
        """;
    List<Recommendation> found = extract(text, DocKind.OTHER);
    assertEquals(List.of("Enact a Prison Inspectorate Act that gives effect to the Optional Protocol.",
        "Establish a complaint mechanism for prisoners.",
        "Review their laws on solitary confinement by the end of 2027."),
        found.stream().map(Recommendation::request).toList());
    assertEquals(List.of("Ruritania", "Ruritania", "Ruritania"), found.stream().map(Recommendation::target).toList(),
        "regional governments are the State's too");
    assertEquals(List.of("Royal Commission into the Treatment of Prisoners"),
        found.stream().map(Recommendation::actor).distinct().toList());
    assertEquals(List.of("should"), found.stream().map(Recommendation::verb).distinct().toList());
    assertEquals(ActorTypes.OTHER, found.get(0).actorType(), "a State's own inquiry");
  }

  @Test
  void aNumberedTitleOverAParagraphThatAsksByAModalIsOneRecommendationOfThatAsk() {
    String text = """
        Ruritania: Key recommendations for the fourth UPR

        Published by the Lakeside Civic Forum, October 2026

        Key recommendations

        1. End arbitrary arrests of opposition activists
        The authorities should release all activists detained for peaceful protest and drop the charges against them.

        2. Protect civic space
        The Government should withdraw the Associations Amendment Act.

        3. Open more schools
        Schools are too few in the north.
        """;
    List<Recommendation> found = extract(text, DocKind.OTHER);
    assertEquals(List.of("Release all activists detained for peaceful protest and drop the charges against them.",
        "Withdraw the Associations Amendment Act.", "Open more schools"),
        found.stream().map(Recommendation::request).toList(), "a paragraph that does not ask leaves the title");
    assertEquals(List.of("Lakeside Civic Forum"), found.stream().map(Recommendation::actor).distinct().toList());
    assertEquals(List.of("should", "should", "recommend"), found.stream().map(Recommendation::verb).toList());
    assertTrue(found.get(1).text().startsWith("Protect civic space The Government should"), found.get(1).text());
  }

  @Test
  void aTitleOnALineOfItsOwnIsNoPartOfTheCallUnderIt() {
    String text = """
        Statement by the Lakeside Civic Forum

        1. Protect civic space
        The Government should withdraw the Associations Act.

        Prisons are overcrowded, and the
        Government should build new ones.
        """;
    List<Recommendation> found = extract(text, DocKind.STATEMENT);
    assertEquals(List.of("Withdraw the Associations Act."), found.stream().map(Recommendation::request).toList(),
        "a line wrapped mid-paragraph is no title");
    assertEquals("Lakeside Civic Forum", found.get(0).actor());
  }
}
