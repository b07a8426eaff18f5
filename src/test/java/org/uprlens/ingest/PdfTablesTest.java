package org.uprlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Tables of recommendations in PDFs written cell by cell (real PDFBox, on PDFs made for these tests). */
class PdfTablesTest {
  private static final DocumentReader READER = new DocumentReader(DocumentReader.Options.defaults());

  /** The text's paragraphs, each on one line. */
  private static List<String> paragraphs(String text) {
    return Arrays.stream(text.split("\n[ \t]*\n")).map(p -> p.strip().replaceAll("\\s+", " "))
        .filter(p -> !p.isEmpty()).toList();
  }

  private static List<String> from(List<String> paragraphs, String first, int count) {
    int at = paragraphs.indexOf(first);
    assertTrue(at >= 0, first + " in " + paragraphs);
    return paragraphs.subList(at, Math.min(paragraphs.size(), at + count));
  }

  @Test
  void aTablesCellsArePrintedAParagraphEachRowAfterRow() throws IOException {
    Document document = (Document) READER.decode("tables.pdf", Fixtures.tables("pdf"));
    List<String> paragraphs = paragraphs(document.text());
    // PDFBox alone prints a row's short cells side by side on one line ("Japan, Austria Completed") and a long
    // cell's lines among them.
    assertEquals(List.of("No.", "Recommendation", "Recommending State", "Status",
        "98.3", "Accede to the Convention on the Reduction of Statelessness and amend the nationality law accordingly",
        "Brazil", "Under way",
        "98.17", "Set up a fund for the victims of the 2019 floods", "Japan, Austria", "Completed",
        "98.40", "Train prison officers in the Mandela Rules and publish the number of deaths in custody every year",
        "Chile", "Not started"), from(paragraphs, "No.", 16));
    // A cell's paragraphs and bullets stay apart; the prose after the table is printed as before.
    assertEquals(List.of("Area", "Recommendations to the Government of Lesotho", "Water in schools",
        "Connect every rural school to clean water by 2029.", "Budget for the repair of school latrines each year.",
        "Teachers", "• Pay rural teachers a hardship allowance.", "• Publish vacancies in every district.",
        "3. Annexes follow."), from(paragraphs, "Area", 9));
    assertTrue(document.text().contains("2. Most of them have not been acted on.\nTable 2."), document.text());
  }

  @Test
  void aRowBrokenOverAPageGoesOnUnderTheRepeatedHeader() throws IOException {
    List<String> paragraphs = paragraphs(((Document) READER.decode("assessment.pdf", Fixtures.assessmentPdf())).text());
    // PDFBox alone prints "Disabilities", the end of row 20, at the top of the third page, under the header.
    assertEquals(List.of("20", "Ratify the Convention on the Rights of Persons with Disabilities", "Italy", "Noted",
        "Not implemented", "21"), from(paragraphs, "20", 6));
    assertEquals(List.of("7", "Investigate all allegations of torture by police officers", "Portugal", "Supported",
        "Not implemented", "No.", "Recommendation"), from(paragraphs, "7", 7), "a whole row at a page's foot");
    for (int n = 1; n <= 30; n++) {
      assertTrue(paragraphs.contains(String.valueOf(n)), "row " + n + "'s number, a cell, not a page number");
    }
  }

  @Test
  void aTableGoesOnOverPagesWithoutItsHeader() throws IOException {
    List<String> paragraphs =
        paragraphs(((Document) READER.decode("plain.pdf", Fixtures.assessmentPlainPdf())).text());
    assertEquals(List.of("No.", "Recommendation", "Recommending State", "Response", "Level of implementation"),
        from(paragraphs, "No.", 5));
    assertEquals(1, paragraphs.stream().filter("No."::equals).count(), "the header is printed once");
    for (int n = 1; n <= 30; n++) {
      List<String> row = from(paragraphs, String.valueOf(n), 5);
      assertTrue(row.get(2).matches("\\p{Lu}\\p{L}+(, \\p{Lu}\\p{L}+)?") && row.get(3).matches("Supported|Noted"),
          "row " + n + " whole, on every page: " + row);
    }
  }

  @Test
  void aHeaderOverTwoRowsWithANameOverAGroupOfColumns() throws IOException {
    List<String> paragraphs = paragraphs(((Document) READER.decode("scorecard.pdf", Fixtures.scorecardPdf())).text());
    assertEquals(List.of("Ref.", "Text", "Status", "Evidence",
        "1", "Adopt a law that protects herders' customary grazing rights against mining licences (Finland);",
        "Not implemented", "No draft law",
        "2", "Investigate the deaths of two journalists in police custody (Netherlands, New Zealand);",
        "Partially implemented", "One inquiry opened"), from(paragraphs, "Ref.", 12),
        "a column of texts named Text; Assessment names a group of columns, not one");
    assertTrue(paragraphs.contains("The Network will publish its next scorecard in 2027."), paragraphs.toString());
    List<RecommendationTable.Row> rows = PrintedTable.rows(String.join("\n\n", paragraphs));
    assertEquals(List.of("1", "2", "3"), rows.stream().map(RecommendationTable.Row::id).toList());
    assertEquals(List.of("Netherlands", "New Zealand"), org.uprlens.States.mentions(rows.get(1).text()).stream()
        .map(m -> m.state().name()).toList(), "the makers close the text; the extractor takes them from there");
  }

  @Test
  void eachTableOnAPageTakesItsColumnsFromItsOwnRows() throws IOException {
    List<String> paragraphs = paragraphs(((Document) READER.decode("sorted.pdf", Fixtures.sortedPdf())).text());
    // The second table's cells stand in the gap between the first table's columns: read with them, the first
    // table's edge fell inside its long texts.
    assertEquals(List.of("Progress",
        "Repeal the provisions of the Penal Code that criminalise defamation of the President", "Sweden",
        "A bill was tabled in 2024.", "Adopt a national action plan on business and human rights", "Netherlands",
        "Drafting has begun.", "B. Recommendations noted by Zambia", "Recommendation", "Recommending State",
        "Comment", "Abolish the death penalty in law for all crimes", "France", "Under national consultation."),
        from(paragraphs, "Progress", 14));
  }

  @Test
  void aTableEndsAtTheNextTablesHeader() throws IOException {
    List<String> paragraphs = paragraphs(((Document) READER.decode("captions.pdf", Fixtures.captionsPdf())).text());
    // The sentence between the tables crosses the first table's columns and the second table's header fits them:
    // read on, the second table's rows took the first's columns, and its last text was cut at the first's edge.
    assertEquals(List.of("The table below covers the recommendations Nepal accepted and noted alike.",
        "Recommendation", "Recommending State", "Level of implementation",
        "End the practice of chhaupadi and prosecute those who enforce it", "Canada", "Partially implemented",
        "Criminalise marital rape with penalties equal to other rape", "Spain", "Fully implemented"),
        from(paragraphs, "The table below covers the recommendations Nepal accepted and noted alike.", 10));
  }

  @Test
  void aPageInTwoColumnsUnderTwoHeadingsIsNoTable() throws IOException {
    record Run(float x, float y, String text) {}
    // Both headings drawn first, so that PDFBox prints them on one line, as it would a table's header.
    List<Run> runs = List.of(new Run(60, 740, "Recommendations"), new Run(320, 740, "Background"),
        new Run(60, 720, "The Forum asks the Government to close"),
        new Run(60, 706, "the island camp and to free its detainees."),
        new Run(320, 720, "The camp opened in 2019 and holds"),
        new Run(320, 706, "four hundred people without charge."));
    byte[] bytes;
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        for (Run run : runs) {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
          content.newLineAtOffset(run.x(), run.y());
          content.showText(run.text());
          content.endText();
        }
      }
      pdf.save(out);
      bytes = out.toByteArray();
    }
    String text = ((Document) READER.decode("columns.pdf", bytes)).text();
    assertTrue(text.contains("The Forum asks the Government to close\nthe island camp and to free its detainees."),
        text);
    assertTrue(text.contains("detainees.\nThe camp opened in 2019 and holds\nfour hundred people"), text);
    assertEquals(-1, text.strip().indexOf("\n\n"), "one row of two cells is no table: the lines stay as printed");
  }
}
