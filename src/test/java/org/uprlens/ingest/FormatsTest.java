package org.uprlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** Every format and bad case with fixtures generated here: PDFs by PDFBox, .docx by POI, HTML written by hand. */
class FormatsTest {
  private final DocumentReader reader = new DocumentReader(DocumentReader.Options.defaults());

  private Document document(String path, byte[] bytes) {
    return assertInstanceOf(Document.class, reader.decode(path, bytes));
  }

  private Reject reject(String path, byte[] bytes) {
    return assertInstanceOf(Reject.class, reader.decode(path, bytes));
  }

  @Test
  void pdfTextComesPageByPageCleanedOfFurnitureWithPageStarts() throws IOException {
    Document doc = document("report.pdf", Fixtures.reportPdf(null));
    String text = doc.text();
    assertEquals(3, doc.pages());
    assertNull(doc.charset());
    assertEquals(3, doc.pageStarts().size());
    assertTrue(text.substring(doc.pageStarts().get(1)).strip().startsWith("2. Right to life"), text);
    assertFalse(text.contains("GE.24-12345"), text);
    assertFalse(text.contains("A/HRC/WG.6/99/FRD/2"), "running head and title symbol line are furniture");
    assertTrue(text.contains("The Government"), "hyphenation joined: " + text);
    assertTrue(text.contains("non-governmental"), "prefix hyphen kept: " + text);
    assertTrue(text.contains("The State’s “national plan” – adopted"), text);
    assertFalse(text.matches("(?s).*\\n\\s*[123]\\s*\\n.*"), "page numbers blanked: " + text);
    assertEquals(DocKind.COMPILATION, doc.info().kind());
    assertEquals("A/HRC/WG.6/99/FRD/2", doc.info().symbol(), "metadata read before cleaning");
    int urged = text.indexOf("The country team urged");
    assertEquals("2", doc.outline().paragraphAt(urged));
    assertEquals("2. Right to life, liberty and security of person", doc.outline().sectionAt(urged));
    assertEquals(Outline.FOOTNOTES, doc.outline().sectionAt(text.indexOf("CAT/C/FRD/CO/4")));
    assertNull(doc.outline().sectionAt(doc.pageStarts().get(1)), "page 2 starts in no section again");
    assertEquals(Outline.FOOTNOTES, doc.outline().sectionAt(text.indexOf("follow-up report")));
    assertEquals("2. Right to life, liberty and security of person",
        doc.outline().sectionAt(text.indexOf("The State’s")), "the body text goes on after the page's footnotes");
  }

  @Test
  void aNotePrintedUnderTheFirstColumnGoesAfterTheBodyText() throws IOException {
    Document doc = document("two-columns.pdf", Fixtures.twoColumnPdf());
    String text = doc.text().replaceAll("\\s+", " ");
    assertTrue(text.contains("covers developments since the previous review and asks"), text);
    assertTrue(text.indexOf("4 Data gathered") > text.indexOf("to close the island camp."), text);
    String ocr = document("ocr.pdf", Fixtures.twoColumnPdf(true)).text().replaceAll("\\s+", " ");
    assertTrue(ocr.indexOf("4 Data gathered") < ocr.indexOf("since the previous review"),
        "an OCR layer's line sizes follow the scan: its lines stay where they are: " + ocr);
  }

  @Test
  void aTextDumpWithFormFeedsHasPagesLikeAPdf() {
    List<String> topics = List.of("education", "health", "housing", "justice");
    StringBuilder dump = new StringBuilder();
    for (int p = 1; p <= 4; p++) {
      dump.append(String.format("A/HRC/WG.6/99/FRD/1\n%d. The State reported progress on %s and on the review of"
          + " its laws.\n%d See the report on %s, para. %d.\n%d\n\f", p, topics.get(p - 1), p, topics.get(p - 1),
          p + 3, p));
    }
    Document doc = document("dump.txt", dump.toString().getBytes(StandardCharsets.US_ASCII));
    assertEquals(4, doc.pages());
    assertFalse(doc.text().contains("A/HRC/WG.6/99/FRD/1"), "running head removed");
    assertEquals(Outline.FOOTNOTES, doc.outline().sectionAt(doc.text().indexOf("See the report on education")));
    assertEquals("3", doc.outline().paragraphAt(doc.text().indexOf("progress on housing")));
    assertTrue(doc.text().indexOf("progress on housing") > doc.pageStarts().get(2));
  }

  @Test
  void passwordProtectedPdfIsRejectedAsEncrypted() throws IOException {
    StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
    policy.setEncryptionKeyLength(128);
    Reject r = reject("locked.pdf", Fixtures.reportPdf(policy));
    assertEquals(RejectReason.ENCRYPTED, r.reason());
  }

  @Test
  void pdfWithoutTextIsRejectedAsNoTextLayer() throws IOException {
    assertEquals(RejectReason.NO_TEXT_LAYER, reject("scan.pdf", Fixtures.scanPdf()).reason());
  }

  @Test
  void truncatedAndCorruptPdfsAreRejectedAsDamaged() throws IOException {
    byte[] pdf = Fixtures.reportPdf(null);
    Reject truncated = reject("cut.pdf", Arrays.copyOf(pdf, pdf.length / 3));
    assertEquals(RejectReason.DAMAGED, truncated.reason(), truncated.detail());
    byte[] junk = "%PDF-1.7\n%garbage that is no PDF object at all\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(RejectReason.DAMAGED, reject("junk.pdf", junk).reason());
  }

  @Test
  void listItemsKeepTheirBulletsAndNumbersInEveryFormat() throws IOException {
    String html = new String(Fixtures.class.getResourceAsStream("submission-source.html").readAllBytes(),
        StandardCharsets.UTF_8);
    for (Document doc : List.of(document("submission.docx", Fixtures.submission("docx")),
        document("submission.doc", Fixtures.submission("doc")),
        document("submission.odt", Fixtures.submission("odt")), document("submission.rtf", Fixtures.submission("rtf")),
        document("submission.pdf", Fixtures.submission("pdf")), document("submission.html", html.getBytes(
            StandardCharsets.UTF_8)))) {
      String text = doc.text();
      assertTrue(text.contains("\u2022 Reduce pre-trial detention") && text.contains("\u2022 Give every prisoner")
          && text.contains("1. Publish the number") && text.contains("2. Investigate every death"),
          doc.format() + ": " + text);
    }
    for (Document doc : List.of(document("submission.docx", Fixtures.submission("docx")),
        document("submission.doc", Fixtures.submission("doc")), document("submission.odt", Fixtures.submission("odt")),
        document("submission.rtf", Fixtures.submission("rtf")))) {
      assertTrue(doc.text().contains("\u25E6 the Optional Protocol"), "a bullet under a bullet: " + doc.text());
    }
    assertEquals(DocKind.SUBMISSION, document("submission.docx", Fixtures.submission("docx")).info().kind());
  }

  @Test
  void docxParagraphsAndTableCellsInDocumentOrder() throws IOException {
    byte[] bytes = Fixtures.matrixDocx();
    Document doc = document("matrix.bin", bytes);
    String text = doc.text();
    int title = text.indexOf("Thematic list of recommendations");
    int first = text.indexOf("121.2 Consider");
    int supported = text.indexOf("Supported");
    int second = text.indexOf("121.1 Abolish");
    int noted = text.indexOf("Noted", second);
    int after = text.indexOf("After the table.");
    assertTrue(0 <= title && title < first && first < supported && supported < second && second < noted
        && noted < after, text);
    assertTrue(text.contains("(Brazil);\n\nSource of position"), "every cell is a paragraph of its own: " + text);
    assertEquals(DocKind.MATRIX, doc.info().kind());
    assertEquals("Chile", doc.info().stateUnderReview());
    assertEquals(32, doc.info().session());
  }

  @Test
  void aWorkingGroupListReadsAcrossPdfPagesWithoutTheirFurniture() throws IOException {
    Document doc = document("wg.pdf", Fixtures.workingGroupReportPdf());
    List<org.uprlens.extract.WorkingGroupList.Item> items =
        org.uprlens.extract.WorkingGroupList.parse(doc.text());
    assertEquals(List.of("40.1", "40.2", "40.3", "40.4"),
        items.stream().map(org.uprlens.extract.WorkingGroupList.Item::paragraph).toList());
    assertEquals("Accelerate efforts to ratify the Second Optional Protocol, aiming at the abolition of the death"
        + " penalty", items.get(1).text(), "the footnote, job number and page number between its lines are gone");
    assertEquals(List.of("Australia", "Portugal"), items.get(1).states());
    assertEquals(List.of("United Kingdom of Great Britain and Northern Ireland"), items.get(3).states());
  }

  /** A compound file with one stream of zeros, named as a legacy Office format names its main stream. */
  private static byte[] compoundFile(String stream) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fs.createDocument(new ByteArrayInputStream(new byte[4096]), stream);
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  @Test
  void legacyWordReadsAsItsDocxDoes() throws IOException {
    byte[] bytes = Fixtures.legacyWordMatrix();
    assertEquals(Format.DOC, Format.ofBytes(bytes, "matrix.bin"));
    Document doc = document("matrix.bin", bytes);
    String text = doc.text();
    assertTrue(text.contains("(Brazil);\n\nSource of position: A/HRC/39/11/Add.1 - Para. 5\n\nSupported\n\n"), text);
    assertTrue(text.indexOf("121.2 Consider") < text.indexOf("121.1 Abolish"), text);
    assertEquals(DocKind.MATRIX, doc.info().kind());
    assertEquals("Chile", doc.info().stateUnderReview());
    assertFalse(text.chars().anyMatch(c -> c < ' ' && c != '\n'), "no Word marks left in the text");
  }

  @Test
  void aTruncatedDocIsDamagedAndOtherLegacyOfficeFilesAreReadAsWhatTheyAre() throws IOException {
    byte[] doc = Fixtures.legacyWordMatrix();
    assertEquals(RejectReason.DAMAGED, reject("cut.doc", Arrays.copyOf(doc, doc.length / 2)).reason());
    Reject ppt = reject("old.ppt", compoundFile("PowerPoint Document"));
    assertEquals(RejectReason.DAMAGED, ppt.reason(), "a presentation whose stream holds no slides");
    assertTrue(ppt.detail().startsWith("PowerPoint file cannot be parsed"), ppt.detail());
    Reject xls = reject("old.xls", compoundFile("Workbook"));
    assertEquals(RejectReason.EMPTY, xls.reason(), "read as a workbook, whose stream holds no sheet: " + xls.detail());
  }

  @Test
  void htmlKeepsTheMainTextAndDropsPageFurniture() {
    String html = """
        <!DOCTYPE html><html><head><title>Freedonia: review</title><style>p{color:red}</style>
        <script>var tracking = "Do not index this";</script></head>
        <body><a class="skip-link" href="#main">Skip to main content</a>
        <div id="cookie-consent">We use cookies. <button>Accept</button></div>
        <header class="site-header"><nav><ul><li>Home</li><li>Countries</li></ul></nav>
        <a class="btn donate-button" href="/donate">Donate Now</a></header>
        <main id="main"><article><h1>Freedonia: Act on UPR recommendations</h1>
        <p>The Government should ratify the Convention <b>without delay</b>.</p>
        <p>We urge Freedonia to end<br>arbitrary detention.</p>
        <div class="share-tools">Share this via Facebook</div>
        <section class="donate-appeal"><p>Your gift helps us defend rights. Give now.</p></section>
        </article></main>
        <aside class="related-content">Related: other reports</aside>
        <footer>© Rights Group. Privacy policy.</footer></body></html>
        """;
    Document doc = document("page.txt", html.getBytes(StandardCharsets.UTF_8));
    String text = doc.text();
    assertTrue(text.startsWith("Freedonia: Act on UPR recommendations\n\n"), text);
    assertTrue(text.contains("The Government should ratify the Convention without delay.\n\nWe urge"), text);
    assertTrue(text.contains("We urge Freedonia to end\narbitrary detention."), "<br> is a line break: " + text);
    for (String furniture : List.of("Skip to main", "cookies", "Donate", "Countries", "Share this", "Your gift",
        "Related", "Privacy", "tracking", "color")) {
      assertFalse(text.contains(furniture), furniture + " in: " + text);
    }
    assertEquals("UTF-8", doc.charset());
  }

  @Test
  void aFragmentThatOpensWithATableOrListIsHtml() {
    String table = """
        <table><tr><th>Recommendation</th><th>Made by</th></tr>
        <tr><td>Repeal the law on foreign agents.</td><td>Norway</td></tr></table>
        """;
    assertEquals(Format.HTML, Format.ofBytes(table.getBytes(StandardCharsets.UTF_8), "saved.html"));
    String text = document("saved.html", table.getBytes(StandardCharsets.UTF_8)).text();
    assertTrue(text.contains("Repeal the law on foreign agents.\n\nNorway"), text);
    assertFalse(text.contains("<td>"), text);
    byte[] list = "<ul>\n<li>Abolish the death penalty.</li>\n</ul>\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(Format.HTML, Format.ofBytes(list, "asks.htm"));
    assertEquals(Format.HTML, Format.ofBytes(list, "asks"), "a file that opens with a tag");
    byte[] mention = "Reports use <table> markup, and we ask for open data.\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(Format.TEXT, Format.ofBytes(mention, "notes.txt"), "markup named in passing in a text file");
  }

  @Test
  void deeplyNestedHtmlIsReadWithoutRecursion() {
    int depth = 100_000;
    String html = "<html><body>" + "<div>".repeat(depth) + "The Committee recommended ratification."
        + "</div>".repeat(depth) + "</body></html>";
    long start = System.nanoTime();
    Document doc = document("nested.html", html.getBytes(StandardCharsets.US_ASCII));
    assertTrue(doc.text().contains("The Committee recommended ratification."));
    assertTrue((System.nanoTime() - start) / 1e9 < 20, "deep nesting must not be slow");
  }

  @Test
  void aHugeRunWithoutPunctuationIsBrokenIntoBoundedSegments() {
    StringBuilder run = new StringBuilder();
    while (run.length() < 2_000_000) {
      run.append("recommendation without any end ");
    }
    Document doc = document("run.txt", run.toString().getBytes(StandardCharsets.US_ASCII));
    assertTrue(doc.warnings().stream().anyMatch(w -> w.contains("without a sentence end")), doc.warnings()::toString);
    int longest = 0;
    for (String segment : doc.text().split("\n\n")) {
      longest = Math.max(longest, segment.length());
    }
    // At the last space before the limit, or at the limit itself: never much more than MAX_SEGMENT.
    assertTrue(longest <= TextCleaner.MAX_SEGMENT + 10, "longest segment " + longest);
  }

  @Test
  void aHugeTokenWithoutAnySpaceIsCutToo() {
    Document doc = document("token.txt", "x".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII));
    assertTrue(Arrays.stream(doc.text().split("\n\n")).allMatch(s -> s.length() <= TextCleaner.MAX_SEGMENT + 1));
    assertEquals(1_000_000, doc.text().chars().filter(c -> c == 'x').count(), "nothing dropped");
  }

  @Test
  void unsupportedBinaryFormatsAreNamed() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    Reject r = reject("scan.png", png);
    assertEquals(RejectReason.UNSUPPORTED_FORMAT, r.reason());
    assertTrue(r.detail().startsWith("image"), r.detail());
  }
}
