package org.uprlens.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uprlens.cli.Main;
import org.uprlens.ingest.Fixtures;

/**
 * The classify job over every input format and every bad case of the ingest issue, all generated here: each file
 * ends as exactly one row of documents or rejects with the expected reason, and the run exits 3 because more than
 * 20% of its input was rejected.
 */
class IngestFormatsIT {
  private static final String RUN_WORDS = "the state of the art without any end ";

  @TempDir
  static Path dir;
  static Path output;
  static int exit;

  @BeforeAll
  static void runJob() throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("good"));
    Files.createDirectories(in.resolve("bad"));
    Files.write(in.resolve("good/report.pdf"), Fixtures.reportPdf(null));
    Files.write(in.resolve("good/matrix.docx"), Fixtures.matrixDocx());
    Files.write(in.resolve("good/matrix.doc"), Fixtures.legacyWordMatrix());
    Files.write(in.resolve("good/matrix.pdf"), Fixtures.matrixPdf());
    for (String extension : List.of("docx", "doc", "odt", "rtf", "pdf")) {
      Files.write(in.resolve("good/submission." + extension), Fixtures.submission(extension));
    }
    Files.writeString(in.resolve("good/page.html"), "<html><body><nav>Home | Donate</nav><main><p>The Committee"
        + " urged Freedonia to release all detained journalists.</p></main><footer>Privacy</footer></body></html>");
    // The same page saved twice: one document, the copy a reject naming it.
    Files.createDirectories(in.resolve("good/saved-again"));
    Files.copy(in.resolve("good/page.html"), in.resolve("good/saved-again/page.html"));
    try (var zip = new java.util.zip.GZIPOutputStream(Files.newOutputStream(in.resolve("good/export.xml.gz")))) {
      zip.write(("<?xml version=\"1.0\"?><export><rec><text>Repeal the sedition law</text><state>Norway</state>"
          + "</rec><rec><text>Fund the legal aid board</text><state>Chile</state></rec></export>")
          .getBytes(StandardCharsets.UTF_8));
    }
    Files.write(in.resolve("good/legacy.txt"), ("16. The Committee recommended that Côte d’Ivoire adopt the"
        + " “national plan” – without delay.\r\r17. It also urged Türkiye to act.\r")
        .getBytes(Charset.forName("x-MacRoman")));
    Files.write(in.resolve("good/utf16.txt"), "\uFEFFThe Committee urged Freedonia to act.\r\n"
        .getBytes(StandardCharsets.UTF_16LE));
    Files.writeString(in.resolve("good/rapport.txt"), "Le Comité a recommandé que l'État ratifie la Convention et"
        + " que la délégation présente le rapport national dans les délais prévus par le Conseil des droits de"
        + " l'homme, et il a invité le Gouvernement à coopérer avec les mécanismes des Nations Unies.");
    Files.writeString(in.resolve("good/run.txt"), RUN_WORDS.repeat(2_000_000 / RUN_WORDS.length()));
    Files.writeString(in.resolve("good/nested.html"), "<html><body>" + "<div>".repeat(50_000)
        + "The Committee urged Freedonia to ratify the Convention." + "</div>".repeat(50_000) + "</body></html>");

    Files.write(in.resolve("bad/empty.txt"), new byte[0]);
    byte[] junk = new byte[4096];
    new Random(3).nextBytes(junk);
    Files.write(in.resolve("bad/junk.bin"), junk);
    byte[] pdf = Fixtures.reportPdf(null);
    Files.write(in.resolve("bad/cut.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
    Files.write(in.resolve("bad/locked.pdf"), Fixtures.lockedPdf());
    Files.write(in.resolve("bad/scan.pdf"), Fixtures.scanPdf());
    Files.writeString(in.resolve("bad/huge.txt"), "x".repeat(3_100_000));
    Files.createSymbolicLink(in.resolve("bad/loop"), in);
    Files.createSymbolicLink(in.resolve("bad/dangling.txt"), in.resolve("nowhere.txt"));

    output = dir.resolve("out");
    exit = Main.execute("classify", "--input", in.toString(), "--output", output.toString(),
        "--max-bytes", "3000000");
  }

  @Test
  void everyFileIsOneDocumentOrOneRejectWithItsReason() throws Exception {
    assertEquals(3, exit, "8 of the 24 files that are no copies rejected is more than --max-reject-rate 0.2");
    try (Duck duck = new Duck()) {
      Map<String, Object> rejects = new LinkedHashMap<>();
      for (Map<String, Object> row : duck.rows("SELECT split_part(path, '/', -1) AS file, reason FROM "
          + Duck.table(output, "rejects") + " ORDER BY file")) {
        rejects.put((String) row.get("file"), row.get("reason"));
      }
      assertEquals(Map.of("cut.pdf", "damaged", "dangling.txt", "unreadable", "empty.txt", "empty",
          "huge.txt", "too_large", "junk.bin", "not_text", "locked.pdf", "encrypted", "loop", "symlink_loop",
          "scan.pdf", "no_text_layer", "page.html", "duplicate"), rejects);
      List<Map<String, Object>> copy = duck.rows("SELECT path, detail FROM " + Duck.table(output, "rejects")
          + " WHERE reason = 'duplicate'");
      assertTrue(((String) copy.get(0).get("path")).endsWith("good/saved-again/page.html"), copy::toString);
      assertTrue(((String) copy.get(0).get("detail")).matches("the same content as .*/good/page.html, which is read"
          + " instead"), copy::toString);
      assertEquals(0, duck.count("SELECT count(*) FROM (SELECT rec_id FROM " + Duck.table(output, "recommendations")
          + " GROUP BY rec_id HAVING count(*) > 1)"), "recommendation ids are unique");
      assertEquals(List.of("export.xml.gz", "legacy.txt", "matrix.doc", "matrix.docx", "matrix.pdf", "nested.html",
              "page.html",
              "rapport.txt", "report.pdf", "run.txt", "submission.doc", "submission.docx", "submission.odt",
              "submission.pdf", "submission.rtf", "utf16.txt"),
          duck.rows("SELECT split_part(path, '/', -1) AS file FROM " + Duck.table(output, "documents")
              + " ORDER BY file").stream().map(r -> r.get("file")).toList());
    }
  }

  @Test
  void documentsSayHowTheyWereRead() throws Exception {
    try (Duck duck = new Duck()) {
      Map<String, Map<String, Object>> docs = new LinkedHashMap<>();
      for (Map<String, Object> row : duck.rows("SELECT split_part(path, '/', -1) AS file, format, charset, kind,"
          + " symbol, status, language, pages, len(warnings) AS warnings, text, sentences FROM "
          + Duck.table(output, "documents"))) {
        docs.put((String) row.get("file"), row);
      }
      assertEquals(Map.of("legacy.txt", "text", "matrix.doc", "doc", "matrix.docx", "docx", "page.html", "html",
          "report.pdf", "pdf"), Map.of("legacy.txt", docs.get("legacy.txt").get("format"), "matrix.doc",
          docs.get("matrix.doc").get("format"), "matrix.docx", docs.get("matrix.docx").get("format"), "page.html",
          docs.get("page.html").get("format"), "report.pdf", docs.get("report.pdf").get("format")));
      assertEquals("x-MacRoman", docs.get("legacy.txt").get("charset"));
      assertEquals("xml", docs.get("export.xml.gz").get("format"), "what the gzip file holds");
      assertEquals("table", docs.get("export.xml.gz").get("kind"));
      assertTrue(((String) docs.get("legacy.txt").get("text")).contains("Côte d’Ivoire adopt the “national plan”"));
      assertEquals("UTF-16LE", docs.get("utf16.txt").get("charset"));
      assertEquals(3, docs.get("report.pdf").get("pages"));
      assertEquals(3, duck.count("SELECT len(page_starts) FROM " + Duck.table(output, "documents")
          + " WHERE path LIKE '%report.pdf'"));
      assertEquals("compilation", docs.get("report.pdf").get("kind"));
      assertEquals("A/HRC/WG.6/99/FRD/2", docs.get("report.pdf").get("symbol"));
      assertEquals("unsupported_language", docs.get("rapport.txt").get("status"));
      assertEquals("fr", docs.get("rapport.txt").get("language"));
      assertEquals(0, docs.get("rapport.txt").get("sentences"));
      assertEquals("ok", docs.get("run.txt").get("status"));
      assertTrue(((Number) docs.get("run.txt").get("warnings")).intValue() > 0);
      // The run was cut into segments before CoreNLP: hundreds of sentences, none of 2 MB.
      assertTrue(((Number) docs.get("run.txt").get("sentences")).intValue() > 500);
      assertTrue(!((String) docs.get("page.html").get("text")).contains("Donate"));
    }
  }

  @Test
  void aMatrixGivesItsRowsWithTheirStatesAndPositions() throws Exception {
    try (Duck duck = new Duck()) {
      List<Map<String, Object>> recs = matrixRows(duck, "matrix.docx");
      assertEquals(recs, matrixRows(duck, "matrix.doc"), "the legacy Word file gives what the .docx gives");
      assertEquals(recs, matrixRows(duck, "matrix.pdf"),
          "its PDF, with a row's cells side by side and long cells wrapped, too");
      assertEquals(List.of("121.2", "121.1", "121.1", "121.3"), recs.stream().map(r -> r.get("paragraph")).toList());
      assertEquals(List.of("Brazil", "Portugal, Uruguay", "Iceland", "Denmark"),
          recs.stream().map(r -> r.get("actor")).toList());
      assertEquals(List.of("Supported", "Noted", "Noted", "Noted"),
          recs.stream().map(r -> r.get("support_stated")).toList());
      assertEquals("A12 Acceptance of international norms", recs.get(0).get("section"));
      assertEquals("Chile", recs.get(3).get("target"));
      assertTrue(recs.stream().allMatch(r -> r.get("support_predicted") != null), recs::toString);
    }
  }

  @Test
  void theReportCountsWhatTheRunWroteAndSaysWhyFilesWereRejected() throws Exception {
    String report = Files.readString(output.resolve("_report.md"));
    assertTrue(report.contains("25 input files: 16 documents"), report);
    assertTrue(report.contains("| matrix | 3 | 12 | 0 | 0 |"), "the three matrices and their rows: " + report);
    assertTrue(report.contains("| encrypted | 1 | "), report);
    assertTrue(report.contains("| symlink_loop | 1 | "), report);
    assertTrue(report.contains("| Chile | 3 | 12 |"), report);
  }

  @Test
  void aSubmissionsListedAsksAreOneRowEachInEveryFormat() throws Exception {
    try (Duck duck = new Duck()) {
      List<List<Map<String, Object>>> byFormat = new java.util.ArrayList<>();
      for (String file : List.of("submission.docx", "submission.doc", "submission.pdf", "submission.odt",
          "submission.rtf")) {
        byFormat.add(duck.rows("SELECT actor, verb, action, target FROM " + Duck.table(output, "recommendations")
            + " WHERE path LIKE '%/" + file + "' ORDER BY char_start"));
      }
      assertEquals(List.of("reduce", "give", "allow", "ratify", "publish", "investigate"),
          byFormat.get(0).stream().map(r -> r.get("action")).toList());
      assertEquals(byFormat.get(0), byFormat.get(1), "the .doc gives what the .docx gives");
      assertEquals(byFormat.get(0), byFormat.get(2), "and so does the PDF");
      assertEquals(byFormat.get(0), byFormat.get(3), "and the OpenDocument text");
      assertEquals(byFormat.get(0), byFormat.get(4), "and the RTF");
      assertTrue(byFormat.get(0).stream().allMatch(r -> "Ruritania Prison Project".equals(r.get("actor"))),
          byFormat.get(0)::toString);
    }
  }

  private static List<Map<String, Object>> matrixRows(Duck duck, String file) throws Exception {
    return duck.rows("SELECT paragraph, section, actor, target, support_stated, support_predicted FROM "
        + Duck.table(output, "recommendations") + " WHERE path LIKE '%/" + file + "' ORDER BY char_start");
  }

  @Test
  void recommendationsCarryParagraphAndSectionFromThePdf() throws Exception {
    try (Duck duck = new Duck()) {
      List<Map<String, Object>> recs = duck.rows("SELECT paragraph, section, text FROM "
          + Duck.table(output, "recommendations") + " WHERE path LIKE '%report.pdf' AND text LIKE '%investigate%'");
      assertEquals(1, recs.size(), recs::toString);
      assertEquals("2", recs.get(0).get("paragraph"));
      assertEquals("2. Right to life, liberty and security of person", recs.get(0).get("section"));
    }
  }
}
