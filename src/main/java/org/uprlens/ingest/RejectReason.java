package org.uprlens.ingest;

/**
 * Why an input file produced no document. The codes are the values of {@code rejects.reason}; the list is closed
 * so that analysts can group by it, and the README documents it.
 */
public enum RejectReason {
  EMPTY("empty", "the file has no content, only white space, or only page furniture"),
  TOO_LARGE("too_large", "the file is larger than --max-bytes, or expands far beyond its size (a ZIP bomb)"),
  UNREADABLE("unreadable", "the file could not be opened or read"),
  SYMLINK_LOOP("symlink_loop", "a symbolic link in the input tree points back to one of its own parents"),
  NOT_TEXT("not_text", "binary content that is not text in any encoding (control characters, NUL bytes)"),
  UNSUPPORTED_FORMAT("unsupported_format", "a file format the job does not read (images, slides,"
      + " archives), or a table without a column of texts; the detail names it"),
  ENCRYPTED("encrypted", "a password-protected PDF, Word, Excel or OpenDocument file that cannot be opened without the"
      + " password"),
  NO_TEXT_LAYER("no_text_layer", "a PDF without text (a scan without OCR)"),
  DAMAGED("damaged", "a PDF, Word, RTF, Excel or OpenDocument file that is truncated or corrupt and cannot be"
      + " parsed"),
  DUPLICATE("duplicate", "the same content as another input file, named in the detail, whose rows are in the output"
      + " once"),
  PROCESSING_ERROR("processing_error", "an unexpected error while analysing the document; the detail names it");

  private final String code;
  private final String meaning;

  RejectReason(String code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The value written to {@code rejects.reason}. */
  public String code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
