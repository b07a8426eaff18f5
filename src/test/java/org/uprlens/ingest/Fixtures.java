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
    return pdf(pages, protection);
  }

  /**
   * A Working Group report's list across three PDF pages, as UN PDFs print it: the symbol and the page number
   * beside the job number at the top of each page ("2 GE.25-00123", "GE.25-00123 3"), a footnote at the foot of
   * the first, an item broken across a page and another starting a page.
   */
  public static byte[] workingGroupReportPdf() throws IOException {
    return pdf(List.of(
        List.of("United Nations A/HRC/99/12", "Human Rights Council", "Ninety-ninth session",
            "Report of the Working Group on the Universal Periodic Review*", "Mongolia",
            "II. Conclusions and/or recommendations",
            "40. The following recommendations will be examined by Mongolia, which will provide",
            "responses in due time:",
            "40.1 Ratify the Optional Protocol to the Convention against Torture (Denmark);",
            "40.2 Accelerate efforts to ratify the Second Optional Protocol, aiming at the abolition of",
            "* The annex is being circulated without formal editing.", "GE.25-00123(E)"),
        List.of("A/HRC/99/12", "2 GE.25-00123", "the death penalty (Australia) (Portugal);",
            "40.3 Adopt a comprehensive law on gender-based violence (State of Palestine);"),
        List.of("A/HRC/99/12", "GE.25-00123 3",
            "40.4 Guarantee the right to peaceful assembly (United Kingdom of Great Britain and",
            "Northern Ireland);",
            "41. All conclusions and/or recommendations contained in the present report reflect the",
            "position of the submitting State(s) and/or the State under review.")), null);
  }

  private static byte[] pdf(List<List<String>> pages, StandardProtectionPolicy protection) throws IOException {
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

  /**
   * A page in two columns, as an NGO's report is laid out: the note of the first column printed under it in smaller
   * type, so that in the content's order it falls inside a sentence that the second column finishes.
   */
  public static byte[] twoColumnPdf() throws IOException {
    return twoColumnPdf(false);
  }

  /** {@link #twoColumnPdf()}, its text {@code invisible} as an OCR layer over a scan draws it. */
  public static byte[] twoColumnPdf(boolean invisible) throws IOException {
    record Run(float x, float y, float size, String text) {}
    List<Run> runs = List.of(
        new Run(60, 740, 11, "The Delta Rights Forum visits prisons in the north."),
        new Run(60, 726, 11, "This submission covers developments"),
        new Run(60, 100, 8, "4 Data gathered by the Forum from court registries."),
        new Run(320, 740, 11, "since the previous review and asks the Government"),
        new Run(320, 726, 11, "to close the island camp."));
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        for (Run run : runs) {
          content.beginText();
          if (invisible) {
            content.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.NEITHER);
          }
          content.setFont(font, run.size());
          content.newLineAtOffset(run.x(), run.y());
          content.showText(run.text());
          content.endText();
        }
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

  /**
   * The matrix of {@link #matrixDocx} as a legacy Word 97 file (OLE2): {@code matrix.doc}, made once with LibreOffice
   * 7.4 from {@code matrix-doc-source.html} (our text) beside it, as POI cannot write a .doc from nothing.
   */
  public static byte[] legacyWordMatrix() throws IOException {
    try (var in = Fixtures.class.getResourceAsStream("matrix.doc")) {
      return in.readAllBytes();
    }
  }

  /**
   * The matrix of {@link #legacyWordMatrix} as LibreOffice 7.4 prints it to PDF ({@code matrix.pdf}, made once with
   * {@code soffice --convert-to pdf matrix.doc}): a row's cells side by side on its lines, long cells wrapped.
   */
  public static byte[] matrixPdf() throws IOException {
    try (var in = Fixtures.class.getResourceAsStream("matrix.pdf")) {
      return in.readAllBytes();
    }
  }

  /**
   * A stakeholder's submission whose asks are Word lists, a bulleted one (with a bulleted list inside an item) and a
   * numbered one, as LibreOffice 7.4 saves
   * {@code submission-source.html} (written for these tests) to .docx ({@code submission.docx}) and .doc
   * ({@code submission.doc}) and prints it to PDF ({@code submission.pdf}): {@code soffice --convert-to docx:"MS Word
   * 2007 XML"}, {@code doc:"MS Word 97"} and {@code pdf}; and to OpenDocument ({@code submission.odt}, from the
   * .html) and RTF ({@code submission.rtf}, from that .odt) with LibreOffice 7.4.7.
   */
  public static byte[] submission(String extension) throws IOException {
    return resource("submission." + extension);
  }

  /**
   * An NGOs' open letter to delegations ({@code letter-source.html}, written for these tests) as LibreOffice 7.4.7
   * saves it: {@code letter.odt} from the .html, then {@code letter.rtf}, {@code letter.docx} and {@code letter.doc}
   * from that .odt. A footnote in the middle of a sentence; a list lettered a), b) with a Roman list inside an item;
   * a numbered list that starts at 5. {@code letter("html")} is the source itself.
   */
  public static byte[] letter(String extension) throws IOException {
    return resource(extension.equals("html") ? "letter-source.html" : "letter." + extension);
  }

  /**
   * A submission with two tables of recommendations ({@code tables-source.html}, written for these tests) as
   * LibreOffice 7.4.7 prints it to PDF ({@code tables.pdf}, from the .html saved as .odt): a table of the last
   * review's recommendations with their makers and status, and one of the authors' asks by topic, its cells holding
   * paragraphs and bullets. {@code tables("html")} is the source itself.
   */
  public static byte[] tables(String extension) throws IOException {
    return resource(extension.equals("html") ? "tables-source.html" : "tables." + extension);
  }

  /**
   * An NGO's assessment of 30 recommendations in a table over three pages ({@code assessment-source.html}, written
   * for these tests, its rows drawn from our own phrases) as LibreOffice 7.4.7 prints it to PDF ({@code
   * assessment.pdf}, from the .html saved as .odt): the header repeated on each page, row 20 broken over a page.
   */
  public static byte[] assessmentPdf() throws IOException {
    return resource("assessment.pdf");
  }

  /**
   * {@link #assessmentPdf} with its header row printed on the first page only, as Word prints a table by default
   * ({@code assessment-plain.pdf}, made as that one from the same .html without its {@code <thead>} tags).
   */
  public static byte[] assessmentPlainPdf() throws IOException {
    return resource("assessment-plain.pdf");
  }

  /**
   * An NGO's scorecard whose header takes two rows, "Assessment" spanning "Status" and "Evidence", and whose texts
   * close with their makers ({@code scorecard-source.html}, written for these tests, as LibreOffice 7.4.7 prints it
   * to PDF from the .html saved as .odt: {@code scorecard.pdf}). LibreOffice centres "Ref." and "Text" in the two
   * rows they span, and each row's number in its row.
   */
  public static byte[] scorecardPdf() throws IOException {
    return resource("scorecard.pdf");
  }

  /**
   * A State's interim report with two tables on one page, the recommendations it supported and those it noted, their
   * columns of other widths ({@code sorted-source.html}, written for these tests, as LibreOffice 7.4.7 prints it to
   * PDF from the .html saved as .odt: {@code sorted.pdf}).
   */
  public static byte[] sortedPdf() throws IOException {
    return resource("sorted.pdf");
  }

  /**
   * A mid-term assessment with two tables on one page, each under a sentence that says which recommendations it
   * holds, the second sentence short enough to look like a row across the first table ({@code
   * captions-source.html}, written for these tests, as LibreOffice 7.4.7 prints it to PDF from the .html saved as
   * .odt: {@code captions.pdf}).
   */
  public static byte[] captionsPdf() throws IOException {
    return resource("captions.pdf");
  }

  /**
   * A database page's recommendations grouped by State, each State's cell spanning its rows ({@code
   * grouped-source.html}, written for these tests), as LibreOffice 7.4.7 saves it to OpenDocument ({@code
   * grouped.odt}): the cells under a spanning one are covered cells, empty.
   */
  public static byte[] groupedOdt() throws IOException {
    return resource("grouped.odt");
  }

  private static byte[] resource(String name) throws IOException {
    try (var in = Fixtures.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
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

  /**
   * An OHCHR-style thematic matrix: title, header row, theme rows and recommendation rows (number, text, States,
   * source of position; position; themes), listed by theme so that the numbers do not run in order; one row bundles
   * two recommendations. Then a closing line.
   */
  public static byte[] matrixDocx() throws IOException {
    String source = "Source of position: A/HRC/39/11/Add.1 - Para. 5";
    String[][] rows = {
        {"Recommendation", "Position", "Full list of themes", "Assessment/comments on level of implementation"},
        {"Theme: A12 Acceptance of international norms", "", "", ""},
        {"121.2 Consider acceding to the Convention on the Reduction of Statelessness (Brazil);\n" + source,
            "Supported", "A12 Acceptance of international norms\nAffected persons:\n- stateless persons", ""},
        {"121.1 Abolish the death penalty for all crimes (Portugal) (Uruguay); Impose an official moratorium on"
            + " executions (Iceland);\n" + source, "Supported/Noted", "D23 Death penalty", ""},
        {"Theme: D25 Prohibition of torture and cruel, inhuman or degrading treatment", "", "", ""},
        {"121.3 Investigate every allegation of ill-treatment in places of detention (Denmark);\n" + source,
            "Noted", "D25 Prohibition of torture\nD26 Conditions of detention", ""}};
    try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      docx.createParagraph().createRun().setText("UPR of Chile (3rd Cycle – 32nd session)");
      docx.createParagraph().createRun().setText("Thematic list of recommendations");
      XWPFTable table = docx.createTable(rows.length, 4);
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < 4; c++) {
          String[] lines = rows[r][c].split("\n");
          table.getRow(r).getCell(c).setText(lines[0]);
          for (int i = 1; i < lines.length; i++) {
            table.getRow(r).getCell(c).addParagraph().createRun().setText(lines[i]);
          }
        }
      }
      docx.createParagraph().createRun().setText("After the table.");
      docx.write(out);
      return out.toByteArray();
    }
  }

}
