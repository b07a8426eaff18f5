package org.uprlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uprlens.job.Shared;

/** The Working Group list parser against the labelled data in ../shared; skipped when it is absent. */
class ExtractionEvaluationTest {

  @Test
  void huridocsEswatiniParagraphsMeetTheBar() throws Exception {
    Path csv = Shared.require("data/upr/extraction/huridocs_eswatini_wg_paragraphs.csv");
    ExtractionEvaluation.Result result = ExtractionEvaluation.eswatini(csv);
    System.out.println("huridocs Eswatini: " + result);
    assertEquals(217, result.recommendations().tp() + result.recommendations().fn());
    assertTrue(result.recommendations().f1() >= 0.97, result.toString());
    assertTrue(result.states().f1() >= 0.97, result.toString());
  }

  @Test
  void workingGroupReportsMeetTheBars() throws Exception {
    Path dir = Shared.require("data/upr/documents/wg_reports_2008_2014");
    Path gold = Shared.require("data/upr/recommendations/wg_reports_parsed_2008-2014.csv");
    List<ExtractionEvaluation.Result> results = ExtractionEvaluation.workingGroupReports(dir, gold);
    long read = results.stream().filter(r -> r.note() == null).count();
    assumeTrue(read > 0, "skipped: the reader decodes none of the reports (Windows-1252/Mac Roman) yet");
    ExtractionEvaluation.Result total = ExtractionEvaluation.total("overall", results);
    System.out.println("Working Group reports (" + read + " read): " + total);
    assertTrue(total.recommendations().precision() >= 0.97, total.toString());
    assertTrue(total.recommendations().recall() >= 0.97, total.toString());
    assertTrue(total.states().f1() >= 0.97, total.toString());
  }

  @Test
  void scoresCountWhatIsFoundMissedAndInvented() {
    ExtractionEvaluation.Score s = ExtractionEvaluation.compare(
        java.util.Set.of("FRA", "DEU", "ITA"), java.util.Set.of("FRA", "DEU", "ESP", "PRT"));
    assertEquals(new ExtractionEvaluation.Score(2, 1, 2), s);
    assertEquals(2.0 / 3, s.precision(), 1e-9);
    assertEquals(0.5, s.recall(), 1e-9);
    assertEquals(1.0, ExtractionEvaluation.similarity("Ratify the OP-CAT", "ratify the OP CAT"), 1e-9);
  }
}
