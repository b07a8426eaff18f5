package org.uprlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.uprlens.ingest.DocKind;

/** Earlier recommendations quoted by number, in mid-term reports written for these tests. */
class QuotedRecommendationsTest {
  private static final String LABELLED = """
      Mid-term report of Ruritania on the recommendations of its third review

      A. Places of detention
      Recommendation 77.4 (Norway; Peru): Allow independent monitors to visit all prisons.
      Position: Supported
      Progress: Monitors made 40 visits in 2025.

      Recommendation 77.9 (Ghana) - Consider abolishing corporal punishment in
      schools and in the home.
      Position of Ruritania: noted
      Progress: A consultation is planned.

      Recommendation No. 77.12: Train prison staff in the Nelson Mandela Rules.
      Progress: Two courses were held.
      """;

  private static final String AS_PRINTED = """
      3.1 Ruritania submits this voluntary report in the spirit of Council resolution 16/21.

      3.2 The Ministry of Justice coordinated the report.

      3.3 The case of a journalist detained in Tashkent (Uzbekistan).

      88.14 Amend the Media Act so that it conforms to the International Covenant on Civil and Political Rights
      (ICCPR) and repeal the criminal defamation provisions
      (Sweden) (Ireland);

      Action taken: a draft law is before Parliament.

      88.15 Guarantee the registration of all religious communities (Canada). – Accepted

      88.16 Protect journalists (Chile); ensure that attacks on them are investigated (Austria);
      """;

  /** A table read cell by cell, as ingest writes a Word or HTML table: one cell per paragraph. */
  private static final String TABLE = """
      No.

      Recommendation

      Source

      Response

      64.2

      Adopt a national action plan on business and human rights

      Kenya, Fiji

      Supported

      64.3

      Set up a database of cases of violence against women

      Brazil

      Noted

      12.5

      per cent of the budget
      """;

  @Test
  void aLabelledQuoteTakesItsStatesBeforeTheTextAndItsStatedPosition() {
    List<WorkingGroupList.Item> items = QuotedRecommendations.parse(LABELLED);
    assertEquals(List.of("77.4", "77.9", "77.12"), items.stream().map(WorkingGroupList.Item::paragraph).toList());
    assertEquals("Allow independent monitors to visit all prisons.", items.get(0).text());
    assertEquals(List.of("Norway", "Peru"), items.get(0).states());
    assertEquals("Supported", items.get(0).supportStated());
    assertEquals("Consider abolishing corporal punishment in schools and in the home.", items.get(1).text(),
        "a text wrapped over two lines is whole");
    assertEquals("Noted", items.get(1).supportStated());
    assertEquals("Position of Ruritania: noted", items.get(1).supportEvidence());
    assertTrue(items.get(2).states().isEmpty(), "a labelled quote without its maker is still a quote");
    assertNull(items.get(2).supportStated(), "a progress note is no response");
  }

  @Test
  void aRecommendationListedUnderItsMakersNamesWithItsResponseInBrackets() {
    List<WorkingGroupList.Item> items = QuotedRecommendations.parse("""
        Recommendations received:

        Germany: Ratify the Convention on Enforced Disappearance (supported).
        Norway and Sweden: Protect journalists from attacks (Noted)

        Kenya: Free the Bloggers
        Norway: Thank you, Mr. President.
        Chile: Repeal the press law.
        """);
    assertEquals(List.of("Ratify the Convention on Enforced Disappearance", "Protect journalists from attacks"),
        items.stream().map(WorkingGroupList.Item::text).toList(), "a line without a response in brackets is not read");
    assertEquals(List.of(List.of("Germany"), List.of("Norway", "Sweden")),
        items.stream().map(WorkingGroupList.Item::states).toList());
    assertEquals(List.of("Supported", "Noted"), items.stream().map(WorkingGroupList.Item::supportStated).toList());
  }

  @Test
  void aQuoteInANumberedParagraphEndsBeforeAStatusOrPositionOnItsLine() {
    String text = """
        2. Several States raised the death penalty.

        3. Recommendation 39.12 (Iceland): Abolish the death penalty in law. Status: partially implemented.

        4. Recommendation 39.15 (Chile; Peru): Adopt a law on legal aid. Position: Supported.
        """;
    List<WorkingGroupList.Item> items = QuotedRecommendations.parse(text);
    assertEquals(List.of("Abolish the death penalty in law.", "Adopt a law on legal aid."),
        items.stream().map(WorkingGroupList.Item::text).toList());
    assertEquals(List.of(List.of("Iceland"), List.of("Chile", "Peru")),
        items.stream().map(WorkingGroupList.Item::states).toList());
    assertEquals(java.util.Arrays.asList(null, "Supported"),
        items.stream().map(WorkingGroupList.Item::supportStated).toList());
  }

  @Test
  void aQuoteAsTheReportPrintsItEndsAtItsStatesAndTheReportsOwnParagraphsAreNotQuotes() {
    List<WorkingGroupList.Item> items = QuotedRecommendations.parse(AS_PRINTED);
    assertEquals(List.of("88.14", "88.15", "88.16", "88.16"),
        items.stream().map(WorkingGroupList.Item::paragraph).toList());
    assertTrue(items.get(0).text().endsWith("(ICCPR) and repeal the criminal defamation provisions"),
        "an acronym at a line's end does not end the text: " + items.get(0).text());
    assertEquals(List.of("Sweden", "Ireland"), items.get(0).states());
    assertNull(items.get(0).supportStated());
    assertEquals("Supported", items.get(1).supportStated(), "a position after the States, on their line");
    assertEquals(List.of("Chile"), items.get(2).states());
    assertEquals("ensure that attacks on them are investigated", items.get(3).text());
    assertEquals(List.of("Austria"), items.get(3).states());
  }

  @Test
  void aTablesRowGivesTheTextItsStatesAndItsResponseFromTheCellsAfterTheNumber() {
    List<WorkingGroupList.Item> items = QuotedRecommendations.parse(TABLE);
    assertEquals(2, items.size(), "a figure followed by words that name no State is no quote: " + items);
    assertEquals("Adopt a national action plan on business and human rights", items.get(0).text());
    assertEquals(List.of("Kenya", "Fiji"), items.get(0).states());
    assertEquals("Supported", items.get(0).supportStated());
    assertEquals(List.of("Brazil"), items.get(1).states());
    assertEquals("Noted", items.get(1).supportStated());
  }

  @Test
  void aMidTermReportsQuotesAreRecommendationsToTheStateByTheStatesNamed() {
    List<Recommendation> found = Extracting.extract(LABELLED, DocKind.MIDTERM_REPORT);
    assertEquals(3, found.size(), found.toString());
    Recommendation first = found.get(0);
    assertEquals("Norway, Peru", first.actor());
    assertEquals("state", first.actorType());
    assertEquals("Ruritania", first.target());
    assertEquals("77.4", first.paragraph());
    assertEquals("allow", first.action());
    assertNull(found.get(2).actor());
  }

  @Test
  void anAddendumsQuotesAnswerItsReportAndAreNotReadAgain() {
    String addendum = """
        Views on conclusions and/or recommendations

        77.4 Allow independent monitors to visit all prisons (Norway); Supported
        """;
    assertTrue(Extracting.extract(addendum, DocKind.ADDENDUM).isEmpty());
  }

  @Test
  void anAssessmentCountsItsQuotesAndNamesTheirMakersInBrackets() {
    String assessment = """
        Mid-term Implementation Assessment: Ruritania

        Recommendation nº1: Ratify the Optional Protocol to the Convention against Torture (Recommended by Denmark)
        IRI: not implemented
        Response: Accepted
        Source of position: A/HRC/22/13/Add.1

        Civil society organisations reported that no bill had been tabled.

        Recommendation nº2: Abolish the death penalty (Recommended by France)
        IRI: not implemented
        Response: Noted
        Source of position: A/HRC/22/13/Add.1
        """;
    List<Recommendation> found = Extracting.extract(assessment, DocKind.OTHER);
    assertEquals(List.of("1", "2"), found.stream().map(Recommendation::paragraph).toList());
    assertEquals(List.of("Ratify the Optional Protocol to the Convention against Torture", "Abolish the death penalty"),
        found.stream().map(Recommendation::request).toList());
    assertEquals(List.of(List.of("Denmark"), List.of("France")),
        found.stream().map(Recommendation::recommendingStates).toList());
    assertEquals(List.of("Supported", "Noted"), found.stream().map(Recommendation::supportStated).toList());
  }
}
