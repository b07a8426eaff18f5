package org.uprlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtContentBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.uprlens.extract.WorkingGroupList;

/**
 * Word-processor files other than the .docx and .doc of {@link FormatsTest}: OpenDocument text and spreadsheets, RTF,
 * and what every word processor's format must get right alike: numbering as shown, notes kept out of sentences.
 */
class WordProcessorTest {
  private final DocumentReader reader = new DocumentReader(DocumentReader.Options.defaults());

  private Document document(String path, byte[] bytes) {
    return assertInstanceOf(Document.class, reader.decode(path, bytes));
  }

  private Reject reject(String path, byte[] bytes) {
    return assertInstanceOf(Reject.class, reader.decode(path, bytes));
  }

  @Test
  void theSameLetterReadsTheSameFromEveryWordProcessorFormat() throws IOException {
    List<String> texts = new java.util.ArrayList<>();
    for (String extension : List.of("odt", "rtf", "docx", "doc")) {
      Document doc = document("letter.bin", Fixtures.letter(extension));
      assertEquals(Format.valueOf(extension.toUpperCase(java.util.Locale.ROOT)), doc.format(), "told by content");
      String text = doc.text();
      assertTrue(text.contains("Universal Periodic Review, our organisations urge"),
          extension + ": the footnote stays out of the sentence it is cited in: " + text);
      assertFalse(text.contains("scheduled for the 52nd session"), extension + ": notes are not running text");
      assertTrue(text.contains("5. Establish a national preventive mechanism") && text.contains("6. Publish data"),
          extension + ": a numbered list that starts at 5 is numbered from 5: " + text);
      assertTrue(text.contains("a. Repeal section 12") && text.contains("ii. drop the charges")
          && text.contains("b. Invite the Special Rapporteur"), extension + ": letters, and Roman numbers inside: "
          + text);
      texts.add(text);
    }
    assertEquals(1, texts.stream().distinct().count(), "one text whatever the format: " + texts);
  }

  @Test
  void aWebPageNumbersItsListsAsABrowserShowsThem() throws IOException {
    String text = document("letter.html", Fixtures.letter("html")).text();
    assertTrue(text.contains("a. Repeal section 12") && text.contains("ii. drop the charges")
        && text.contains("5. Establish a national preventive mechanism"), "type and start of <ol>: " + text);
    String values = document("list.html", ("<html><body><p>We urge Ruritania to:</p><ol type=\"I\"><li>Free them"
        + "</li><li value=\"7\">Close it</li><li>Fund it</li></ol></body></html>").getBytes(StandardCharsets.UTF_8))
        .text();
    assertTrue(values.contains("I. Free them") && values.contains("VII. Close it") && values.contains("VIII. Fund it"),
        "an item's value sets the count: " + values);
  }

  @Test
  void wordParagraphNumberingIsWrittenAsShownSoAWorkingGroupListKeepsItsNumbers() throws IOException {
    byte[] bytes;
    try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
      definition.setAbstractNumId(BigInteger.ONE);
      level(definition.addNewLvl(), 0, 123, "%1.");
      level(definition.addNewLvl(), 1, 1, "%1.%2");
      XWPFNumbering numbering = docx.createNumbering();
      BigInteger list = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering)));
      docx.createParagraph().createRun().setText("II. Conclusions and/or recommendations");
      numbered(docx, list, 0, "The following recommendations will be examined by Ruritania:");
      numbered(docx, list, 1, "Ratify the Optional Protocol to the Convention against Torture (Chile);");
      numbered(docx, list, 1, "Abolish the death penalty in law (Portugal, Spain);");
      numbered(docx, list, 0, "The recommendations formulated in the present report reflect the position of the"
          + " submitting States.");
      docx.write(out);
      bytes = out.toByteArray();
    }
    String text = document("report.docx", bytes).text();
    assertTrue(text.contains("123. The following recommendations") && text.contains("124. The recommendations"),
        text);
    List<WorkingGroupList.Item> items = WorkingGroupList.parse(text);
    assertEquals(List.of("123.1", "123.2"), items.stream().map(WorkingGroupList.Item::paragraph).toList(), text);
    assertEquals(List.of("Portugal", "Spain"), items.get(1).states());
  }

  @Test
  void aContentControlAroundParagraphsAndATableIsRead() throws IOException {
    byte[] bytes;
    try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      docx.createParagraph().createRun().setText("Recommendations");
      // A template's block: a control holding a paragraph, a table and a control inside it.
      CTSdtContentBlock block = docx.getDocument().getBody().addNewSdt().addNewSdtContent();
      block.addNewP().addNewR().addNewT().setStringValue("We urge the Government of Ruritania to:");
      CTTbl table = block.addNewTbl();
      table.addNewTr().addNewTc().addNewP().addNewR().addNewT().setStringValue("Release the journalists.");
      block.addNewSdt().addNewSdtContent().addNewP().addNewR().addNewT().setStringValue("Repeal the media law.");
      docx.createParagraph().createRun().setText("Annexes follow.");
      docx.write(out);
      bytes = out.toByteArray();
    }
    assertEquals("Recommendations\n\nWe urge the Government of Ruritania to:\n\nRelease the journalists.\n\n"
        + "Repeal the media law.\n\nAnnexes follow.\n\n", document("template.docx", bytes).text(),
        "before, POI listed the control and the text in it was lost");
  }

  @Test
  void aWordTextBoxIsReadBeforeTheParagraphItIsAnchoredIn() throws IOException {
    // textbox.odt written for this test; textbox.docx is LibreOffice 7.4.7's save of it as Word writes text boxes:
    // drawing markup with a copy in older markup, which must not be read twice.
    String word = document("textbox.docx", resource("textbox.docx")).text();
    String open = document("textbox.odt", resource("textbox.odt")).text();
    assertEquals(open, word);
    assertTrue(word.contains("Key recommendations\n\nRepeal the amendments that allow the blocking of websites"
        + " without a court order.\n\nRelease the lawyers detained since the 2022 protests in Khorog.\n\n1. Since"),
        word);
    assertEquals(1, word.split("Khorog", -1).length - 1, "once");
  }

  private static byte[] resource(String name) throws IOException {
    try (var in = WordProcessorTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static void level(CTLvl lvl, int level, int start, String text) {
    lvl.setIlvl(BigInteger.valueOf(level));
    lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
    lvl.addNewStart().setVal(BigInteger.valueOf(start));
    lvl.addNewLvlText().setVal(text);
  }

  private static void numbered(XWPFDocument docx, BigInteger list, int level, String text) {
    XWPFParagraph p = docx.createParagraph();
    p.setNumID(list);
    p.setNumILvl(BigInteger.valueOf(level));
    p.createRun().setText(text);
  }

  /** An OpenDocument package of these parts, the media type first and stored, as the standard asks. */
  static byte[] odf(String mediaType, Map<String, String> parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] type = mediaType.getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(type.length);
      CRC32 crc = new CRC32();
      crc.update(type);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(type);
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    return bytes.toByteArray();
  }

  private static final String NAMESPACES = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
      + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
      + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
      + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
      + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";

  private static String content(String automaticStyles, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + NAMESPACES
        + "><office:automatic-styles>" + automaticStyles + "</office:automatic-styles><office:body>" + body
        + "</office:body></office:document-content>";
  }

  @Test
  void openDocumentTextLeavesOutCommentsNotesAndDeletionsAndContinuesAList() throws IOException {
    String styles = "<text:list-style style:name=\"L1\"><text:list-level-style-number text:level=\"1\""
        + " style:num-prefix=\"(\" style:num-suffix=\")\" style:num-format=\"a\"/></text:list-style>";
    String body = "<office:text><text:tracked-changes><text:changed-region><text:deletion><text:p>Withdrawn"
        + " wording.</text:p></text:deletion></text:changed-region></text:tracked-changes>"
        + "<text:h text:outline-level=\"1\">Recommendations</text:h>"
        + "<text:p>Amnesty<text:s text:c=\"2\"/>urges Ruritania<text:note text:note-class=\"footnote\">"
        + "<text:note-citation>1</text:note-citation><text:note-body><text:p>See the 2024 report.</text:p>"
        + "</text:note-body></text:note> to:<office:annotation><dc:creator>Editor</dc:creator><text:p>Check this"
        + "</text:p></office:annotation></text:p>"
        + "<text:list xml:id=\"a1\" text:style-name=\"L1\"><text:list-item><text:p>Release the journalists;</text:p>"
        + "</text:list-item></text:list>"
        + "<text:p>Not a list item.</text:p>"
        + "<text:list text:continue-list=\"a1\" text:style-name=\"L1\"><text:list-item><text:p>Repeal the"
        + "<text:line-break/>law.</text:p></text:list-item></text:list>"
        + "<table:table><table:table-row><table:table-cell><text:p>Cell one.</text:p></table:table-cell>"
        + "<table:table-cell><text:p>Cell two.</text:p></table:table-cell></table:table-row></table:table>"
        + "</office:text>";
    byte[] bytes = odf("application/vnd.oasis.opendocument.text", Map.of("content.xml", content(styles, body)));
    assertEquals(Format.ODT, Format.ofBytes(bytes, "letter.zip"));
    String text = document("letter.zip", bytes).text();
    assertEquals("Recommendations\n\nAmnesty  urges Ruritania to:\n\n(a) Release the journalists;\n\nNot a list item."
        + "\n\n(b) Repeal the\nlaw.\n\nCell one.\n\nCell two.\n\n", text);
  }

  @Test
  void anOpenDocumentSpreadsheetIsReadAsATableOfRecommendations() throws IOException {
    String body = "<office:spreadsheet><table:table table:name=\"Notes\"><table:table-row><table:table-cell>"
        + "<text:p>Exported from the database</text:p></table:table-cell></table:table-row></table:table>"
        + "<table:table table:name=\"Recommendations\">"
        + "<table:table-row><table:table-cell><text:p>Ruritania, third cycle</text:p></table:table-cell>"
        + "</table:table-row>"
        + "<table:table-row><table:table-cell><text:p>Recommendation</text:p></table:table-cell>"
        + "<table:table-cell table:number-columns-repeated=\"2\"/><table:table-cell><text:p>Response</text:p>"
        + "</table:table-cell><table:table-cell><text:p>Recommending State</text:p></table:table-cell>"
        + "<table:table-cell table:number-columns-repeated=\"16379\"/></table:table-row>"
        + "<table:table-row><table:table-cell><text:p>Abolish the death penalty, in law</text:p></table:table-cell>"
        + "<table:table-cell table:number-columns-repeated=\"2\"/>"
        + "<table:table-cell table:number-rows-spanned=\"2\"><text:p>Noted</text:p></table:table-cell>"
        + "<table:table-cell><text:p>Norway</text:p></table:table-cell></table:table-row>"
        + "<table:table-row><table:table-cell><text:p>Ratify the <text:span>Optional Protocol</text:span></text:p>"
        + "</table:table-cell><table:table-cell table:number-columns-repeated=\"2\"/><table:covered-table-cell/>"
        + "<table:table-cell><text:p>Chile</text:p></table:table-cell></table:table-row>"
        + "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell"
        + " table:number-columns-repeated=\"16384\"/></table:table-row>"
        + "</table:table></office:spreadsheet>";
    byte[] bytes = odf("application/vnd.oasis.opendocument.spreadsheet", Map.of("content.xml", content("", body)));
    assertEquals(Format.ODS, Format.ofBytes(bytes, "export.ods"));
    Document doc = document("export.ods", bytes);
    assertEquals("Recommendation,Response,Recommending State\n\"Abolish the death penalty, in law\",Noted,Norway\n"
        + "Ratify the Optional Protocol,Noted,Chile\n", doc.text(), "a response merged down two rows counts for both");
    assertEquals(DocKind.TABLE, doc.info().kind());

    byte[] none = odf("application/vnd.oasis.opendocument.spreadsheet", Map.of("content.xml", content("",
        "<office:spreadsheet><table:table table:name=\"Budget\"><table:table-row><table:table-cell><text:p>Item"
            + "</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>")));
    Reject r = reject("budget.ods", none);
    assertEquals(RejectReason.UNSUPPORTED_FORMAT, r.reason());
    assertTrue(r.detail().contains("OpenDocument spreadsheet") && r.detail().contains("Budget (Item)"), r.detail());
  }

  @Test
  void openDocumentFilesThatCannotBeReadSayWhy() throws IOException {
    String manifest = "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
        + "<manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data"
        + " manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry></manifest:manifest>";
    byte[] locked = odf("application/vnd.oasis.opendocument.text", Map.of("content.xml", "\u0001\u0002binary",
        "META-INF/manifest.xml", manifest));
    assertEquals(RejectReason.ENCRYPTED, reject("locked.odt", locked).reason());
    byte[] drawing = odf("application/vnd.oasis.opendocument.graphics", Map.of("content.xml", content("", "")));
    Reject r = reject("map.odg", drawing);
    assertEquals(RejectReason.UNSUPPORTED_FORMAT, r.reason());
    assertEquals("OpenDocument file that is neither text, a spreadsheet nor a presentation", r.detail());
    byte[] broken = odf("application/vnd.oasis.opendocument.text", Map.of("content.xml", "<office:document"));
    assertEquals(RejectReason.DAMAGED, reject("broken.odt", broken).reason());
  }

  @Test
  void anOpenDocumentThatExpandsFarBeyondItsSizeIsRefused() throws IOException {
    String spaces = " ".repeat(17 << 20);   // compresses to a few kB and expands past the 16 MB floor
    byte[] bomb = odf("application/vnd.oasis.opendocument.text", Map.of("content.xml",
        content("", "<office:text><text:p>A" + spaces + "</text:p></office:text>")));
    Reject r = reject("bomb.odt", bomb);
    assertEquals(RejectReason.TOO_LARGE, r.reason());
    assertTrue(r.detail().contains("content.xml") && r.detail().contains("ZIP bomb"), r.detail());
    String rows = "<table:table-row table:number-rows-repeated=\"1000\"><table:table-cell"
        + " table:number-columns-repeated=\"1000\"><text:p>Ratify</text:p></table:table-cell></table:table-row>";
    byte[] repeated = odf("application/vnd.oasis.opendocument.spreadsheet", Map.of("content.xml", content("",
        "<office:spreadsheet><table:table table:name=\"S\">" + rows.repeat(6)
            + "</table:table></office:spreadsheet>")));
    assertEquals(RejectReason.TOO_LARGE, reject("cells.ods", repeated).reason(), "6 million cells written out");
  }

  @Test
  void rtfAsWordWritesIt() {
    // Word's habits: a Cyrillic font whose bytes are in code page 1251, Unicode escapes with a fallback byte,
    // a footnote with its own paragraph inside a sentence, a hyperlink field, hidden text, list numbers spelled out
    // in \listtext (Courier's "o" for a second-level bullet), a table row, a picture's binary data.
    String rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}"
        + "{\\f1\\fnil\\fcharset204 Arial Cyr;}{\\f2\\fmodern\\fcharset0 Courier New;}}"
        + "{\\*\\generator Microsoft Word 16;}{\\info{\\title Letter}{\\author Editor}}"
        + "{\\header \\pard Confidential draft\\par}"
        + "\\uc1\\pard The coalition\\'92s letter to {\\f1 \\'cc\\'e8\\'ed\\'e8\\'f1\\'f2\\'f0} and"
        + " \\u8220\\'93Ruritania\\u8221\\'94{\\v  hidden remark} urges{\\footnote\\pard\\plain {\\chftn} See"
        + " annex.\\par} the Government to:\\par"
        + "{\\listtext\\pard\\plain 1.\\tab}\\pard\\ls1\\ilvl0 Close the camp at "
        + "{\\field{\\*\\fldinst HYPERLINK \"https://example.org\"}{\\fldrslt Lake Ferrin}};\\par"
        + "{\\listtext\\pard\\plain\\f2 o\\tab}\\pard\\ls1\\ilvl1 including its annex;\\par"
        + "{\\*\\shppict{\\pict\\pngblip\\bin4 {}{}}}"
        + "\\trowd\\cellx3000\\cellx6000\\pard\\intbl Cell one\\cell Cell two\\cell\\row"
        + "\\pard Caf\\'e9 \\{braces\\} and a back\\\\slash.\\par}";
    byte[] bytes = rtf.getBytes(StandardCharsets.US_ASCII);
    assertEquals(Format.RTF, Format.ofBytes(bytes, "letter.doc"), "told by content, not by name");
    String text = document("letter.doc", bytes).text();
    assertEquals("The coalition\u2019s letter to \u041c\u0438\u043d\u0438\u0441\u0442\u0440 and \u201CRuritania\u201D"
        + " urges the Government to:\n\n1. Close the camp at Lake Ferrin;\n\n\u25E6 including its annex;\n\n"
        + "Cell one\n\nCell two\n\nCaf\u00e9 {braces} and a back\\slash.\n\n", text);
  }
}
