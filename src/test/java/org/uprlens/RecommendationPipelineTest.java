package org.uprlens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.uprlens.ingest.DocKind;
import org.uprlens.ingest.Document;
import org.uprlens.ingest.DocumentInfo;
import org.uprlens.ingest.DocumentInfoReader;
import org.uprlens.ingest.Outline;

class RecommendationPipelineTest {
  @Test
  void aNoteVerbaleThatTransmitsTheResponsesAnswersTheReportItNames() {
    String text = """
        Permanent Mission of the Republic of Ruritania to the United Nations Office at Geneva

        The Permanent Mission presents its compliments to the Secretariat of the Human Rights Council and has the \
        honour to transmit the position of the Government of Ruritania on the recommendations contained in \
        paragraph 142 of the report of the Working Group (A/HRC/62/14).

        The Government supports recommendations 142.1 to 142.3 and 142.6.

        The Government notes recommendations 142.4 and 142.5, as they require a referendum.
        """;
    DocumentInfo info = DocumentInfoReader.read(text);
    assertEquals(DocKind.ADDENDUM, info.kind(), info.kindEvidence());
    Document document = new Document("doc", "note.txt", text.length(), "UTF-8", text, info, Outline.EMPTY, null);
    List<String> responses = RecommendationPipeline.responses(document).stream()
        .map(r -> r.report() + " " + r.paragraph() + " " + r.support()).sorted().toList();
    assertEquals(List.of("A/HRC/62/14 142.1 Supported", "A/HRC/62/14 142.2 Supported", "A/HRC/62/14 142.3 Supported",
        "A/HRC/62/14 142.4 Noted", "A/HRC/62/14 142.5 Noted", "A/HRC/62/14 142.6 Supported"), responses);
  }
}
