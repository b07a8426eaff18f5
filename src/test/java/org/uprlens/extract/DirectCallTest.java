package org.uprlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uprlens.extract.Extracting.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.uprlens.ingest.DocKind;

/** Calls made in the author's own voice, on sentences written for these tests. */
class DirectCallTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Ruritania should repeal the law on foreign agents. | Ruritania | should | repeal
      The authorities must immediately release all detained journalists. | Ruritania | must | release
      Finally, the Government of Ruritania should not extradite asylum seekers. | Ruritania | should | extradite
      Ruritania's government must end the harassment of lawyers. | Ruritania | must | end
      Kazakhstan ought to ratify the Optional Protocol. | Kazakhstan | ought | ratify
      Our recommendations: Ruritania should ensure inquiries into deaths in custody; and invite the Special Rapporteur. | Ruritania | should | ensure
      The Ruritanian authorities should drop all charges against the protesters. | Ruritania | should | drop
      Local and national authorities must allow peaceful gatherings without prior permission. | Ruritania | must | allow
      The federal, provincial and local governments should register land held by landless families. | Ruritania | should | register
      The police should stop detaining journalists who cover protests. | Ruritania | should | stop
      The international community should fund the reconstruction of destroyed schools. | The international community | should | fund
      The international community should urge the authorities to investigate the killings. | Ruritania | should | investigate
      The European Union and its member states should press Ruritania to end the crackdown. | Ruritania | should | end
      Member states taking part in the review should press Ruritania to repeal the sedition law. | Ruritania | should | repeal
      Governments should call on Ruritania to release the union leaders. | Ruritania | should | release
      During the review, states should also call on Ruritania to release the union leaders. | Ruritania | should | release
      (Geneva, October 30, 2025) - The authorities should release the union leaders. | Ruritania | should | release
      GENEVA, 3 April 2025 – Ruritania must release the union leaders. | Ruritania | must | release
      Ruritania's international partners should make clear that the crackdown has consequences. | Ruritania's international partners | should | make
      Ruritania, in particular, should close its large residential institutions by 2030. | Ruritania | should | close
      To restore public trust, the authorities should publish the audit of the voter register. | Ruritania | should | publish
      2. In order to end impunity, Ruritania must prosecute the officers involved. | Ruritania | must | prosecute
      The Central Election Commission should publish its decisions within a day. | Ruritania | should | publish
      Our assessment: the Government should fast-track the bill on human rights defenders. | Ruritania | should | fast-track
      """)
  void aStatementsOwnCallToAStateIsARecommendation(String sentence, String target, String verb, String action) {
    List<Recommendation> found = extract(sentence, DocKind.STATEMENT);
    assertEquals(1, found.size(), found::toString);
    Recommendation r = found.get(0);
    assertEquals(Arrays.asList(target, verb, action, null), Arrays.asList(r.target(), r.verb(), r.action(), r.actor()));
    // What is asked, from the modal's verb and its adverbs on: "Immediately release all detained journalists."
    assertTrue(r.request().toLowerCase(java.util.Locale.ROOT).startsWith(action)
        || r.request().split(" ")[1].equals(action), r.request());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Foreign Agents Bill should be withdrawn without delay. | withdraw | The Foreign Agents Bill should be withdrawn without delay.
      All charges against the students must be dropped. | drop | All charges against the students must be dropped.
      Those responsible must be held accountable. | hold | Those responsible must be held accountable.
      Training for prison staff should be enhanced. | enhance | Training for prison staff should be enhanced.
      Consideration should be given to lowering the fees for registering a party. | consider | Consider lowering the fees for registering a party.
      """)
  void aCallInThePassiveAsksTheState(String sentence, String action, String request) {
    List<Recommendation> found = extract(sentence, DocKind.STATEMENT);
    assertEquals(1, found.size(), found::toString);
    assertEquals(List.of("Ruritania", action, request),
        List.of(found.get(0).target(), found.get(0).action(), found.get(0).request()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "It should be noted that the law was adopted in 2019.",
      "Complaints must be filed within thirty days of the decision.",
      "Applications should be sent to the secretariat by 1 March.",
      "Under the Constitution, the State must guarantee free primary education.",
      "States should use the review to raise these concerns.",
      "Why should Ruritania ratify a treaty it cannot implement?",
      "The law should have been repealed years ago, because it is vague.",
      "Other governments should not remain silent about these abuses.",
      "The Ruritanian authorities should have protected the protesters rather than beating them.",
      "Local authorities should know that the world is watching.",
      "The Freedonian authorities should press for the release of the detainees.",
      "Governments should encourage dialogue between the parties.",
      "States taking part in the review should press for an independent inquiry.",
      "Teachers who ask to be paid are not criminals.",
      "The police pressed charges against the three organisers on Friday.",
      "To apply for a licence, applicants should write to the ministry."})
  void aDutyAQuestionOfOthersOrAnUnaddressedWishIsNot(String sentence) {
    assertEquals(List.of(), extract(sentence, DocKind.STATEMENT));
  }

  @Test
  void theCallsAndTheWeOfAStatementAreItsAuthors() {
    List<Recommendation> found = extract("Oral statement delivered by Freedom Now\n\nWe welcome the review. We call"
        + " on Ruritania to free all detained lawyers. The authorities must also end the harassment of their"
        + " families.", DocKind.STATEMENT);
    assertEquals(List.of("Freedom Now", "Freedom Now"), found.stream().map(Recommendation::actor).toList());
    assertEquals(List.of("call", "must"), found.stream().map(Recommendation::verb).toList());
    assertEquals(List.of("ngo", "ngo"), found.stream().map(Recommendation::actorType).toList(),
        "an author whose name tells no type speaks as civil society");
  }

  @Test
  void aStatementOnSeveralStatesAsksEachTheStateItNames() {
    List<Recommendation> found = extract("Item 4 general debate\nOral statement delivered by Freedom Now\n\nIn"
        + " Myanmar, the military must release all political prisoners. In Afghanistan, the de facto authorities must"
        + " reopen girls' schools. In Nicaragua, the Government should restore the closed organisations.",
        DocKind.STATEMENT);
    assertEquals(List.of("Myanmar", "Afghanistan", "Nicaragua"),
        found.stream().map(Recommendation::target).toList());
    List<Recommendation> cued = extract("EU Statement\n\nOn China, the EU calls on the authorities to free the"
        + " detained Uyghurs. With regard to Nicaragua, we urge the Government to restore the closed NGOs. On"
        + " Tuesday, the EU urged the authorities to protect journalists.", DocKind.STATEMENT);
    assertEquals(List.of("China", "Nicaragua", "Ruritania"), cued.stream().map(Recommendation::target).toList(),
        "a cue's addressee is the State its sentence opens with, not a day");
    assertEquals(List.of("European Union"), cued.stream().map(Recommendation::actor).distinct().toList(),
        "'the EU' and the title's 'EU' are one actor");
  }

  @Test
  void aBlogPostInMarkdownAsksAsItsItemsAndItsStaffSpeakForIt() {
    // Cleaned as ingest cleans it: the Markdown marks become spaces
    List<Recommendation> found = extract(org.uprlens.ingest.TextCleaner.clean("# Ruritania's review\n\n*Posted on"
        + " 3 May 2026 by the Delta Rights Forum*\n\n## Our asks\n\nWe call on the authorities to:\n\n- **Release**"
        + " the students;\n- Repeal the press law.\n\n> \"The authorities must stop the raids,\" said Ann Lee,"
        + " director of the Forum.\n"), DocKind.OTHER);
    assertEquals(List.of("Release the students", "Repeal the press law", "Stop the raids"),
        found.stream().map(Recommendation::request).toList());
    assertEquals(List.of("Delta Rights Forum"), found.stream().map(Recommendation::actor).distinct().toList(),
        "'the Forum' is the author whose name ends so");
  }

  @Test
  void aStateThatOpensAParagraphIsTheStateOfTheParagraphsLaterCalls() {
    List<Recommendation> found = extract("Global update by the UN High Commissioner for Human Rights\n\nIn"
        + " Nicaragua, hundreds of associations lost their legal status. The authorities must restore it.\n\n"
        + "Regarding Belarus, my Office has documented new arrests. I call for their immediate release.\n\n"
        + "Journalists are at risk everywhere. The authorities must protect them.", DocKind.STATEMENT);
    assertEquals(List.of("Nicaragua", "Belarus", "Ruritania"), found.stream().map(Recommendation::target).toList(),
        "a paragraph that names no State at its head is on the document's");
    assertEquals(List.of("UN High Commissioner for Human Rights"),
        found.stream().map(Recommendation::actor).distinct().toList(), "'Global update by' is a byline");
  }

  @Test
  void aCallSaidBySomeoneNamedAfterItIsTheirsAndTheStatesOwnMinisterAsksNothing() {
    List<Recommendation> found = extract("Ruritania should ratify the Rome Statute, a coalition of NGOs said."
        + " Ruritania must attract more investors, the minister said on Tuesday.", DocKind.NEWS);
    assertEquals(List.of("coalition of NGOs"), found.stream().map(Recommendation::actor).toList());
  }

  @Test
  void aDelegationSpeaksAsItsStatePolitelyOrPlainly() {
    List<Recommendation> found = extract("Statement by Norway\nUniversal Periodic Review of Ruritania\n\n"
        + "My delegation recommends that Ruritania abolish the death penalty.\n\n"
        + "Allow me also to recommend that Ruritania free the editors.\n\n"
        + "Let me urge Ruritania to close the camps.", DocKind.STATEMENT);
    assertEquals(List.of("Abolish the death penalty.", "Free the editors.", "Close the camps."),
        found.stream().map(Recommendation::request).toList());
    assertEquals(List.of("Norway"), found.stream().map(Recommendation::actor).distinct().toList());
  }

  @Test
  void aQuoteSaidByTheGroupsStaffIsTheGroupsCall() {
    List<Recommendation> found = extract("Human Rights Watch called on Ruritania to free the editors.\n\n"
        + "\u201cThe authorities must stop jailing critics,\u201d said Jane Roe, the group's Asia researcher.\n\n"
        + "The European Union said it expected Ruritania to respect its obligations.", DocKind.NEWS);
    assertEquals(List.of("Human Rights Watch", "Human Rights Watch"), found.stream().limit(2)
        .map(Recommendation::actor).toList(), "the group is the NGO named before, not whoever else 'said'");
    assertEquals("Stop jailing critics", found.get(1).request());
  }

  @Test
  void aQuoteSaidBySomeoneInAPostIsThePostsOrganisationOrOffice() {
    List<Recommendation> found = extract("\u201cRuritania must free the editors,\u201d said Ann Lee, the UN High"
        + " Commissioner for Human Rights.\n\n\u201cRuritania should close the camps,\u201d said Jane Roe, spokesperson"
        + " for Human Rights Watch.\n\n\u201cRuritania must allow family visits,\u201d said John Smith, a lawyer for"
        + " the families.", DocKind.NEWS);
    assertEquals(Arrays.asList("UN High Commissioner for Human Rights", "Human Rights Watch", null),
        found.stream().map(Recommendation::actor).toList());
  }

  @Test
  void theyAfterACallOnAStateCallsOnItAgain() {
    List<Recommendation> found = extract("\u201cThe authorities must free the bloggers,\u201d said Jane Doe, director"
        + " at Rights Now. \u201cThey should also repeal the cybercrime law.\u201d\n\nThey should know that the world is"
        + " watching. The European Union should suspend the trade talks. They should also recall the envoy.",
        DocKind.NEWS);
    assertEquals(List.of("Repeal the cybercrime law", "Suspend the trade talks."),
        found.stream().skip(1).map(Recommendation::request).toList(),
        "'also' links the sentences and is no part of what is asked; 'They' after the EU's call is not the State");
    assertEquals(List.of("Ruritania", "Ruritania"), found.stream().limit(2).map(Recommendation::target).toList());
  }

  @Test
  void aJointSubmissionsNamesForItselfAreItsAuthors() {
    String coalition = "Delta Legal Aid Clinic and the River Women's Forum for Rural Rights";
    List<Recommendation> found = extract("Joint submission by " + coalition + "\n\n"
        + "The co-submitting organisations recommend that Ruritania abolish the death penalty. The authors urge"
        + " Ruritania to repeal the vagrancy law. The coalition recommends that Ruritania free the union leaders."
        + " Several delegations recommended that Ruritania ratify the Convention.", DocKind.SUBMISSION);
    assertEquals(List.of(coalition, coalition, coalition, "Several delegations"),
        found.stream().map(Recommendation::actor).toList());
  }

  @Test
  void aStatesOwnReportRecommendsOnlyWhatItReportsWithItsMakerNamed() {
    String text = "Broadcasting programmes that encourage hatred are prohibited. Advertising may not incite"
        + " discrimination or encourage violence. The Committee against Torture recommended that Ruritania close"
        + " the old prison.";
    List<Recommendation> national = extract(text, DocKind.NATIONAL_REPORT);
    assertEquals(List.of("Committee against Torture"), national.stream().map(Recommendation::actor).toList());
    assertEquals(2, extract(text, DocKind.COMPILATION).size(),
        "elsewhere an unnamed maker still counts; programmes that encourage hatred make no recommendation");
  }

  @Test
  void aUnReportDoesNotRecommendInItsOwnVoice() {
    String text = "Ruritania should repeal the law on foreign agents.";
    assertEquals(List.of(), extract(text, DocKind.COMPILATION));
    assertEquals(List.of(), extract(text, DocKind.NATIONAL_REPORT));
    assertEquals(1, extract(text, DocKind.NEWS).size());
  }

  @Test
  void whoSaidItIsNoPartOfWhatIsAsked() {
    List<Recommendation> found = extract("Ruritania's government should drop the charges against the teachers,"
        + " Open Doors said today. \"We urge the authorities to release them and to talk to the union,\" the"
        + " group said in a statement.", DocKind.NEWS);
    assertEquals(List.of("Drop the charges against the teachers", "Release them and talk to the union"),
        found.stream().map(Recommendation::request).toList());
  }

  @Test
  void aDatelineAndTheDayAreNoPartOfTheMakersName() {
    List<Recommendation> found = extract("GENEVA, 3 April 2025 - A group of independent UN human rights experts on"
        + " Thursday urged Ruritania to release three union leaders.", DocKind.NEWS);
    assertEquals(List.of("A group of independent UN human rights experts"),
        found.stream().map(Recommendation::actor).toList());
    assertEquals("special_procedure", found.get(0).actorType());
  }

  @Test
  void aHeadlineThatRestatesTheLeadIsNotASecondRecommendation() {
    String lead = "GENEVA (3 April 2025) - UN experts today urged Ruritania to release three union leaders held since"
        + " March.";
    List<Recommendation> found = extract("Experts urge Ruritania to free union leaders\n\n" + lead, DocKind.NEWS);
    assertEquals(List.of("release"), found.stream().map(Recommendation::action).toList());
    assertEquals(2, extract("Experts urged Ruritania to free the union leaders.\n\n" + lead, DocKind.NEWS).size(),
        "a first line that ends as a sentence is no headline");
  }
}
