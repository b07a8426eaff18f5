package org.uprlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.uprlens.train.TrainingExample;

/** Labelled texts reworded as a report's sentences, and read back by the extractor. */
class ProseFormTest {
  private static final List<TrainingExample> ROWS = List.of(
      new TrainingExample("1", "Consider ratifying the Convention on migrant workers", List.of(), "Noted", 3,
          "Albania", "19", null),
      new TrainingExample("2", "Fully implement the national plan against trafficking", List.of(), "Supported", 4,
          "Albania", "19", null));

  @Test
  void theRequestCutOutOfTheSentenceIsTheTextThatWasReworded() {
    ProseForm.Reworded reworded = ProseForm.of(ROWS, ProseForm.Mode.REQUEST);
    assertEquals(2, reworded.requests());
    assertEquals(List.of("Consider ratifying the Convention on migrant workers",
            "Fully implement the national plan against trafficking"),
        reworded.rows().stream().map(TrainingExample::text).toList());
    assertEquals(List.of("Noted", "Supported"), reworded.rows().stream().map(TrainingExample::response).toList());
  }

  @Test
  void theSentenceModeClassifiesTheWholeReportedSentence() {
    ProseForm.Reworded reworded = ProseForm.of(ROWS, ProseForm.Mode.SENTENCE);
    assertEquals(0, reworded.requests());
    assertEquals(List.of("The Committee recommended that Albania consider ratifying the Convention on migrant"
            + " workers", "The Committee urged Albania to fully implement the national plan against trafficking"),
        reworded.rows().stream().map(TrainingExample::text).toList());
  }
}
