package org.uprlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** E-mails written for these tests. */
class EmailTextTest {
  private final DocumentReader reader = new DocumentReader(DocumentReader.Options.defaults());

  private Document read(String name, String message) {
    return assertInstanceOf(Document.class, reader.decode(name, message.getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void aQuotedPrintableMessageIsItsSubjectAndTextWithTheSenderAsPublisher() {
    Document doc = read("statement.txt", """
        From: Lakeside Rights Watch <office@example.org>
        To: members@example.org
        Subject: =?UTF-8?Q?Malawi=E2=80=99s_review:_our_statement?=
        Date: Thu, 12 Nov 2026 09:00:00 +0000
        MIME-Version: 1.0
        Content-Type: text/plain; charset="UTF-8"
        Content-Transfer-Encoding: quoted-printable

        We call on Malawi to repeal the sedition law and to free the edit=
        ors held since May=E2=80=99s protests.
        """);
    assertEquals(Format.EMAIL, doc.format(), "told by its header, whatever its name");
    assertEquals("Malawi’s review: our statement\n\nWe call on Malawi to repeal the sedition law and to free the"
        + " editors held since May’s protests.\n", doc.text());
    assertEquals("Lakeside Rights Watch", doc.info().publisher());
  }

  @Test
  void ofPlainTextAndHtmlThePlainIsReadAndAnAttachmentIsNamedInAWarning() {
    Document doc = read("message.eml", """
        From: office@example.org
        Subject: Statement
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="outer"

        --outer
        Content-Type: multipart/alternative; boundary="inner"

        --inner
        Content-Type: text/plain; charset=us-ascii

        We urge Malawi to fund legal aid.
        --inner
        Content-Type: text/html; charset=us-ascii

        <p>We urge Malawi to <b>fund</b> legal aid.</p>
        --inner--
        --outer
        Content-Type: application/pdf; name="statement.pdf"
        Content-Disposition: attachment; filename="statement.pdf"
        Content-Transfer-Encoding: base64

        JVBERi0xLjQK
        --outer--
        """);
    assertEquals("Statement\n\nWe urge Malawi to fund legal aid.\n", doc.text());
    assertEquals(List.of("attachments not read: statement.pdf; save each as a file of its own to read it"),
        doc.warnings());
  }

  @Test
  void aWebPageSavedAsOneFileIsItsPageWithoutItsStylesAndItsCharsetFromItsMarkup() {
    Document doc = read("page.mhtml", """
        From: <Saved by Blink>
        Snapshot-Content-Location: https://example.org/malawi
        Subject: Malawi review | Lakeside Rights Watch
        Date: Thu, 12 Nov 2026 10:00:00 -0000
        MIME-Version: 1.0
        Content-Type: multipart/related; type="text/html"; boundary="b"

        --b
        Content-Type: text/html
        Content-Transfer-Encoding: quoted-printable

        <html><head><meta charset=3D"utf-8"><title>Malawi review | Lakeside Rights Watch</title></head><body>=
        <nav>Donate</nav><main><p>GENEVA =E2=80=93 Chile urged Malawi to free the editors.</p></main></body></html>
        --b
        Content-Type: text/css

        body { color: black; }
        --b--
        """);
    assertEquals(Format.EMAIL, doc.format());
    assertEquals("Malawi review | Lakeside Rights Watch\n\nGENEVA – Chile urged Malawi to free the editors.\n",
        doc.text(), "UTF-8 told from the bytes, as the part's header names no charset");
    assertEquals(List.of(), doc.warnings(), "a page's style is no attachment");
    assertEquals("Lakeside Rights Watch", doc.info().publisher(), "the page's site, as no sender is named");
  }

  @Test
  void aMemoThatOpensWithFromAndToButNoMessageFieldIsText() {
    assertEquals(Format.TEXT, read("memo.txt", "From: The Board\nTo: Staff\n\nWe urge Malawi to act.\n").format());
  }
}
