package org.uprlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown notes, written for these tests. */
class MarkdownTextTest {
  private final DocumentReader reader = new DocumentReader(DocumentReader.Options.defaults());

  @Test
  void markupGoesListsKeepTheirMarkersAndATablesCellsAreParagraphs() {
    Document doc = assertInstanceOf(Document.class, reader.decode("notes.md", """
        # Malawi: what we follow

        The **Committee** urged Malawi to act ([the report](https://example.org/r.pdf)).

        1. Repeal the *sedition* law
        2. Free the editors

        | Recommendation | State |
        |---|---|
        | Fund legal aid | Chile |
        """.getBytes(StandardCharsets.UTF_8)));
    assertEquals(Format.MARKDOWN, doc.format());
    assertEquals(List.of("Malawi: what we follow", "The Committee urged Malawi to act (the report).",
        "1. Repeal the sedition law", "2. Free the editors", "Recommendation", "State", "Fund legal aid", "Chile"),
        List.of(doc.text().strip().split("\n\n")));
  }
}
