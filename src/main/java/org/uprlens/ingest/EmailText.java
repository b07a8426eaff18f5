package org.uprlens.ingest;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * An e-mail saved as a file ({@code .eml}), as an organisation sends its statement to a mailing list: its subject as
 * the title, then its text, read with Jakarta Mail so that quoted-printable and base64 bodies, encoded subjects and
 * charsets are undone. Of a message written both as plain text and as HTML the plain text is read; a forwarded
 * message's text follows. Attachments are not read (the file is one document); a warning names them. The sender's
 * name is the publisher.
 */
final class EmailText {
  private static final Session SESSION = Session.getInstance(new Properties());
  /** A header line: a field name, a colon, a value. */
  private static final Pattern HEADER = Pattern.compile("^[A-Za-z][A-Za-z0-9-]*:[ \\t]");
  /** Fields every message has, one of which a saved message shows beside its sender. */
  private static final Pattern MESSAGE_FIELD = Pattern.compile(
      "(?im)^(?:subject|date|message-id|mime-version|received|return-path):[ \\t]");

  private EmailText() {}

  /** Whether a text opens with a message's header: its first lines fields, "From:" and a subject or date among them. */
  static boolean isEmail(String head) {
    String block = head.replace("\r\n", "\n").split("\n\n", 2)[0];
    String[] lines = block.split("\n");
    int fields = 0;
    for (String line : lines) {
      if (HEADER.matcher(line).find()) {
        fields++;
      } else if (!line.startsWith(" ") && !line.startsWith("\t")) {   // a folded field's next line
        return false;
      }
    }
    return fields >= 3 && Pattern.compile("(?im)^from:[ \\t]").matcher(block).find()
        && MESSAGE_FIELD.matcher(block).find();
  }

  static Extracted extract(byte[] bytes) throws RejectException {
    try {
      MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
      StringBuilder text = new StringBuilder();
      String subject = message.getSubject();
      if (subject != null && !subject.isBlank()) {
        text.append(subject.strip()).append("\n\n");
      }
      List<String> attachments = new ArrayList<>();
      body(message, text, attachments);
      List<String> warnings = attachments.isEmpty() ? List.of() : List.of("attachments not read: "
          + String.join(", ", attachments) + "; save each as a file of its own to read it");
      return new Extracted(text.toString().strip() + "\n", List.of(), null, warnings, sender(message));
    } catch (MessagingException | IOException e) {
      throw new RejectException(RejectReason.DAMAGED, "the e-mail cannot be read: " + e.getMessage());
    }
  }

  /** The text of a part into {@code text}: plain text as it is, HTML as a page's text, a multipart's parts in turn. */
  private static void body(Part part, StringBuilder text, List<String> attachments)
      throws MessagingException, IOException {
    String name = part.getFileName();
    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || name != null && !part.isMimeType("message/*")) {
      attachments.add(name != null ? name : part.getContentType().split(";")[0]);
      return;
    }
    if (part.isMimeType("text/plain")) {
      text.append(DocumentReader.normaliseLineEnds(String.valueOf(part.getContent())).strip()).append("\n\n");
    } else if (part.isMimeType("text/html")) {
      text.append(HtmlText.extract(String.valueOf(part.getContent()), null).text().strip()).append("\n\n");
    } else if (part.isMimeType("multipart/alternative")) {
      Multipart alternatives = (Multipart) part.getContent();
      Part chosen = null;
      for (int i = 0; i < alternatives.getCount(); i++) {
        BodyPart alternative = alternatives.getBodyPart(i);
        if (chosen == null || alternative.isMimeType("text/plain")) {
          chosen = alternative;
        }
      }
      if (chosen != null) {
        body(chosen, text, attachments);
      }
    } else if (part.isMimeType("multipart/*")) {
      Multipart parts = (Multipart) part.getContent();
      for (int i = 0; i < parts.getCount(); i++) {
        body(parts.getBodyPart(i), text, attachments);
      }
    } else if (part.isMimeType("message/rfc822") && part.getContent() instanceof MimeMessage forwarded) {
      String subject = forwarded.getSubject();
      if (subject != null && !subject.isBlank()) {
        text.append(subject.strip()).append("\n\n");
      }
      body(forwarded, text, attachments);
    } else {
      attachments.add(part.getContentType().split(";")[0].toLowerCase(Locale.ROOT));
    }
  }

  /** The sender's name ("Andean Rights Monitor"), else null. */
  private static String sender(MimeMessage message) throws MessagingException {
    var from = message.getFrom();
    if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)) {
      return null;
    }
    String personal = address.getPersonal();
    return personal == null || personal.isBlank() ? null : personal.strip();
  }
}
