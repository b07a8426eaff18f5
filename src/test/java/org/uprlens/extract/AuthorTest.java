package org.uprlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Who wrote a document in its own voice, on texts written for these tests. */
class AuthorTest {
  @Test
  void aBylineNamesTheAuthor() {
    assertEquals("Freedom Now", Author.of("Human Rights Council, 55th session\nItem 6: UPR outcomes\n"
        + "Oral statement delivered by Freedom Now\nThank you, Mr. President. We welcome the review."));
    assertEquals("Lawyers for Human Rights", Author.of("Joint submission by the Lawyers for Human Rights and"
        + " partners to the UPR of Ruritania.\nWe recommend that Ruritania repeal the law."));
    assertEquals("Ruritanian Society for Older Persons and the Centre for Legal Aid", Author.of("Joint submission to"
        + " the UPR of Ruritania\nSubmitted by: the Ruritanian Society for Older Persons and the Centre for Legal"
        + " Aid\n\n1. Introduction"), "a line of its own under the title, naming a long coalition");
    assertEquals("Ruritania Prison Project", Author.of("RURITANIA PRISON PROJECT SUBMISSION FOR THE UPR OF"
        + " RURITANIA\nPrisons hold three times the people they were built for."), "a title that opens with it");
    assertEquals("Hill Women's Collective", Author.of("Hill Women's Collective\nStakeholder submission for the UPR of"
        + " Ruritania\nWe work with survivors."), "the kind of submission is no name; the line above is");
  }

  @Test
  void aMandateOnALineOfItsOwnUnderAStatementsTitleIsItsAuthor() {
    assertEquals("Special Rapporteur on the right to food", Author.of("End of mission statement\n\n"
        + "UN Special Rapporteur on the right to food, visit to Ruritania, 3 to 14 May\n\nI thank the Government."));
    assertEquals("Special Rapporteur on the right to food", Author.of("Preliminary findings\n"
        + "Special Rapporteur on the right to food on her visit to Ruritania\n\nI met farmers."));
    assertEquals("Ruritania Watch", Author.of("Ruritania: Free the farmers\nSpecial Rapporteur on the right to food"
        + " Jane Doe in Geneva\n\nThe authorities must free them, Ruritania Watch said today."),
        "a caption's rapporteur is no author where the page says who speaks");
  }

  @Test
  void aBylineThatCallsTheAuthorByItsKindAloneTakesTheNameTheTitlePrints() {
    assertEquals("Harbour Schools Coalition", Author.of("Harbour Schools Coalition\nSubmission to the UPR of"
        + " Ruritania\n1. This submission was drafted by the Coalition after two consultations."));
    assertEquals("Coalition", Author.of("Submission to the UPR of Ruritania\n1. This submission was drafted by the"
        + " Coalition after two consultations."), "with no fuller name printed, the word alone");
  }

  @Test
  void aBylineWrappedAsAPdfPrintsItKeepsTheNamesLastWords() {
    assertEquals("Ruritanian Coalition for Older Persons and the Harbour Legal Aid Centre", Author.of("Joint"
        + " submission to the UPR of Ruritania\nSubmitted by the Ruritanian Coalition for Older Persons and the Harbour"
        + " Legal Aid \nCentre\n1. Introduction"));
    assertEquals("Ruritania Prison Project", Author.of("Submission to the UPR of Ruritania\nSubmitted by the Ruritania"
        + " Prison Project\nMarch Review\n1. Introduction"),
        "a short byline has not wrapped: the next line is another");
  }

  @Test
  void otherwiseTheOrganisationTheTextSaysIsSpeaking() {
    assertEquals("Human Rights Watch", Author.of("(Geneva) – Governments should press Ruritania to free its"
        + " critics, Human Rights Watch said today. \"The review is a chance,\" said Jane Doe, Europe director at"
        + " Human Rights Watch. Jane Doe said the law was vague. Human Rights Watch said the courts were not"
        + " independent."));
  }

  @Test
  void aNameOpeningASentenceLosesItsThe() {
    assertEquals("Delta Rights Forum", Author.of("Ahead of the review, the Delta Rights Forum submitted a report.\n"
        + "The Delta Rights Forum recommends that Ruritania repeal the law. The Delta Rights Forum urges the"
        + " Government to free the lawyers."), "as the sentence rules name it, so that all its rows agree");
  }

  @Test
  void aBriefingIsTheOfficeItsSpokespersonSpeaksFor() {
    assertEquals("UN High Commissioner for Human Rights", Author.of("Press briefing notes on Ruritania\nSpokesperson"
        + " for the UN High Commissioner for Human Rights\n\nWe urge the authorities to protect judges."));
  }

  @Test
  void aLettersSignatoriesSpeakAsOne() {
    assertEquals("The undersigned human rights organisations", Author.of("Joint letter on the review of Ruritania\n\n"
        + "Excellencies,\n\nWe, the undersigned human rights organisations, write ahead of the review."));
  }

  @Test
  void aStatementsOrganisationSpeaksOfItselfInThePresent() {
    assertEquals("Prison Reform Network", Author.of("Item 6: UPR outcome of Ruritania\n\nPrison Reform Network "
        + "regrets that Ruritania noted the recommendations on the press law. Ruritania should repeal it. Prison "
        + "Reform Network also urges the Council to follow up."));
    assertNull(Author.of("The Government regrets the delay. Jane Doe welcomes the news."),
        "neither the State nor a person is an author");
    assertEquals("Prison Reform Network", Author.of("Our recommendations\n\nThe Prison Reform Network submits the"
        + " following recommendations to the Government of Ruritania."));
    assertNull(Author.of("The State party submits that the complaint is inadmissible."),
        "what a party submits is its argument, not recommendations it makes");
  }

  @Test
  void aReleaseIsTheOrganisationWhoseStaffItQuotes() {
    assertEquals("Rights Now", Author.of("The authorities must release the editors, Rights Now said today. \"Jailing"
        + " editors is absurd,\" said Aminata Diallo, Rights Now's Sahel director."));
    assertEquals("Delta Justice", Author.of("Zambia should repeal the law. Jane Doe, Africa director at Delta"
        + " Justice, said the law was vague."));
    assertNull(Author.of("The law was vague, said Jane Doe, a lawyer in Lusaka."), "a person, not an organisation");
  }

  @Test
  void aKindOfReportOrStatementIsNoPartOfItsAuthorsName() {
    assertEquals("Amnesty International", Author.of("AMNESTY INTERNATIONAL PUBLIC STATEMENT\n\nRuritania: Free"
        + " the bloggers\n\nThe organization urges the authorities to act."));
    assertEquals("Ruritania Human Rights Commission", Author.of("Parallel report of the Ruritania Human Rights"
        + " Commission to the Universal Periodic Review of Ruritania\n\n1. Introduction"));
  }

  @Test
  void aBylineWithItsWritersPostNamesTheOrganisation() {
    assertEquals("Rights Now", Author.of("Will Ruritania Listen?\n\nBy Jane Doe, Senior Researcher, Africa"
        + " Division, Rights Now\n\nRuritania should repeal the law."));
    assertNull(Author.of("Ruritania reviewed\n\nBy Jane Doe, Staff Reporter\n\nThe Council met."),
        "a reporter's byline names no organisation");
  }

  @Test
  void aRapporteursStatementIsTheMandates() {
    assertEquals("Special Rapporteur on the right to food", Author.of("End of mission statement by the Special"
        + " Rapporteur on the right to food on his official visit to Ruritania\n\nI thank the Government."));
    assertEquals("Independent Expert on sexual orientation and gender identity", Author.of("Preliminary observations"
        + " of the Independent Expert on sexual orientation and gender identity\n\nI visited three cities."));
  }

  @Test
  void concludingObservationsAreTheCommittees() {
    assertEquals("Committee on the Rights of the Child", Author.of("United Nations CRC/C/RUR/CO/3\n"
        + "Committee on the Rights of the Child\nConcluding observations on the third periodic report of"
        + " Ruritania\n1. The Committee considered the report."));
    assertNull(Author.of("Committee on the Rights of the Child\nThe Committee met in Geneva."),
        "a committee named, but not its concluding observations");
  }

  @Test
  void aBylineKeepsTheCountryAnOrganisationIsNamedFor() {
    assertEquals("Coalition for Rights in Zambia", Author.of("UPR Pre-sessions\nStatement by the Coalition for Rights"
        + " in Zambia\n\nThank you."));
    assertEquals("Rights Now", Author.of("Statement by Rights Now in Geneva\n\nThank you."), "Geneva is no State");
    assertEquals("Coalition for Rights in Zambia", Author.of("Joint submission to the Universal Periodic Review of"
        + " Zambia\nSubmitted by the Coalition for Rights in Zambia, October 2026\n\n1. Freedom of expression"),
        "a byline on a line of its own");
    assertEquals("Rights Now", Author.of("Our asks\nPosted on 2 May 2026 by Rights Now in October\n\nWe ask."));
    assertEquals("UN Secretary-General", Author.of("Secretary-General's remarks to the Human Rights Council\n\nMr."
        + " President,\n\nI urge all parties to protect civilians."));
    assertEquals("Special Rapporteur on the situation of human rights defenders", Author.of("Kenya must stop"
        + " criminalising land defenders\nBy Mary Lawlor, UN Special Rapporteur on the situation of human rights"
        + " defenders\n\nI call on the Kenyan authorities to drop the charges."), "a writer's byline names the mandate");
    assertEquals("Uganda Human Rights Commission", Author.of("Uganda Human Rights Commission\nAnnual Report 2025 to"
        + " the Parliament of Uganda\n\n4.3 The Commission recommends that the Ministry allocate funds."),
        "an annual report under its author's name");
    assertEquals("Lusaka Civic Space Coalition", Author.of("ZAMBIA: PROTECTING CIVIC SPACE\n\nA briefing by the"
        + " Lusaka Civic Space Coalition\n\nRECOMMENDATIONS\n\n- Amend the Public Order Act."));
  }

  @Test
  void aLetterIsWrittenInItsWritersPost() {
    assertEquals("United Nations High Commissioner for Human Rights", Author.of("Excellency,\n\nIn my capacity as"
        + " United Nations High Commissioner for Human Rights, I write about the review of Ruritania."));
    assertEquals("Committee against Torture", Author.of("Excellency,\nIn my capacity as Rapporteur for follow-up to"
        + " concluding observations of the Committee against Torture, I refer to the report of Ruritania."));
    assertNull(Author.of("In my capacity as a mother and a teacher, I ask the Government to act."),
        "a post that names no body or office");
  }

  @Test
  void aStateDeliversAStatementByline() {
    assertEquals("Ireland", Author.of("Item 6: UPR outcome of Ruritania\nStatement delivered by Ireland on behalf of a"
        + " group of States\nThank you, Mr. President. We recommend that Ruritania repeal the law."));
  }

  @Test
  void aPersonTheGovernmentOrAStateIsNoAuthor() {
    assertNull(Author.of("Jane Doe said the law was vague. The Government said it would reply. Ruritania said"
        + " the report was biased."));
  }

  @Test
  void aNameThatCouldBeAPersonsSpeaksAsAuthorWhenItPublishedThePage() {
    String text = "Ruritania should free the teachers, Open Doors said today. Open Doors said the charges were vague.";
    assertNull(Author.of(text), "\"Open Doors said\" alone may be a person speaking");
    assertEquals("Open Doors", Author.of(text, "Open Doors"));
    assertNull(Author.of(text, "World Desk News"));
  }

  @Test
  void anInstitutionsStatementNamesItAfterOf() {
    assertEquals("National Human Rights Commission of Ruritania", Author.of("Statement of the National Human Rights"
        + " Commission of Ruritania at the adoption of the Universal Periodic Review outcome of Ruritania\n\nMr."
        + " President,\n\nThe Commission urges the Government to adopt a plan."));
    assertNull(Author.of("Statement of concern\n\nThe arrests continue."), "a statement of what, not whose");
    assertEquals("Committee on the Rights of the Child", Author.of("Committee on the Rights of the Child\n\nGeneral"
        + " comment No. 27 (2026) on children's rights and the digital environment\n\n4. The Committee"
        + " recommends that States parties ..."), "a committee's general comment is its own");
    assertEquals("Inter-American Commission on Human Rights", Author.of("Chapter IV.B - Ruritania\n\nAnnual Report"
        + " 2025 of the Inter-American Commission on Human Rights\n\n3. The Commission recommends that the State:"));
    assertEquals("Children's Rights Network", Author.of("Stop the executions\n\nPetition by Children's Rights"
        + " Network | 12,431 signatures\n\nWe, the undersigned, call on you to halt all executions."));
  }

  @Test
  void aJointLettersSignatoriesBelowItsAddressBlock() {
    assertEquals("The undersigned human rights organisations", Author.of("Joint letter to President Jane Doe\n\n12"
        + " March 2026\n\nHer Excellency Jane Doe\nPresident of the Republic of Ruritania\n\nYour Excellency,\n\nWe,"
        + " the undersigned human rights organisations, are writing to express our concern.\n"));
  }

  @Test
  void aResolutionIsItsBodysByTitleOrPreamble() {
    assertEquals("European Parliament", Author.of("European Parliament resolution of 3 April 2025 on the detention"
        + " of students in Ruritania\n\nThe European Parliament,\n\n1. Calls for their release;"));
    assertEquals("General Assembly", Author.of("Situation of human rights in Ruritania\n\nThe General Assembly,\n\n"
        + "Guided by the Charter of the United Nations,\n\n1. Urges Ruritania to end arbitrary detention;"));
    assertNull(Author.of("The General Assembly, meeting in New York, adopted the text by 98 votes."),
        "a body named in a sentence is no preamble");
  }

  @Test
  void aRegionalOfficeOrTheIlosExpertsNamedInTheTitleWriteTheReport() {
    assertEquals("Council of Europe Commissioner for Human Rights", Author.of("REPORT BY THE COMMISSIONER FOR HUMAN"
        + " RIGHTS OF THE COUNCIL OF EUROPE\nFOLLOWING HER VISIT TO RURITANIA\n\n12. The Commissioner recommends"
        + " that the authorities close the camp."));
    assertEquals("OSCE Office for Democratic Institutions and Human Rights", Author.of("RURITANIA\nPRESIDENTIAL"
        + " ELECTION\nODIHR Election Observation Mission Final Report\n\n1. The electoral code should be amended."));
    assertEquals("ILO Committee of Experts on the Application of Conventions and Recommendations", Author.of(
        "Direct Request (CEACR) - adopted 2024\n\nThe Committee requests the Government to amend section 12."));
    assertEquals("Independent International Commission of Inquiry on Ruritania", Author.of("Human Rights Council\n"
        + "Report of the Independent International Commission of Inquiry on Ruritania\n\nThe Commission recommends"));
    assertEquals(ActorTypes.SPECIAL_PROCEDURE, ActorTypes.of("Independent International Commission of Inquiry on"
        + " Ruritania"), "the Council's inquiry, not a national commission");
    assertEquals("UN Secretary-General", Author.of("Children and armed conflict in Ruritania\n\nReport of the"
        + " Secretary-General\n\n40. I urge the Government to end the recruitment of children."));
    assertEquals("Select Committee on Foreign Affairs", Author.of("House of Commons\nSelect Committee on Foreign"
        + " Affairs\n\nFirst Report\n\nWe recommend that the Government raise the case of the detained editors."));
  }

  @Test
  void aPostsLineUnderItsTitleNamesTheOrganisationThatPostedIt() {
    assertEquals("Delta Rights Forum", Author.of("Ruritania's review: what we want\n\nPosted on 3 May 2026 by the"
        + " Delta Rights Forum\n\nWe call on the Government to free the students."));
    assertNull(Author.of("Ruritania's review\n\nPosted on 3 May 2026 by Jane Doe\n\nThe review starts today."),
        "a person posting is no organisation");
  }
}
