package org.uprlens.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Test documents generated on the spot: PDFs with PDFBox, .docx with POI. Texts written for the tests. */
public final class Fixtures {
  private Fixtures() {}

  /** Three pages of a UN-style report: running head, footnotes, job number and page number on every page. */
  public static byte[] reportPdf(StandardProtectionPolicy protection) throws IOException {
    List<List<String>> pages = List.of(
        List.of("A/HRC/WG.6/99/FRD/2", "Compilation on Freedonia", "1. The Committee against Torture recommended",
            "that Freedonia ratify the Optional Protocol. The Govern-", "ment agreed with the non-",
            "governmental organizations.", "1 CAT/C/FRD/CO/4, para. 7.", "GE.24-12345", "1"),
        List.of("A/HRC/WG.6/99/FRD/2", "2. Right to life, liberty and security of person",
            "2. The country team urged Freedonia to investigate", "all allegations of torture.",
            "2 Ibid., para. 9; and country team submission, para. 12, as updated in the", "follow-up report.",
            "GE.24-12345", "2"),
        List.of("A/HRC/WG.6/99/FRD/2", "3. The State’s “national plan” – adopted in 2020 – was",
            "welcomed by the Committee.", "GE.24-12345", "3"));
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<String> lines : pages) {
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
          content.beginText();
          content.setFont(font, 11);
          content.setLeading(14);
          content.newLineAtOffset(60, 740);
          for (String line : lines) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
      if (protection != null) {
        pdf.protect(protection);
      }
      pdf.save(out);
      return out.toByteArray();
    }
  }

  /** A password-protected version of {@link #reportPdf}. */
  public static byte[] lockedPdf() throws IOException {
    StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
    policy.setEncryptionKeyLength(128);
    return reportPdf(policy);
  }

  /** What a scan is to a text extractor: a page with marks and no characters. */
  public static byte[] scanPdf() throws IOException {
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.addRect(50, 50, 400, 600);
        content.fill();
      }
      pdf.save(out);
      return out.toByteArray();
    }
  }

  /** An OHCHR-style matrix: a title, a table of numbered recommendations and positions, a closing line. */
  public static byte[] matrixDocx() throws IOException {
    try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      docx.createParagraph().createRun().setText("Matrix of recommendations");
      XWPFTable table = docx.createTable(2, 2);
      table.getRow(0).getCell(0).setText("121.1 Ratify the Convention against Torture (Ruritania)");
      table.getRow(0).getCell(1).setText("Supported");
      table.getRow(1).getCell(0).setText("121.2 Abolish the death penalty (Freedonia)");
      table.getRow(1).getCell(1).setText("Noted");
      docx.createParagraph().createRun().setText("After the table.");
      docx.write(out);
      return out.toByteArray();
    }
  }
}
