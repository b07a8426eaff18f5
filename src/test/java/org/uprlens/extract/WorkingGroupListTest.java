package org.uprlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.uprlens.ingest.DocKind;
import org.uprlens.ingest.Document;
import org.uprlens.ingest.DocumentInfo;
import org.uprlens.nlp.SentenceSplitter;

/** Reports written for these tests in the two numbering styles of Working Group reports. */
class WorkingGroupListTest {

  static final String CYCLE2 = """
      Contents
      II. Conclusions and/or recommendations ........................ 120-123 18

      I. Summary of the proceedings of the review process
      15. Freedonia recommended that Ruritania ratify the Convention against Torture. It also urged Ruritania
      to abolish the death penalty.

      II. Conclusions and/or recommendations
      120. The recommendations formulated during the interactive dialogue and listed below have been examined by
      Ruritania and enjoy the support of Ruritania:
      120.1 Ratify the Optional Protocol to the Convention against Torture (Germany); Consider ratifying the
      Second Optional Protocol (Chile) (Costa Rica);
      120.2 Adopt a national action plan on human rights (Iran (Islamic Republic of));
      A/HRC/99/12
      page 19
      120.3 Strengthen the national human rights institution in line with the Paris Principles (United Kingdom of
      Great Britain and Northern Ireland, Bosnia and Herzegovina);
      121. The following recommendations will be examined by Ruritania, which will provide responses in due time:
      121.1 Complete the accession (Peru), consider ratifying (Chile) the Convention on enforced disappearance
      (Spain);
      121.2 Ensure that the 2.5 per cent of the budget foreseen in resolution 9/12 is spent (Brazil);
      122. The following recommendations did not enjoy the support of Ruritania:
      122.1 Decriminalize defamation (Norway);
      123. All conclusions and/or recommendations contained in the present report reflect the position of the
      submitting State(s) and/or the State under review.
      Annex
      """;

  static final String CYCLE1 = """
      II. CONCLUSIONS AND/OR RECOMMENDATIONS
      60. The recommendations formulated during the interactive dialogue have been examined by Ruritania and the
      recommendations listed below enjoy the support of Ruritania:
      1. Continue its efforts to reduce maternal mortality (Cuba);
      2. That Ruritania invite the Special Rapporteur on torture (Denmark).
      61. The following recommendations will be examined by Ruritania:
      1. Consider abolishing the death penalty (Italy);
      2. Ensure freedom of the press (France); 4
      62. The recommendations in paragraph 61 above did not enjoy the support of Ruritania.
      63. All conclusions and/or recommendations contained in this report reflect the position of the submitting
      state(s) and/or the State under review thereon.
      """;

  @Test
  void splitsAParagraphIntoItsTextsEachWithItsStates() {
    List<WorkingGroupList.Item> items = WorkingGroupList.parse(CYCLE2);
    assertEquals(List.of("120.1", "120.1", "120.2", "120.3", "121.1", "121.2", "122.1"),
        items.stream().map(WorkingGroupList.Item::paragraph).toList());
    assertEquals("Ratify the Optional Protocol to the Convention against Torture", items.get(0).text());
    assertEquals(List.of("Germany"), items.get(0).states());
    assertEquals("Consider ratifying the Second Optional Protocol", items.get(1).text());
    assertEquals(List.of("Chile", "Costa Rica"), items.get(1).states());
  }

  @Test
  void theConjunctionBetweenTwoTextsIsInNeither() {
    String text = "II. Conclusions and/or recommendations\n"
        + "80.20 Reform the judiciary (Chile); and increase the resources of the courts (Peru);\n";
    assertEquals(List.of("Reform the judiciary", "increase the resources of the courts"),
        WorkingGroupList.parse(text).stream().map(WorkingGroupList.Item::text).toList());
  }

  @Test
  void namesWithParenthesesOrAndAreOneStateEach() {
    List<WorkingGroupList.Item> items = WorkingGroupList.parse(CYCLE2);
    assertEquals(List.of("Iran (Islamic Republic of)"), items.get(2).states());
    assertEquals(List.of("United Kingdom of Great Britain and Northern Ireland", "Bosnia and Herzegovina"),
        items.get(3).states());
    assertEquals("Strengthen the national human rights institution in line with the Paris Principles",
        items.get(3).text());
  }

  @Test
  void theNetherlandsUnderItsNameSince2023IsOneState() {
    String text = "42.7 Ratify the Optional Protocol (Netherlands (Kingdom of the)) (Norway);\n";
    List<WorkingGroupList.Item> items = WorkingGroupList.parseSection(text, 0, text.length());
    assertEquals(List.of("Netherlands", "Norway"), items.get(0).states());
    assertEquals("Ratify the Optional Protocol", items.get(0).text());
  }

  @Test
  void pageFurnitureAndFiguresInTheTextAreNotItems() {
    List<WorkingGroupList.Item> items = WorkingGroupList.parse(CYCLE2);
    assertEquals("Adopt a national action plan on human rights", items.get(2).text());
    assertEquals("Ensure that the 2.5 per cent of the budget foreseen in resolution 9/12 is spent",
        items.get(5).text());
  }

  @Test
  void statesInsideAClusteredTextStayWithIt() {
    WorkingGroupList.Item item = WorkingGroupList.parse(CYCLE2).get(4);
    assertEquals("Complete the accession, consider ratifying the Convention on enforced disappearance", item.text());
    assertEquals(List.of("Peru", "Chile", "Spain"), item.states());
  }

  @Test
  void aTablesResponseCellIsReadStrictly() {
    assertEquals("Supported", WorkingGroupList.cellResponse("Accepted"));
    assertEquals("Noted", WorkingGroupList.cellResponse("Supported/Noted"));
    assertNull(WorkingGroupList.cellResponse("Pending"));
    assertEquals("Supported", WorkingGroupList.cellResponse("A"), "UPR Info's code");
    assertEquals("Noted", WorkingGroupList.cellResponse("N"));
  }

  @Test
  void theResponseOfEachGroupIsStated() {
    List<WorkingGroupList.Item> items = WorkingGroupList.parse(CYCLE2);
    assertEquals("Supported", items.get(0).supportStated());
    assertTrue(items.get(0).supportEvidence().startsWith("The recommendations formulated"));
    assertNull(items.get(4).supportStated());
    assertNull(items.get(4).supportEvidence());
    assertEquals("Noted", items.get(6).supportStated());
  }

  @Test
  void numbersAsOcrSplitsThemAndANotedGroupExaminedAndNoted() {
    List<WorkingGroupList.Item> items = WorkingGroupList.parse("""
        II. Conclusions and/or recommendations
        115. The following recommendations have been examined by Ruritania and enjoy its support:
        115. 1 Ratify the Optional Protocol to the Convention against Torture (Chile);
        1 15.2 Adopt the bill on freedom of information (Sweden);
        116. The following recommendations have been examined by Ruritania and noted:
        116.1 Abolish the death penalty (Portugal);
        117. All conclusions and/or recommendations contained in the present report reflect the position of the
        submitting State(s) and/or the State under review.
        """);
    assertEquals(List.of("115.1", "115.2", "116.1"), items.stream().map(WorkingGroupList.Item::paragraph).toList());
    assertEquals(List.of("Ratify the Optional Protocol to the Convention against Torture",
        "Adopt the bill on freedom of information", "Abolish the death penalty"),
        items.stream().map(WorkingGroupList.Item::text).toList());
    assertEquals(List.of("Supported", "Supported", "Noted"),
        items.stream().map(WorkingGroupList.Item::supportStated).toList());
  }

  @Test
  void theStateUnderReviewIsReadFromTheIntro() {
    String text = "II. Conclusions and/or recommendations\n70. The recommendations listed below have been examined"
        + " by Ghana and enjoy its support:\n70.1 Adopt the bill on freedom of information (Sweden);\n";
    assertEquals("Ghana", WorkingGroupList.parse(text).get(0).reviewed());
  }

  @Test
  void cycleOneItemsAreNumberedUnderTheirParagraph() {
    List<WorkingGroupList.Item> items = WorkingGroupList.parse(CYCLE1);
    assertEquals(List.of("60.1", "60.2", "61.1", "61.2"), items.stream().map(WorkingGroupList.Item::paragraph).toList());
    assertEquals("That Ruritania invite the Special Rapporteur on torture", items.get(1).text());
    assertEquals("Supported", items.get(1).supportStated());
    assertEquals("Noted", items.get(2).supportStated(), "a response printed after its list applies to it");
    assertEquals("Ensure freedom of the press", items.get(3).text());
  }

  @Test
  void theInteractiveDialogueAndTheTableOfContentsYieldNothing() {
    List<WorkingGroupList.Item> items = WorkingGroupList.parse(CYCLE2);
    assertTrue(items.stream().noneMatch(i -> i.text().contains("Freedonia")));
    assertEquals(List.of(), WorkingGroupList.parse("15. Freedonia recommended that Ruritania ratify the Convention "
        + "against Torture (Germany);\n16. It also urged Ruritania to act (France);\n"));
  }

  @Test
  void theActionIsTheFirstVerbOfTheText() {
    assertEquals("ratify", WorkingGroupList.action("Ratify the Optional Protocol"));
    assertEquals("consider", WorkingGroupList.action("Consider ratifying the Second Optional Protocol"));
    assertEquals("ratify", WorkingGroupList.action("To ratify the Rome Statute"));
    assertEquals("invite", WorkingGroupList.action("That Ruritania invite the Special Rapporteur"));
    assertEquals("strengthen", WorkingGroupList.action("Further strengthen its efforts"));
    assertEquals("take", WorkingGroupList.action("That the State take measures"));
  }

  @Test
  void extractorTurnsItemsIntoAttributedRecommendations() {
    String text = CYCLE2;
    Document document = new Document("doc", "report.txt", text.length(), "UTF-8", text,
        new DocumentInfo(DocKind.WORKING_GROUP_REPORT, null, "A/HRC/99/12", "Ruritania", 99, 4, 2030, "en"),
        null, null);
    List<Recommendation> found = new RecommendationExtractor().listed(document, new SentenceSplitter().split(text));
    assertEquals(7, found.size());
    Recommendation second = found.get(1);
    assertEquals("Chile, Costa Rica", second.actor());
    assertEquals("state", second.actorType());
    assertEquals(List.of("Chile", "Costa Rica"), second.recommendingStates());
    assertEquals("Ruritania", second.target());
    assertEquals("consider", second.action());
    assertEquals("recommend", second.verb());
    assertEquals("120.1", second.paragraph());
    assertEquals("Supported", second.supportStated());
    assertEquals("Consider ratifying the\nSecond Optional Protocol", text.substring(second.charStart(), second.charEnd()));
  }
}
