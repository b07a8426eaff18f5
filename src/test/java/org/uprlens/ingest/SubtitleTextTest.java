package org.uprlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Subtitles of a recorded dialogue, written for these tests. */
class SubtitleTextTest {
  private final DocumentReader reader = new DocumentReader(DocumentReader.Options.defaults());

  private Document read(String name, String text) {
    return assertInstanceOf(Document.class, reader.decode(name, text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void subRipCuesAreJoinedIntoOneParagraphPerSpeakerWithoutNumbersOrTimes() {
    Document doc = read("dialogue.srt", """
        1
        00:00:01,000 --> 00:00:05,200
        PRESIDENT: I give the floor
        to the delegation of Iceland.

        2
        00:00:06,000 --> 00:00:11,500
        ICELAND: Iceland recommends that Malawi adopt a law

        3
        00:00:11,600 --> 00:00:17,000
        to protect journalists.

        4
        00:00:18,000 --> 00:00:21,000
        >> UNITED STATES OF AMERICA: We recommend that Malawi free the editors.
        """);
    assertEquals(Format.SUBTITLES, doc.format());
    assertEquals("""
        President: I give the floor to the delegation of Iceland.

        Iceland: Iceland recommends that Malawi adopt a law to protect journalists.

        United States of America: We recommend that Malawi free the editors.
        """, doc.text());
  }

  @Test
  void webVttVoicesNameTheSpeakerAndRollingCaptionsAreNotRepeated() {
    Document doc = read("dialogue.txt", """
        WEBVTT
        Kind: captions

        NOTE made by the meeting's recording service

        intro
        00:01.000 --> 00:04.000 align:start
        <v Chile>Chile recommends that Malawi <i>raise</i>

        00:04.000 --> 00:07.000
        <v Chile>the age of marriage &amp; end
        child marriage.

        00:07.000 --> 00:09.000
        child marriage.
        <v.loud President>Thank you, Chile.
        """);
    assertEquals(Format.SUBTITLES, doc.format(), "told by its signature, whatever its name");
    assertEquals("""
        Chile: Chile recommends that Malawi raise the age of marriage & end child marriage.

        President: Thank you, Chile.
        """, doc.text());
  }

  @Test
  void cuesWithoutABlankLineBetweenThemAreStillCues() {
    Document doc = read("dialogue.srt", """
        1
        00:00:01,000 --> 00:00:04,000
        PERU: We thank all delegations.
        2
        00:00:04,000 --> 00:00:08,000
        We accept the recommendation on legal aid.
        """);
    assertEquals("Peru: We thank all delegations. We accept the recommendation on legal aid.\n", doc.text());
  }

  @Test
  void aTextThatOpensWithANumberIsNoSubtitles() {
    assertEquals(Format.TEXT, read("report.txt", "12\nThe Committee urged Malawi to act.\n").format());
  }
}
