package org.uprlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextCleanerTest {
  @Test
  void footnoteMarkersGluedToASentenceEndBecomeSpaces() {
    assertEquals("of expression.  It", TextCleaner.clean("of expression.3 It"));
    assertEquals("Paris Principles.  The", TextCleaner.clean("Paris Principles.? The"));
    assertEquals("support. \nNext", TextCleaner.clean("support.©\nNext"));
    assertEquals("consent.    The", TextCleaner.clean("consent.®>4 The"));
    assertEquals("(No. 190). \n", TextCleaner.clean("(No. 190).6\n"));
  }

  @Test
  void numbersAndOrdinaryPunctuationAreKept() {
    String text = "It rose by 0.7 per cent. See para. 12 and No. 29. Is it? Yes! \"Quoted.\" U.S.A. 3.5";
    assertEquals(text, TextCleaner.clean(text));
  }

  @Test
  void cleaningNeverMovesCharacters() {
    String text = "A sentence.12 Another one.? A third.©";
    assertEquals(text.length(), TextCleaner.clean(text).length());
  }
}
