package org.uprlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A CSV file read as a table of recommendations, on tables written for these tests. */
class RecommendationTableTest {
  private final DocumentReader reader = new DocumentReader(DocumentReader.Options.defaults());

  @Test
  void quotedCellsKeepSeparatorsLineBreaksAndQuotesAndTheirPlaceInTheText() {
    String text = "id,text\n7,\"Free the editors, now\"\n8,\"Say \"\"never\"\"\nagain\"\n\n9,Close the camp\n";
    CsvTable table = CsvTable.parse(text);
    assertEquals(List.of("id", "text"), table.header());
    assertEquals(List.of("Free the editors, now", "Say \"never\"\nagain", "Close the camp"),
        table.rows().stream().map(row -> row.get(1).value()).toList());
    CsvTable.Cell first = table.rows().get(0).get(1);
    assertEquals("Free the editors, now", text.substring(first.begin(), first.end()));
    assertEquals(List.of("recommending state s", "recommendation"),
        CsvTable.parse("Recommending State(s)\tRecommendation\nPeru\tRatify it\n").header(), "a tab-separated file");
  }

  @Test
  void aRowGivesItsTextMakersStateUnderReviewAndResponse() {
    List<RecommendationTable.Row> rows = RecommendationTable.read("""
        Paragraph;Recommendation;Recommending State;State under Review;Response
        12.1;Ratify the Convention against Torture;Peru|Chile;Malawi;Accepted
        12.2;Abolish the death penalty;NA;Malawi;Supported/Noted
        12.3;;Peru;Malawi;Noted
        """);
    assertEquals(2, rows.size(), "a row without a text is no recommendation");
    assertEquals(new RecommendationTable.Row(rows.get(0).begin(), rows.get(0).end(),
        "Ratify the Convention against Torture", "12.1", List.of("Peru", "Chile"), "Malawi", "Accepted"), rows.get(0));
    assertEquals(List.of(), rows.get(1).makers(), "NA is no maker");
  }

  @Test
  void aCsvFileIsATableOfRecommendationsOrRejectedSayingWhichColumnIsMissing() {
    String csv = "text,recommending_states,state_under_review,response\n"
        + "Repeal the press law,Norway,Malawi,Noted\nFund legal aid,\"Peru|Chile\",Malawi,Supported\n";
    Document doc = assertInstanceOf(Document.class, reader.decode("recs.csv", csv.getBytes(StandardCharsets.UTF_8)));
    assertEquals(DocKind.TABLE, doc.info().kind());
    assertEquals(Format.CSV, doc.format());
    assertEquals("Malawi", doc.info().stateUnderReview(), "the one State all rows are on");
    assertEquals(csv, doc.text(), "a table is not cleaned as prose is");
    Reject reject = assertInstanceOf(Reject.class,
        reader.decode("budget.csv", "year,amount\n2024,100\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(RejectReason.UNSUPPORTED_FORMAT, reject.reason());
    assertTrue(reject.detail().contains("its columns: year, amount"), reject.detail());
  }
}
