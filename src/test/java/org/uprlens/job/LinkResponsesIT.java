package org.uprlens.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uprlens.cli.Main;

/**
 * A Working Group report (twice, as two files) and its addendum in one run: the addendum's responses reach the
 * report's rows, and the copy is read once (the other file a duplicate reject). Another report and its thematic
 * matrix: the matrix's positions reach that report's rows the same way.
 */
class LinkResponsesIT {
  @TempDir
  static Path dir;
  static Path output;

  static final String REPORT = """
      United Nations                                                      A/HRC/99/12
      General Assembly
      Human Rights Council
      Report of the Working Group on the Universal Periodic Review
      Ruritania

      II. Conclusions and/or recommendations
      120. The recommendations listed below have been examined by Ruritania and enjoy its support:
      120.1 Ratify the Optional Protocol to the Convention against Torture (Germany);
      120.2 Adopt a national action plan on human rights (Chile);
      121. The following recommendations will be examined by Ruritania, which will provide responses in due time:
      121.1 Abolish the death penalty (Italy);
      121.2 Decriminalize defamation (Norway);
      122. All conclusions and/or recommendations contained in the present report reflect the position of the
      submitting State(s) and/or the State under review.
      """;

  static final String ADDENDUM = """
      United Nations                                                      A/HRC/99/12/Add.1
      General Assembly
      Human Rights Council
      Report of the Working Group on the Universal Periodic Review
      Ruritania
      Addendum
      Views on conclusions and/or recommendations, voluntary commitments and replies presented by the State under
      review
      1. Recommendation 121.1 is supported.
      2. Recommendation 121.2 is noted.
      """;

  /** Another review, whose positions come from its thematic matrix (a text dump of one) instead of an addendum. */
  static final String OTHER_REPORT = REPORT.replace("A/HRC/99/12", "A/HRC/99/13").replace("120.", "130.")
      .replace("121.", "131.").replace("122.", "132.");

  static final String MATRIX = """
      UPR of Ruritania (3rd Cycle – 99th session)

      Thematic list of recommendations

      Theme: D23 Death penalty

      131.1 Abolish the death penalty (Italy);

      Source of position: A/HRC/99/13/Add.1 - Para. 4

      Noted

      D23 Death penalty

      Theme: D43 Freedom of opinion and expression

      131.2 Decriminalize defamation (Norway);

      Source of position: A/HRC/99/13/Add.1 - Para. 4

      Supported

      D43 Freedom of opinion and expression
      """;

  @BeforeAll
  static void runJob() throws Exception {
    Path input = Files.createDirectories(dir.resolve("in"));
    Files.writeString(input.resolve("report.txt"), REPORT);
    Files.writeString(input.resolve("report-copy.txt"), REPORT);
    Files.writeString(input.resolve("addendum.txt"), ADDENDUM);
    Files.writeString(input.resolve("other-report.txt"), OTHER_REPORT);
    Files.writeString(input.resolve("other-matrix.txt"), MATRIX);
    output = dir.resolve("out");
    assertEquals(0, Main.execute("classify", "--input", input.toString(), "--output", output.toString()));
  }

  @Test
  void theAddendumsResponsesAreSetOnTheReportsRecommendations() throws Exception {
    try (Duck duck = new Duck()) {
      List<Map<String, Object>> rows = duck.rows("SELECT DISTINCT paragraph, support_stated FROM "
          + Duck.table(output, "recommendations") + " WHERE path LIKE '%/report%.txt' ORDER BY paragraph");
      assertEquals(List.of(
          Map.of("paragraph", "120.1", "support_stated", "Supported"),
          Map.of("paragraph", "120.2", "support_stated", "Supported"),
          Map.of("paragraph", "121.1", "support_stated", "Supported"),
          Map.of("paragraph", "121.2", "support_stated", "Noted")), rows);
    }
  }

  @Test
  void theMatrixsPositionsAreSetOnItsReportsRecommendations() throws Exception {
    try (Duck duck = new Duck()) {
      List<Map<String, Object>> rows = duck.rows("SELECT paragraph, support_stated, support_evidence FROM "
          + Duck.table(output, "recommendations") + " WHERE path LIKE '%other-report.txt' ORDER BY paragraph");
      assertEquals(List.of("130.1", "130.2", "131.1", "131.2"), rows.stream().map(r -> r.get("paragraph")).toList());
      assertEquals(List.of("Supported", "Supported", "Noted", "Supported"),
          rows.stream().map(r -> r.get("support_stated")).toList());
      assertEquals("position: Noted (source of position: A/HRC/99/13/Add.1 - Para. 4)",
          rows.get(2).get("support_evidence"));
    }
  }

  @Test
  void theResponsesTableKeysThemByReportAndParagraph() throws Exception {
    try (Duck duck = new Duck()) {
      assertEquals(List.of(
          Map.of("report_symbol", "A/HRC/99/12", "paragraph", "121.1", "support_stated", "Supported"),
          Map.of("report_symbol", "A/HRC/99/12", "paragraph", "121.2", "support_stated", "Noted"),
          Map.of("report_symbol", "A/HRC/99/13", "paragraph", "131.1", "support_stated", "Noted"),
          Map.of("report_symbol", "A/HRC/99/13", "paragraph", "131.2", "support_stated", "Supported")),
          duck.rows("SELECT report_symbol, paragraph, support_stated FROM " + Duck.table(output, "responses")
              + " ORDER BY report_symbol, paragraph"));
    }
  }

  @Test
  void aFileHoldingTheSameReportAsAnotherIsReadOnceAndItsCopyRejectedAsDuplicate() throws Exception {
    try (Duck duck = new Duck()) {
      assertEquals(List.of(Map.of("files", 1L, "rows", 4L, "distinct_rows", 4L)),
          duck.rows("SELECT count(DISTINCT path) AS files, count(*) AS rows,"
              + " count(DISTINCT rec_id) AS distinct_rows FROM " + Duck.table(output, "recommendations")
              + " WHERE path LIKE '%/report%.txt'"));
      List<Map<String, Object>> copy = duck.rows("SELECT split_part(path, '/', -1) AS file, reason FROM "
          + Duck.table(output, "rejects"));
      assertEquals(List.of(Map.of("file", "report.txt", "reason", "duplicate")), copy,
          "the first path in sort order, report-copy.txt, is read");
    }
  }
}
