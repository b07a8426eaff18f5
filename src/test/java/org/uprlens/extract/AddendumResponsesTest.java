package org.uprlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uprlens.ingest.DocKind;
import org.uprlens.ingest.Document;
import org.uprlens.ingest.DocumentInfo;
import org.uprlens.nlp.SentenceSplitter;

/** Addenda written for these tests: sentences with ranges, introduced lists and a table. */
class AddendumResponsesTest {

  static final String ADDENDUM = """
      Views on conclusions and/or recommendations, voluntary commitments and replies presented by the State under
      review
      1. Ruritania has examined the 40 recommendations it received.
      2. Recommendations 120.1, 120.5–120.7 and 121.2 are supported.
      3. Recommendation 122.1 is noted, as defamation remains an offence.
      4. The following recommendations are noted:
      121.1 (Peru, Chile, Spain)
      5. Regarding recommendation 120.3, the Government notes that the institution is being reviewed.
      6. Ruritania notes recommendations 123.1 and 123.2, for the reasons given below.
      7. Ruritania takes note of recommendation 123.3.
      Recommendation | Response
      120.2 Adopt a national action plan on human rights (Iran (Islamic Republic of))
      Supported
      """;

  @Test
  void rangesListsAndTableRowsBecomeResponses() {
    Map<String, AddendumResponses.Response> r = AddendumResponses.parse(ADDENDUM);
    for (String p : List.of("120.1", "120.5", "120.6", "120.7", "121.2", "120.2")) {
      assertEquals("Supported", r.get(p).support(), p);
    }
    assertEquals("Noted", r.get("122.1").support());
    assertEquals("Noted", r.get("121.1").support());
    for (String p : List.of("123.1", "123.2", "123.3")) {
      assertEquals("Noted", r.get(p).support(), p);
    }
    assertNull(r.get("120.3"), "'notes that' explains; it is not a response");
    assertNull(r.get("120.4"));
    assertEquals("2. Recommendations 120.1, 120.5–120.7 and 121.2 are supported.", r.get("120.6").evidence());
  }

  @Test
  void rangesWrittenOtherwise() {
    assertEquals(List.of("124.5", "124.6", "124.7"), AddendumResponses.references("124.5 to 124.7"));
    assertEquals(List.of("124.5", "124.6"), AddendumResponses.references("124.5-6"));
    assertEquals(List.of("124.12"), AddendumResponses.references("recommendation 124.12 (Germany)"));
  }

  @Test
  void anAddendumBelongsToTheReportOfItsSymbolStem() {
    assertEquals("A/HRC/28/10", AddendumResponses.reportSymbol("A/HRC/28/10/Add.1"));
    assertNull(AddendumResponses.reportSymbol("A/HRC/28/10"));
  }

  @Test
  void responsesAreSetOnTheReportsRecommendations() {
    String text = WorkingGroupListTest.CYCLE2;
    Document report = new Document("doc", "report.txt", text.length(), "UTF-8", text,
        new DocumentInfo(DocKind.WORKING_GROUP_REPORT, null, "A/HRC/99/12", "Ruritania", 99, 4, 2030, "en"),
        null, null);
    List<Recommendation> recs = new RecommendationExtractor().listed(report, new SentenceSplitter().split(text));
    List<Recommendation> linked = AddendumResponses.link(recs, AddendumResponses.parse(ADDENDUM));
    assertEquals("Noted", linked.get(4).supportStated(), "121.1 was pending in the report; the addendum notes it");
    assertEquals("Supported", linked.get(5).supportStated());
    assertEquals("2. Recommendations 120.1, 120.5–120.7 and 121.2 are supported.", linked.get(5).supportEvidence());
    assertEquals(recs.get(3), linked.get(3), "120.3 has no response in the addendum and keeps the report's");
  }

  /** A first-cycle addendum: one paragraph per answer, numbered as the awaited recommendations are. */
  static final String BY_ORDINAL = """
      Views on conclusions and/or recommendations presented by the State under review
      Ruritania welcomes the recommendations. Its answers are as follows:
      1.   Ruritania rejects the recommendation. The Convention is still under study.
      2.   Ruritania accepts the recommendations on prisons and will report on them.
      """;

  @Test
  void aFirstCycleAddendumAnswersTheAwaitedRecommendationsByTheirOrdinal() {
    Map<String, AddendumResponses.Response> r = AddendumResponses.parse(BY_ORDINAL);
    assertEquals("Noted", r.get("#1").support());
    assertEquals("1. Ruritania rejects the recommendation.", r.get("#1").evidence());
    assertNull(r.get("#2"), "an answer about a topic, not the recommendation itself, is not read");
    assertEquals(java.util.Set.of("#1"), r.keySet());
    assertEquals(java.util.Set.of("#5", "#6", "#7"), AddendumResponses.parse(
        "5., 6. and 7.   The Government supports these recommendations; some are already implemented.").keySet());
    assertEquals(List.of(), List.copyOf(AddendumResponses.parse(ADDENDUM).keySet()).stream()
        .filter(k -> k.startsWith("#")).toList(), "an addendum citing recommendations by number is read by them");

    String text = WorkingGroupListTest.CYCLE2;
    Document report = new Document("doc", "report.txt", text.length(), "UTF-8", text,
        new DocumentInfo(DocKind.WORKING_GROUP_REPORT, null, "A/HRC/99/12", "Ruritania", 99, 4, 2030, "en"),
        null, null);
    List<Recommendation> recs = new RecommendationExtractor().listed(report, new SentenceSplitter().split(text));
    List<Recommendation> linked = AddendumResponses.link(recs, r);
    assertEquals("121.1", linked.get(4).paragraph());
    assertEquals("Noted", linked.get(4).supportStated(), "the first recommendation awaiting a response");
    assertEquals("Supported", linked.get(0).supportStated(), "120.1 was answered in the report itself");
  }
}
