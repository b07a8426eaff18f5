package org.uprlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.uprlens.job.Shared;

/** The Working Group list and matrix parsers against the labelled data in ../shared; skipped when it is absent. */
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
  void matrixRowsAreReadWithTheirStatesAndPositions() throws Exception {
    Path csv = Shared.require("data/upr/recommendations/ohchr_thematic_matrices.csv");
    ExtractionEvaluation.Result result = ExtractionEvaluation.total("matrices", ExtractionEvaluation.matrices(csv));
    System.out.println("OHCHR matrices: " + result);
    assertTrue(result.recommendations().tp() > 200, result.toString());
    assertTrue(result.recommendations().f1() >= 0.97, result.toString());
    assertTrue(result.states().f1() >= 0.97, result.toString());
    assertTrue(result.responseAgreement() >= 0.97, result.toString());
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
