package org.uprlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.uprlens.Sha256;

class DocumentReaderTest {
  private final DocumentReader reader = new DocumentReader(new DocumentReader.Options(1000));

  private Reject rejected(byte[] bytes) {
    return assertInstanceOf(Reject.class, reader.decode("f.txt", bytes));
  }

  @Test
  void emptyAndBlankFilesAreRejectedAsEmpty() {
    assertEquals(RejectReason.EMPTY, rejected(new byte[0]).reason());
    assertEquals(RejectReason.EMPTY, rejected(" \n\t\r\n".getBytes(StandardCharsets.US_ASCII)).reason());
  }

  @Test
  void aFileOfPageFurnitureOnlyIsEmptyAndTheDetailSaysWhy() {
    String furniture = "A/HRC/WG.6/50/XYZ/1\n2\n".repeat(30);
    Reject reject = rejected(furniture.getBytes(StandardCharsets.US_ASCII));
    assertEquals(RejectReason.EMPTY, reject.reason());
    org.junit.jupiter.api.Assertions.assertTrue(reject.detail().contains("page furniture"), reject.detail());
  }

  @Test
  void binaryIsNotText() {
    assertEquals(RejectReason.NOT_TEXT, rejected(new byte[] {'a', 0, 'b', 1, 2}).reason());
    byte[] junk = new byte[900];
    new java.util.Random(7).nextBytes(junk);
    assertEquals(RejectReason.NOT_TEXT, rejected(junk).reason());
  }

  @Test
  void legacySingleByteTextIsDecodedNotRejected() {
    byte[] bytes = "The State’s “plan” – Côte d’Ivoire and Türkiye agreed.".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    Document doc = assertInstanceOf(Document.class, reader.decode("a.txt", bytes));
    assertEquals("The State’s “plan” – Côte d’Ivoire and Türkiye agreed.", doc.text());
    assertEquals("windows-1252", doc.charset());
  }

  @Test
  void knownContainerFormatsAreNamed() {
    Reject pdf = rejected("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII));
    assertEquals(RejectReason.DAMAGED, pdf.reason(), "a PDF header without a PDF behind it");
  }

  private static byte[] zip(String... namesAndTexts) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      for (int i = 0; i < namesAndTexts.length; i += 2) {
        zip.putNextEntry(new java.util.zip.ZipEntry(namesAndTexts[i]));
        zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void aZipArchiveOfOneFileIsThatFileAndOfSeveralIsRejectedSayingSo() throws IOException {
    String text = "Chile urged Malawi to free the editors.";
    Document one = assertInstanceOf(Document.class, reader.decode("download.zip",
        zip("statement/", "", "statement/statement.txt", text, "__MACOSX/statement/._statement.txt", "x")));
    assertEquals(text, one.text());
    assertEquals("download.zip", one.path());
    Reject several = rejected(zip("a.txt", text, "b.txt", text));
    assertEquals(RejectReason.UNSUPPORTED_FORMAT, several.reason());
    assertEquals("ZIP archive of 2 files; unpack it first (an archive of one file is read as that file)",
        several.detail());
    assertEquals(RejectReason.TOO_LARGE, rejected(zip("big.txt", "x".repeat(5000))).reason());
    byte[] cut = java.util.Arrays.copyOf(zip("word/document.xml", "<w:document/>"), 12);
    Reject damaged = assertInstanceOf(Reject.class, reader.decode("submission.docx", cut));
    assertEquals(RejectReason.DAMAGED, damaged.reason(), "a .docx cut off after its first bytes: " + damaged.detail());
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
      zip.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void aGzipFileIsReadAsTheFileItHolds() throws IOException {
    String text = "Norway recommended that Chile ratify the Optional Protocol to the Convention against Torture.";
    Document prose = assertInstanceOf(Document.class,
        reader.decode("notes/statement.txt.gz", gzip(text.getBytes(StandardCharsets.UTF_8))));
    assertEquals(text, prose.text());
    assertEquals(Format.TEXT, prose.format());
    assertEquals("notes/statement.txt.gz", prose.path(), "the file keeps its own name in the output");
    assertEquals(Sha256.of(text.getBytes(StandardCharsets.UTF_8)), prose.docId(),
        "the same document, compressed or not, is the same document");

    // The name less ".gz" tells a table from prose, as it does for a file not compressed.
    byte[] tsv = "text\tresponse\nAbolish the death penalty\tNoted\n".getBytes(StandardCharsets.UTF_8);
    Document table = assertInstanceOf(Document.class, reader.decode("export.tsv.gz", gzip(tsv)));
    assertEquals(Format.CSV, table.format());
    assertEquals(DocKind.TABLE, table.info().kind());
  }

  @Test
  void aGzipFileThatIsDamagedOrExpandsTooFarOrHoldsAnArchiveIsRejectedWithWhy() throws IOException {
    byte[] whole = gzip("Recommendations to Peru on land rights.".getBytes(StandardCharsets.UTF_8));
    Reject truncated = rejected(java.util.Arrays.copyOf(whole, whole.length / 2));
    assertEquals(RejectReason.DAMAGED, truncated.reason());
    org.junit.jupiter.api.Assertions.assertTrue(truncated.detail().startsWith("the gzip file cannot be"),
        truncated.detail());

    Reject bomb = rejected(gzip(new byte[5000]));   // 5,000 bytes against the reader's --max-bytes of 1,000
    assertEquals(RejectReason.TOO_LARGE, bomb.reason());
    org.junit.jupiter.api.Assertions.assertTrue(bomb.detail().contains("--max-bytes 1000"), bomb.detail());

    byte[] tar = new byte[600];
    System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, tar, 257, 5);
    Reject archive = rejected(gzip(tar));
    assertEquals(RejectReason.UNSUPPORTED_FORMAT, archive.reason());
    assertEquals("tar archive; unpack it first", archive.detail());
    assertEquals(RejectReason.UNSUPPORTED_FORMAT, rejected(gzip(gzip(new byte[] {'a'}))).reason());
  }

  @Test
  void tooLargeIsRejectedBeforeReading() {
    Ingested result = reader.read("big.txt", 5000, () -> {
      throw new AssertionError("a file over --max-bytes must not be read");
    });
    assertEquals(RejectReason.TOO_LARGE, assertInstanceOf(Reject.class, result).reason());
  }

  @Test
  void readFailureIsUnreadable() {
    Ingested result = reader.read("gone.txt", 10, () -> {
      throw new IOException("Permission denied");
    });
    Reject reject = assertInstanceOf(Reject.class, result);
    assertEquals(RejectReason.UNREADABLE, reject.reason());
    assertEquals("IOException: Permission denied", reject.detail());
  }

  @Test
  void textIsDecodedWithoutBomAndWithUnixLineEnds() {
    byte[] bytes = "\uFEFFLine one\r\nLine two\rLine three\n".getBytes(StandardCharsets.UTF_8);
    Document doc = assertInstanceOf(Document.class, reader.decode("a.txt", bytes));
    assertEquals("Line one\nLine two\nLine three\n", doc.text());
    assertEquals(Sha256.of(bytes), doc.docId());
    assertEquals(bytes.length, doc.bytes());
    assertEquals("UTF-8", doc.charset());
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiterString = "=>", nullValues = "-", textBlock = """
      <title>Free the Teachers | Open Doors Alliance</title>                                  => Open Doors Alliance
      <title>Free the Teachers - Open Doors</title><meta property="og:site_name" content="ODA"> => ODA
      <title>Ruritania - Statement by Germany</title>                                          => -
      <title>Free the Teachers</title>                                                         => -
      <title></title>                                                                          => -
      """)
  void aWebPageNamesItsPublisherBySiteNameOrTitleSuffix(String head, String publisher) {
    String html = "<html><head>" + head + "</head><body><p>Ruritania should free the teachers.</p></body></html>";
    Ingested read = reader.decode("page.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Document doc = assertInstanceOf(Document.class, read, read::toString);
    assertEquals(publisher, doc.info().publisher());
  }
}
