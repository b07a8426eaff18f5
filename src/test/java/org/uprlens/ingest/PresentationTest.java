package org.uprlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.apache.poi.hslf.usermodel.HSLFSlide;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextBox;
import org.apache.poi.sl.usermodel.AutoNumberingScheme;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

/** Presentations: an organisation's briefing as PowerPoint (.pptx, .ppt) and OpenDocument (.odp) save it. */
class PresentationTest {
  private final DocumentReader reader = new DocumentReader(DocumentReader.Options.defaults());

  private Document document(String path, byte[] bytes) {
    return assertInstanceOf(Document.class, reader.decode(path, bytes));
  }

  /** A briefing of our own: a title and bullets, a numbered box above the title, a table, notes, a hidden slide. */
  private static byte[] briefing() throws IOException {
    try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSLFSlideLayout layout = show.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_AND_CONTENT);
      XSLFSlide first = show.createSlide(layout);
      first.getPlaceholder(0).setText("Recommendations to Kenya");
      XSLFTextShape body = first.getPlaceholder(1);
      body.clearText();
      body.addNewTextParagraph().addNewTextRun().setText("Ratify the Optional Protocol to the Convention against"
          + " Torture");
      XSLFTextParagraph sub = body.addNewTextParagraph();
      sub.setIndentLevel(1);
      sub.addNewTextRun().setText("and designate a national preventive mechanism");
      XSLFTextBox steps = first.createTextBox();
      steps.setAnchor(new Rectangle(20, 400, 600, 100));
      for (String step : new String[] {"Fund legal aid for detainees", "Publish the prison inspection reports"}) {
        XSLFTextParagraph p = steps.addNewTextParagraph();
        p.setBulletAutoNumber(AutoNumberingScheme.arabicPeriod, 1);
        p.addNewTextRun().setText(step);
      }
      show.getNotesSlide(first).getPlaceholder(1).setText("Script: thank the moderator first.");

      XSLFSlide second = show.createSlide();
      XSLFTable table = second.createTable();
      table.setAnchor(new Rectangle(20, 20, 600, 200));
      String[][] cells = {{"Recommendation", "Lead"}, {"Repeal the vagrancy laws", "Attorney General"}};
      for (String[] row : cells) {
        XSLFTableRow r = table.addRow();
        for (String cell : row) {
          r.addCell().setText(cell);
        }
      }
      XSLFSlide hidden = show.createSlide();
      hidden.createTextBox().setText("Draft wording, not for the session");
      hidden.setHidden(true);
      show.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void aPowerPointBriefingReadsSlideBySlideWithItsBulletsNumbersAndTables() throws IOException {
    Document doc = document("briefing.bin", briefing());
    assertEquals(Format.PPTX, doc.format(), "told by content");
    String text = doc.text();
    assertTrue(text.startsWith("Recommendations to Kenya\n\n"), text);
    assertTrue(text.contains("• Ratify the Optional Protocol to the Convention against Torture\n\n"
        + "◦ and designate a national preventive mechanism\n\n"
        + "1. Fund legal aid for detainees\n\n2. Publish the prison inspection reports\n\n"), text);
    assertTrue(text.contains("Recommendation\n\nLead\n\nRepeal the vagrancy laws\n\nAttorney General"), text);
    assertFalse(text.contains("Script") || text.contains("Draft"), "no speaker notes, no hidden slide: " + text);
  }

  @Test
  void aPowerPoint97FileReadsToo() throws IOException {
    byte[] bytes;
    try (HSLFSlideShow show = new HSLFSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      HSLFSlide slide = show.createSlide();
      HSLFTextBox box = slide.createTextBox();
      box.setText("Kenya should adopt a law on refugees.");
      box.setAnchor(new Rectangle(20, 20, 600, 100));
      show.write(out);
      bytes = out.toByteArray();
    }
    Document doc = document("old.ppt", bytes);
    assertEquals(Format.PPT, doc.format());
    assertEquals("Kenya should adopt a law on refugees.", doc.text().strip());
  }

  @Test
  void anOpenDocumentPresentationReadsItsFramesAndLeavesOutItsNotes() throws IOException {
    String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
        + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
        + " xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\"><office:body>"
        + "<office:presentation><draw:page draw:name=\"page1\"><draw:frame><draw:text-box><text:p>Our asks to"
        + " Peru</text:p></draw:text-box></draw:frame><draw:frame><draw:text-box><text:list><text:list-item>"
        + "<text:p>Protect land defenders</text:p></text:list-item></text:list></draw:text-box></draw:frame>"
        + "<presentation:notes><draw:frame><draw:text-box><text:p>Say this slowly.</text:p></draw:text-box>"
        + "</draw:frame></presentation:notes></draw:page></office:presentation></office:body>"
        + "</office:document-content>";
    Document doc = document("talk.odp", WordProcessorTest.odf("application/vnd.oasis.opendocument.presentation",
        Map.of("content.xml", content)));
    assertEquals(Format.ODP, doc.format());
    assertTrue(doc.text().contains("Our asks to Peru") && doc.text().contains("Protect land defenders"),
        doc.text());
    assertFalse(doc.text().contains("slowly"), doc.text());
  }

  @Test
  void aCutPresentationIsDamaged() throws IOException {
    byte[] bytes = briefing();
    Reject cut = assertInstanceOf(Reject.class, reader.decode("cut.pptx", Arrays.copyOf(bytes, bytes.length / 2)));
    assertEquals(RejectReason.DAMAGED, cut.reason());
    assertTrue(cut.detail().startsWith("PowerPoint file cannot be parsed"), cut.detail());
  }
}
