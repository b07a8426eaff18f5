package org.uprlens.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uprlens.job.Shared;

/**
 * The Working Group list parser over the 248 reports of 2008-2014 in ../shared, read as the job reads them,
 * against their parsed recommendations (about 25 s: an integration test). Skipped when ../shared is absent.
 */
class WorkingGroupReportsIT {

  @Test
  void meetTheBars() throws Exception {
    Path dir = Shared.require("data/upr/documents/wg_reports_2008_2014");
    Path gold = Shared.require("data/upr/recommendations/wg_reports_parsed_2008-2014.csv");
    List<ExtractionEvaluation.Result> results = ExtractionEvaluation.workingGroupReports(dir, gold);
    long read = results.stream().filter(r -> r.note() == null).count();
    assertTrue(read >= 230, "reports read and scored: " + read);
    ExtractionEvaluation.Result total = ExtractionEvaluation.total("overall", results);
    System.out.println("Working Group reports (" + read + " read): " + total);
    assertTrue(total.recommendations().precision() >= 0.97, total.toString());
    assertTrue(total.recommendations().recall() >= 0.97, total.toString());
    assertTrue(total.states().f1() >= 0.97, total.toString());
    assertTrue(total.responseAgreement() >= 0.95, "stated responses agree on " + total.responseAgreement());
  }

  @Test
  void readAsPdfsTheyGiveTheSameFiguresAsTheirText() throws Exception {
    // UN reports reach users as PDFs; the shared copies are text. Laid out as PDFs (ReportPdf) and read back, the
    // lists must come out as from the text: page furniture must not eat paragraph numbers or join items.
    Path dir = Shared.require("data/upr/documents/wg_reports_2008_2014");
    Path gold = Shared.require("data/upr/recommendations/wg_reports_parsed_2008-2014.csv");
    ExtractionEvaluation.Result text = ExtractionEvaluation.total("text",
        ExtractionEvaluation.workingGroupReports(dir, gold, false));
    ExtractionEvaluation.Result pdf = ExtractionEvaluation.total("pdf",
        ExtractionEvaluation.workingGroupReports(dir, gold, true));
    System.out.println("Working Group reports as PDFs: " + pdf);
    assertTrue(pdf.recommendations().recall() >= text.recommendations().recall() - 0.002, pdf + " vs " + text);
    assertTrue(pdf.recommendations().precision() >= text.recommendations().precision() - 0.002, pdf + " vs " + text);
    assertTrue(pdf.responseAgreement() >= text.responseAgreement() - 0.002,
        "stated responses agree on " + pdf.responseAgreement() + " as PDFs, " + text.responseAgreement() + " as text");
  }
}
