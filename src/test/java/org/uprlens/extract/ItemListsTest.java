package org.uprlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists of asks printed one item per line, on texts written for these tests. */
class ItemListsTest {
  private static List<List<String>> items(String text) {
    return ItemLists.in(text).stream()
        .map(list -> list.items().stream().map(i -> text.substring(i.begin(), i.end())).toList()).toList();
  }

  @Test
  void bulletsUnderALeadInRunOverSubheadingsAndWrappedLines() {
    String text = """
        The Centre calls on the
        Government of Ruritania to:

        Detention
        • Close the island camp;
        • Allow independent monitors
          into every prison;

        Media
        • Repeal the press law.

        The report ends here with a paragraph that is not an item.
        """;
    assertEquals(List.of(List.of("Close the island camp", "Allow independent monitors\n  into every prison",
        "Repeal the press law")), items(text));
    ItemLists.ItemList list = ItemLists.in(text).get(0);
    assertEquals("The Centre calls on the\nGovernment of Ruritania to:",
        text.substring(list.leadBegin(), list.leadEnd()), "the lead-in is its whole sentence, over its line break");
    assertFalse(list.heading());
  }

  @Test
  void aNumberedListMayGoOnFromAnEarlierOneButItsItemsFollowOneAnother() {
    assertEquals(List.of(List.of("Publish the figures", "Close the camp")),
        items("We further urge you to ask Ruritania to:\n\n5. Publish the figures;\n\n6. Close the camp.\n"),
        "a word processor numbers on from the list before");
    assertEquals(List.of(), items("We urge you to ask Ruritania to:\n5. Publish the figures;\n7. Close the camp.\n"));
    assertEquals(List.of(), items("We urge you to ask Ruritania to:\nb) Publish the figures;\nc) Close the camp.\n"),
        "letters still start at a");
    assertEquals(List.of(List.of("Revise the law", "Refrain from dispersing assemblies")),
        items("VI. Conclusions and recommendations\n\n77. The Rapporteur commends Ruritania.\n\n78. He is concerned"
            + " about the law.\n\n79. He recommends that the Government:\n\n(a) Revise the law;\n\n(b) Refrain from"
            + " dispersing assemblies.\n"), "a report's numbered paragraphs under a heading are no list");
    assertEquals(List.of(), items("45. The Working Group makes the following recommendations:\n\n46. The Government"
        + " should repeal the law.\n\n47. It should free the editors.\n"), "nor those after a numbered lead-in");
  }

  @Test
  void itemsNumberedInsideAnItemArePartOfIt() {
    String text = """
        We urge your delegations to make the following recommendations:

        a. Repeal section 12 of the Public Order Act;

        i. in the meantime, stop its use against reporters;

        ii. drop the charges against the eleven reporters;

        b. Invite the Special Rapporteur to visit.
        """;
    assertEquals(List.of(List.of("Repeal section 12 of the Public Order Act;\n\ni. in the meantime, stop its use"
        + " against reporters;\n\nii. drop the charges against the eleven reporters",
        "Invite the Special Rapporteur to visit")), items(text),
        "'i.' after 'a.' starts a list of its own inside the item; 'ii.' goes on with it");
    assertEquals(List.of(List.of("Ratify the Convention;\n\u25E6 and report on it within a year",
        "Fund the ombudsman")),
        items("We urge Ruritania to:\n1. Ratify the Convention;\n\u25E6 and report on it within a year;\n"
            + "2. Fund the ombudsman.\n"), "a hollow bullet under a number");
    assertEquals(List.of(List.of("Close the camp", "Free the editors")),
        items("We urge Ruritania to:\n1. Close the camp;\n2. Free the editors.\n\u2022 Dates of the visits\n"),
        "a full bullet after the last number is not inside it");
  }

  @Test
  void enumeratedItemsMustFollowOneAnotherFromTheFirst() {
    String text = """
        Recommendations:
        1. Raise the age of criminal responsibility.
        2. Fund the juvenile courts.

        3. Legal aid
        3.1 Legal aid is scarce.
        """;
    assertEquals(List.of(List.of("Raise the age of criminal responsibility", "Fund the juvenile courts")),
        items(text), "a heading numbered 3 after item 2 is no item");
    assertTrue(ItemLists.in(text).get(0).heading());
    assertEquals(List.of(List.of("Free the editors", "Close the camp")),
        items("5. Recommendations\n• Free the editors.\n• Close the camp.\n"), "a numbered heading");
    assertEquals(List.of(List.of("Implement the recommendations of the Committee", "Free the editors")),
        items("We urge the Government to:\n• Implement the recommendations of the Committee\n• Free the editors.\n"),
        "an item that mentions recommendations is an item");
    assertEquals(List.of(List.of("Train the police", "Publish the figures")),
        items("We recommend that Ruritania:\na) Train the police;\nb) Publish the figures.\n"));
    assertEquals(List.of(List.of("Sign the treaty", "Ratify it", "Apply it")),
        items("It asks the State to:\n(i) Sign the treaty;\n(ii) Ratify it; and\n(iii) Apply it.\n"));
  }

  @Test
  void anySymbolFontBulletOrDingbatMarksAnItem() {
    assertEquals(List.of(List.of("Close the camp", "Free the editors")),
        items("We urge the Government to:\n\uF095 Close the camp;\n\uF095 Free the editors.\n"));
    for (String bullet : List.of("❖", "◆", "➤", "✔", "→")) {
      assertEquals(List.of(List.of("Close the camp", "Free the editors")), items("We urge the Government to:\n"
          + bullet + " Close the camp;\n" + bullet + " Free the editors.\n"), bullet);
    }
  }

  @Test
  void anItemEndingWithAColonTakesItsSubItems() {
    String text = """
        We urge the Government to:

        \u2022 Ratify the following treaties:

        \u25E6 the Convention against Torture;

        o the Convention on Enforced Disappearance;

        \u2022 Abolish the death penalty.
        """;
    assertEquals(List.of(List.of("Ratify the following treaties:\n\n\u25E6 the Convention against Torture;\n\n"
        + "o the Convention on Enforced Disappearance", "Abolish the death penalty")), items(text));
  }

  @Test
  void paragraphsSetOffByBlankLinesAreUnmarkedItems() {
    ItemLists.ItemList list = ItemLists.in("We urge the Government to:\n\nfree the editors;\n\nclose the camp.\n\n"
        + "Our report: the long version.\n").get(0);
    assertTrue(list.unmarked());
    assertEquals(3, list.items().size(), "the caller keeps those that ask");
    assertEquals(List.of(), items("We urge the Government to:\nfree the editors;\nclose the camp.\n"),
        "lines without a blank line between them are a wrapped sentence, not paragraphs");
  }

  @Test
  void aParagraphOpeningWithALeadInUnderAHeadingLeadsInToItsOwnList() {
    assertEquals(List.of(List.of("Allow the High Commissioner to visit Papua", "Release the political prisoners")),
        items("Questions and recommendations for States\n\nQuestions:\n- What steps has it taken?\n\n"
            + "Recommendations:\n- Allow the High Commissioner to visit Papua;\n- Release the political prisoners.\n"),
        "not two paragraphs of the heading's list");
  }

  @Test
  void aPdfsSymbolBulletMayTouchItsWord() {
    assertEquals(List.of(List.of("Free the editors", "Close the camp")),
        items("We urge the Government to:\n\uF0B7Free the editors;\n\uF0B7Close the camp.\n"));
    assertEquals(List.of(), items("We urge the Government to:\n-based on the law;\n-led by the courts.\n"),
        "a hyphen is a bullet only before a space");
  }

  @Test
  void numberedTopicsOverBulletsAreSubheadingsUnderAHeadingOfAreasForAction() {
    String text = """
        Areas that require further attention before the next review

        1. Justice

        - Train judges on the new code;
        - Publish every judgment.

        2. Rights of persons with disabilities

        - Close the residential institutions.
        """;
    assertEquals(List.of(List.of("Train judges on the new code", "Publish every judgment",
        "Close the residential institutions")), items(text));
    assertTrue(ItemLists.in(text).get(0).heading());
    assertEquals(List.of(List.of("Free the editors", "Close the camp")),
        items("Priority actions:\n1. Media\n• Free the editors;\n2. Detention\n• Close the camp.\n"));
    assertEquals(List.of(), items("Areas of cooperation\n1. Media\n• Newspapers closed;\n• Radio fined.\n"),
        "a heading that asks for no action");
  }

  @Test
  void noListWithoutALeadInOrWithOneItem() {
    assertEquals(List.of(), items("The following happened in 2023.\n• Arrests rose;\n• Courts closed.\n"),
        "no colon and no heading: bullets of facts");
    assertEquals(List.of(), items("We urge the Government to:\n• Free the editors.\n\nThat is all.\n"));
    assertEquals(List.of(), items("Recommendations:\n4. Adopt the law.\n5. Apply it.\n"),
        "numbered paragraphs that do not start at 1");
  }
}
