package org.uprlens.ingest;

/**
 * What a document's text says about itself. Every field but {@code kind} may be null when the text does not show it.
 *
 * @param kind the kind of document, {@link DocKind#OTHER} when no cue decided
 * @param kindEvidence the rule (and the text it matched) that decided {@code kind}
 * @param symbol the UN document symbol, e.g. {@code A/HRC/WG.6/48/KAZ/2}
 * @param stateUnderReview the State under review, as named in {@code states.csv}
 * @param session the UPR Working Group session number
 * @param cycle the UPR cycle (1 to 4)
 * @param year the year of the document
 * @param language ISO 639-1 code of the text's language ("en")
 * @param publisher who published the document, as the file names it outside the text (a web page's site name)
 */
public record DocumentInfo(DocKind kind, String kindEvidence, String symbol, String stateUnderReview,
                           Integer session, Integer cycle, Integer year, String language, String publisher) {
  public static final DocumentInfo UNKNOWN = new DocumentInfo(DocKind.OTHER, null, null, null, null, null, null, null);

  public DocumentInfo {
    kind = kind == null ? DocKind.OTHER : kind;
  }

  /** What the text says, without a publisher. */
  public DocumentInfo(DocKind kind, String kindEvidence, String symbol, String stateUnderReview, Integer session,
                      Integer cycle, Integer year, String language) {
    this(kind, kindEvidence, symbol, stateUnderReview, session, cycle, year, language, null);
  }

  public DocumentInfo withPublisher(String name) {
    return new DocumentInfo(kind, kindEvidence, symbol, stateUnderReview, session, cycle, year, language, name);
  }
}
