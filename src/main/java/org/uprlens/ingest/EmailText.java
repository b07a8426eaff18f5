package org.uprlens.ingest;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.ParseException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
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
 * name is the publisher. A web page saved as one file (.mhtml) is such a message, its page the first part.
 */
final class EmailText {
  private static final Session SESSION = Session.getInstance(new Properties());
  /** A header line: a field name, a colon, a value. */
  private static final Pattern HEADER = Pattern.compile("^[A-Za-z][A-Za-z0-9-]*:[ \\t]");
  private static final Pattern FROM = Pattern.compile("(?im)^from:[ \\t]");
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
    return fields >= 3 && FROM.matcher(block).find() && MESSAGE_FIELD.matcher(block).find();
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
      List<String> sites = new ArrayList<>();
      body(message, text, attachments, sites);
      List<String> warnings = attachments.isEmpty() ? List.of() : List.of("attachments not read: "
          + String.join(", ", attachments) + "; save each as a file of its own to read it");
      String sender = sender(message);
      return new Extracted(text.toString().strip() + "\n", List.of(), null, warnings,
          sender != null ? sender : sites.isEmpty() ? null : sites.get(0));
    } catch (MessagingException | IOException e) {
      throw new RejectException(RejectReason.DAMAGED, "the e-mail cannot be read: " + e.getMessage());
    }
  }

  /**
   * The text of a part into {@code text}: plain text as it is, HTML as a page's text (its site's name into
   * {@code sites}), a multipart's parts in turn; of a page saved with its images and styles (.mhtml, which is a
   * message too), the page alone.
   */
  private static void body(Part part, StringBuilder text, List<String> attachments, List<String> sites)
      throws MessagingException, IOException {
    String name = part.getFileName();
    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || name != null && !part.isMimeType("message/*")) {
      attachments.add(name != null ? name : part.getContentType().split(";")[0]);
      return;
    }
    if (part.isMimeType("text/plain")) {
      text.append(DocumentReader.normaliseLineEnds(decoded(part)).strip()).append("\n\n");
    } else if (part.isMimeType("text/html")) {
      Extracted page = HtmlText.extract(decoded(part), null);
      text.append(page.text().strip()).append("\n\n");
      if (page.publisher() != null) {
        sites.add(page.publisher());
      }
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
        body(chosen, text, attachments, sites);
      }
    } else if (part.isMimeType("multipart/related")) {
      Multipart related = (Multipart) part.getContent();
      if (related.getCount() > 0) {
        body(related.getBodyPart(0), text, attachments, sites);   // the root; the rest are its images and styles
      }
    } else if (part.isMimeType("multipart/*")) {
      Multipart parts = (Multipart) part.getContent();
      for (int i = 0; i < parts.getCount(); i++) {
        body(parts.getBodyPart(i), text, attachments, sites);
      }
    } else if (part.isMimeType("message/rfc822") && part.getContent() instanceof MimeMessage forwarded) {
      String subject = forwarded.getSubject();
      if (subject != null && !subject.isBlank()) {
        text.append(subject.strip()).append("\n\n");
      }
      body(forwarded, text, attachments, sites);
    } else {
      attachments.add(part.getContentType().split(";")[0].toLowerCase(Locale.ROOT));
    }
  }

  /**
   * A text part's characters: by the charset its type names, else as a text file's are told ({@link TextDecoder}),
   * as a page saved without one in its part's header names it only in its own markup.
   */
  private static String decoded(Part part) throws MessagingException, IOException {
    byte[] bytes = part.getInputStream().readAllBytes();   // its transfer encoding undone
    String charset = null;
    try {
      charset = new ContentType(part.getContentType()).getParameter("charset");
    } catch (ParseException e) {
      // a type that does not parse names no charset
    }
    try {
      if (charset != null && Charset.isSupported(charset)) {
        return new String(bytes, Charset.forName(charset));
      }
    } catch (IllegalArgumentException e) {
      // a charset's name that is no name: told from the bytes
    }
    return TextDecoder.decode(bytes).text();
  }

  /** The sender's name ("Andean Rights Monitor"), else null: also for a sender no address ("Saved by Blink"). */
  private static String sender(MimeMessage message) throws MessagingException {
    String from = message.getHeader("From", ",");
    try {
      InternetAddress[] addresses = from == null ? new InternetAddress[0] : InternetAddress.parseHeader(from, false);
      String personal = addresses.length == 0 ? null : addresses[0].getPersonal();
      return personal == null || personal.isBlank() ? null : personal.strip();
    } catch (jakarta.mail.internet.AddressException e) {
      return null;
    }
  }
}
