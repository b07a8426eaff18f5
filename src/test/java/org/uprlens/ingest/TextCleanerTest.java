package org.uprlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
  @Test
  void lettersSpacedOutInAHeadingAreJoinedInPlace() {
    String text = "Context\n\nR E C O M M E N D A T I O N S\n\nK E Y   A S K S\n\nA bill is due.\n";
    String cleaned = TextCleaner.clean(text);
    assertEquals(text.length(), cleaned.length(), "offsets stay");
    assertTrue(cleaned.contains("\nRECOMMENDATIONS              \n"), cleaned);
    assertTrue(cleaned.contains("\nKEY ASKS       \n"), cleaned);
    assertEquals("Vote A or B.\n", TextCleaner.clean("Vote A or B.\n"), "letters in a sentence stay apart");
  }

  @Test
  void footnoteMarkersGluedToASentenceEndBecomeSpaces() {
    assertEquals("of expression.  It", TextCleaner.clean("of expression.3 It"));
    assertEquals("Paris Principles.  The", TextCleaner.clean("Paris Principles.? The"));
    assertEquals("support. \nNext", TextCleaner.clean("support.©\nNext"));
    assertEquals("consent.    The", TextCleaner.clean("consent.®>4 The"));
    assertEquals("(No. 190). \n", TextCleaner.clean("(No. 190).6\n"));
    assertEquals("social security.  \nIt", TextCleaner.clean("social security.7°\nIt"));
    assertEquals("the victims.    The", TextCleaner.clean("the victims.12! The"));
    assertEquals("education for all. \n", TextCleaner.clean("education for all.e\n"));
    assertEquals("their Families.   \n", TextCleaner.clean("their Families.* >\n"));
    assertEquals("the \u201cerased\u201d.   The", TextCleaner.clean("the \u201cerased\u201d.38 The"),
        "after a closing quotation mark");
    assertEquals("the law.  > 5", TextCleaner.clean("the law.* > 5"), "a symbol before more text stays");
    assertEquals("protests in 2023. \n8. It", TextCleaner.clean("protests in 2023.7\n8. It"));
    assertEquals("adopted in 1998.   The", TextCleaner.clean("adopted in 1998.12 The"));
    assertEquals("the death penalty,  while", TextCleaner.clean("the death penalty,5 while"));
    assertEquals("costs 2,5 million, rights,5 Then", TextCleaner.clean("costs 2,5 million, rights,5 Then"));
  }

  @Test
  void ocrsLowerCaseLForACapitalIOpeningASentenceIsAnI() {
    assertEquals("3. It also recommended", TextCleaner.clean("3. lt also recommended"));
    assertEquals("the protests.  It urged them.  Its report",
        TextCleaner.clean("the protests.* lt urged them.  lts report"));
    assertEquals("Background\n\nIn 2024 the", TextCleaner.clean("Background\n\nln 2024 the"));
    assertEquals("(Ireland); (Côte d'Ivoire); (Iran (Islamic Republic of)); the International Covenant",
        TextCleaner.clean("(lreland); (Côte d'lvoire); (lran (lslamic Republic of)); the lnternational Covenant"),
        "a word that opens with l and a consonant");
    String kept = "Lt. Col. Brown and lt.\nthe l in the text\nln the wrapped line, lt Smith; 5 lbs, Acme ltd,"
        + " lnkd.in/x, llama, Lloyd";
    assertEquals(kept, TextCleaner.clean(kept), "mid-sentence, before a capital, or an abbreviation");
  }

  @Test
  void aYearWithADecimalPartBeforeLowerCaseOrInsideANumberIsKept() {
    String text = "rose to 2019.5 per cent; code 12019.5\nand 1,2023.4 The";
    assertEquals(text, TextCleaner.clean(text));
  }

  @Test
  void numbersAndOrdinaryPunctuationAreKept() {
    String text = "It rose by 0.7 per cent. See para. 12 and No. 29. Is it? Yes! \"Quoted.\" U.S.A. 3.5"
        + " that is, i.e\nfor example e.g\nat www.ohchr.org\n";
    assertEquals(text, TextCleaner.clean(text));
  }

  @Test
  void numbersOfDocumentSymbolsAndArticlesAreNotFootnotes() {
    String text = "Source of position: A/HRC/39/11/Add.1 - Para. 5\nsee A/HRC/4/9/Rev.2 and Corr.1 under art.5 of"
        + " No.3 ";
    assertEquals(text, TextCleaner.clean(text));
    assertEquals("the Addendum.  It", TextCleaner.clean("the Addendum.4 It"));
  }

  @Test
  void linksToOtherPagesAreBlanked() {
    String text = "The group urged Freedonia to act.\nRead more: Experts urge Freedonia to free the editors\n"
        + "It also called for reform.\n\nMost viewed\n1. Parliament should repeal the press law\n"
        + "2. Police must stop the raids\n\nThe report is online.";
    String clean = TextCleaner.clean(text);
    assertEquals(text.length(), clean.length());
    assertFalse(clean.contains("Experts urge"), clean);
    assertFalse(clean.contains("Parliament should"), clean);
    assertTrue(clean.contains("The group urged Freedonia to act.") && clean.contains("It also called for reform.")
        && clean.contains("The report is online."), clean);
  }

  @Test
  void pageAndWebFurnitureLinesAreBlanked() {
    String text = "Skip to main content\nDonate Now\nFreedonia: Free the Journalists\nThe group urged Freedonia"
        + " to act.\nGE.21-04567(E)\nA/HRC/WG.6/99/FRD/3\n12\nIt also called for reform.\n"
        + "Your tax-deductible gift can help us defend rights.\nShare this\n";
    String clean = TextCleaner.clean(text);
    assertEquals(text.length(), clean.length());
    assertEquals(List.of("Freedonia: Free the Journalists", "The group urged Freedonia to act.",
        "It also called for reform."), clean.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
  }

  @Test
  void aNumberThatIsAParagraphOfItsOwnIsATablesCellNotAPageNumber() {
    // A PDF's table as PdfTables writes it: a cell per paragraph; the page number printed among the lines goes.
    String text = "No.\n\nRecommendation\n\n12\n\nRepeal the law\n\n13\n\nFree the bloggers\n\n4\nNext page\n";
    assertEquals(List.of("No.", "Recommendation", "12", "Repeal the law", "13", "Free the bloggers", "Next page"),
        TextCleaner.clean(text).lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
  }

  @Test
  void wordsHyphenatedAcrossLinesAreJoinedInPlace() {
    String text = "the Govern-\n  ment and non-\ngovernmental, community-\nbased groups";
    String clean = TextCleaner.clean(text);
    assertEquals(text.length(), clean.length());
    assertEquals("the Government and non-governmental, community-based groups",
        clean.replaceAll("\\s+", " ").strip());
  }

  @Test
  void theDocumentsOwnSpellingDecidesWhetherABrokenWordKeepsItsHyphen() {
    // No list keeps the hyphen of "grass-roots", and the "re" of the list would keep it in "re-habilitation".
    String keeps = "grass-\nroots groups, and other grass-roots groups";
    assertEquals("grass-roots groups, and other grass-roots groups",
        TextCleaner.clean(keeps).replaceAll("\\s+", " ").strip());
    String joins = "the re-\nhabilitation of victims and their rehabilitation";
    assertEquals("the rehabilitation of victims and their rehabilitation",
        TextCleaner.clean(joins).replaceAll("\\s+", " ").strip());
    // Spelt neither way elsewhere: the lists decide.
    assertEquals("grassroots", TextCleaner.clean("grass-\nroots").strip());
    assertEquals("re-integration", TextCleaner.clean("re-\nintegration").strip());
  }

  @Test
  void aUnFirstPagesBarcodeAndRecyclingNoteAreFurniture() {
    String text = "2. CRC recommended that Ruritania ratify\nGE.25-00123(E)\n*2500123*\n\u267B Please recycle\n"
        + "the Convention.";
    assertEquals("2. CRC recommended that Ruritania ratify the Convention.",
        TextCleaner.clean(text).replaceAll("\\s+", " ").strip());
  }

  @Test
  void cleaningNeverMovesCharacters() {
    String text = "A sentence.12 Another one.? A third.©";
    assertEquals(text.length(), TextCleaner.clean(text).length());
  }

  @Test
  void furnitureIsFoundAfterEveryKindOfLineEndAndAtTheEnd() {
    String text = "First line.\r\n12\r\nSecond line.\u2028GE.21-04567(E)\u0085Third line.\nPage 3 of 12";
    String clean = TextCleaner.clean(text);
    assertEquals(text.length(), clean.length());
    assertEquals(List.of("First line.", "Second line.", "Third line."),
        List.of(clean.split("[\\r\\n\\u2028\\u0085]+")).stream().map(String::strip).filter(l -> !l.isEmpty())
            .toList());
  }

  @Test
  void aLineEndingInAHyphenAfterAJoinedWordIsLeftAsTheJoinLeftIt() {
    // The first join takes "ment-" along as the word's tail; the hyphen after it stays.
    assertEquals("The Government-  \nal sector.", TextCleaner.clean("The Govern-\nment-\nal sector."));
  }

  @Test
  void paragraphNumbersAndItemTailsAtPageEdgesAreNotRunningHeads() {
    // Six pages, each opening with its running head and then a paragraph whose number the PDF put on a line of
    // its own, and ending with an item's last line: the head recurs and goes; the numbers (alike with their
    // digits ignored) and the item tails stay.
    StringBuilder text = new StringBuilder();
    List<Integer> starts = new java.util.ArrayList<>();
    List<String> asks = List.of("Ratify the Convention", "Repeal the decree", "Fund the ombudsman",
        "Free the journalists", "Register the unions", "Protect the defenders");
    for (int page = 1; page <= 6; page++) {
      starts.add(text.length());
      text.append("Report of the Working Group on Ruritania\n").append(40 + page).append(".\n")
          .append("Ruritania was urged to act (Freedonia);\n(").append(page).append(")\nMore text.\n")
          .append(page).append(".").append(page).append(' ').append(asks.get(page - 1))
          .append(" (United Kingdom of Great Britain and\n")
          .append("Northern Ireland);\n");
    }
    String clean = TextCleaner.clean(text.toString(), starts).text();
    assertFalse(clean.contains("Report of the Working Group"), "the running head recurs on every page");
    assertEquals(6, clean.split("Northern Ireland\\);", -1).length - 1, "every item's tail kept");
    for (int page = 1; page <= 6; page++) {
      assertTrue(clean.contains((40 + page) + ".\n"), "paragraph number " + (40 + page) + " kept");
      assertTrue(clean.contains("(" + page + ")\n"), "item (" + page + ") kept");
      assertTrue(clean.contains(page + "." + page + " " + asks.get(page - 1)), "item " + page + "." + page + " kept");
    }
  }

  @Test
  void aPostsMarksOnNamesAndItsClosingHashtagsGo() {
    String post = "2/6 @Germany recommended that #Zambia ratify OPCAT. #HRC #UPR46\n"
        + "Sweden urged Zambia to repeal the Act used against protesters #FreedomOfAssembly\n"
        + "Write to info@Example.org about C# and item #3 of the #UPR review";
    String clean = TextCleaner.clean(post);
    assertEquals(post.length(), clean.length(), "offsets kept");
    assertEquals("2/6  Germany recommended that  Zambia ratify OPCAT.            \n"
        + "Sweden urged Zambia to repeal the Act used against protesters                   \n"
        + "Write to info@Example.org about C# and item #3 of the  UPR review", clean);
  }

  @Test
  void markdownMarkupBecomesSpacesAndAFootnotesLoneStarStays() {
    String md = "## Our asks\n\n- **Release** the students;\n> \"Stop it,\" she said.\n*Posted by Rights Now*\n"
        + "See [the report](https://example.org/r) and __note__ 3.";
    String clean = TextCleaner.clean(md);
    assertEquals(md.length(), clean.length(), "offsets kept");
    assertEquals("   Our asks\n\n-   Release   the students;\n  \"Stop it,\" she said.\n Posted by Rights Now \n"
        + "See  the report" + " ".repeat("](https://example.org/r)".length()) + " and   note   3.", clean);
    assertEquals("Slovenia*\n\nThe * mark and *this* stay.", TextCleaner.clean("Slovenia*\n\nThe * mark and *this* stay."),
        "without Markdown's marks elsewhere, a star is a footnote's");
    String un = "Periodic Review**\n\n** Late submission. The *Note* stays.";
    assertEquals(un, TextCleaner.clean(un), "a UN document's footnote stars are no Markdown");
  }
}
