package org.uprlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.uprlens.ingest.Document;
import org.uprlens.ingest.DocumentReader;
import org.uprlens.ingest.Format;

class ReportPdfTest {
  private static final String[] ASKS = {
      "Ensure that the public water supply reaches every district and that its users are consulted on tariffs",
      "Publish the budget of the prison service and allow independent monitors into all places of detention",
      "Train judges and prosecutors in the rights of persons with disabilities, with their organisations",
      "Adopt a law on access to information held by public bodies, with an independent appeals body"};
  private static final String[] STATES = {"Portugal", "Chile", "Ghana", "Nepal", "Canada"};

  @Test
  void aLaidOutReportReadsBackWithItsListAndWithoutItsFurniture() {
    StringBuilder text = new StringBuilder("Report of the Working Group on the Universal Periodic Review\n"
        + "A/HRC/99/12\nRuritania\nII. Conclusions and/or recommendations\n"
        + "12. The following recommendations enjoy the support of Ruritania:\n");
    for (int i = 1; i <= 150; i++) {
      text.append("12.").append(i).append(' ').append(ASKS[i % ASKS.length]).append(" (")
          .append(STATES[i % STATES.length]).append(");\n");
    }
    Document doc = (Document) new DocumentReader(DocumentReader.Options.defaults())
        .decode("report.pdf", ReportPdf.lay(text.toString()));
    assertEquals(Format.PDF, doc.format());
    assertTrue(doc.pages() >= 5, "pages: " + doc.pages());
    assertFalse(doc.text().contains("GE.10-14598"), "job number is furniture");
    List<WorkingGroupList.Item> items = WorkingGroupList.parse(doc.text());
    assertEquals(150, items.size());
    for (int i = 1; i <= items.size(); i++) {
      WorkingGroupList.Item item = items.get(i - 1);
      assertEquals("12." + i, item.paragraph());
      assertEquals(ASKS[i % ASKS.length], item.text());
      assertEquals(List.of(STATES[i % STATES.length]), item.states(), item.toString());
      assertEquals(WorkingGroupList.SUPPORTED, item.supportStated());
    }
  }
}
