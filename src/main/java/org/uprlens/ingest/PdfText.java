package org.uprlens.ingest;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Text of a PDF with Apache PDFBox, page by page in reading order (the order of the content stream, which is the
 * order UN documents are written in; footnotes a two-column page prints under its first column moved to the page's
 * end, {@link SizedLines}), with the offset where each page starts.
 */
final class PdfText {
  /** Fewer visible characters than this per page on average: a scan without OCR, not a text PDF. */
  private static final int MIN_CHARS_PER_PAGE = 20;

  private PdfText() {}

  static Extracted extract(byte[] bytes) throws RejectException {
    List<String> warnings = new ArrayList<>();
    if (!tailHas(bytes, "%%EOF")) {
      warnings.add("PDF has no %%EOF marker: the file may be truncated");
    }
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
        warnings.add("PDF is encrypted with an owner password that forbids text extraction; text read anyway");
      }
      int pages = pdf.getNumberOfPages();
      if (pages == 0) {
        throw new RejectException(RejectReason.DAMAGED, "PDF has no pages");
      }
      SizedLines stripper = new SizedLines();
      stripper.setLineSeparator("\n");
      StringBuilder text = new StringBuilder();
      List<Integer> starts = new ArrayList<>(pages);
      int visible = 0;
      int empty = 0;
      for (int page = 1; page <= pages; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        // NFKC turns ligatures and presentation forms (ﬁ, ﬂ, full-width digits) into plain letters.
        String pageText = Normalizer.normalize(stripper.pageText(pdf), Normalizer.Form.NFKC);
        int chars = (int) pageText.chars().filter(c -> !Character.isWhitespace(c)).count();
        visible += chars;
        if (chars == 0) {
          empty++;
        }
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
          text.append('\n');
        }
        starts.add(text.length());
        text.append(pageText);
      }
      text.append(stripper.heldRows());
      if (visible < MIN_CHARS_PER_PAGE * pages && visible < 200) {
        throw new RejectException(RejectReason.NO_TEXT_LAYER,
            pages + " page(s), " + visible + " visible characters: a scan without OCR");
      }
      if (empty > 0) {
        warnings.add(empty + " of " + pages + " pages have no text layer (scanned pages are missing from the text)");
      }
      return new Extracted(text.toString(), starts, null, warnings);
    } catch (InvalidPasswordException e) {
      throw new RejectException(RejectReason.ENCRYPTED, "PDF needs a password to open");
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new RejectException(RejectReason.DAMAGED,
          "PDF cannot be parsed: " + (e.getMessage() != null ? e.getMessage() : e));
    }
  }

  private static boolean tailHas(byte[] bytes, String marker) {
    int from = Math.max(0, bytes.length - 1024);
    String tail = new String(bytes, from, bytes.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    return tail.contains(marker);
  }
}
