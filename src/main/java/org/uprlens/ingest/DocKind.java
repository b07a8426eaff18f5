package org.uprlens.ingest;

/** What kind of UPR document a file is; decides which extraction rules apply. */
public enum DocKind {
  COMPILATION("compilation"),
  STAKEHOLDER_SUMMARY("stakeholder_summary"),
  NATIONAL_REPORT("national_report"),
  /** A State's voluntary mid-term report on how it implements the recommendations of its last review. */
  MIDTERM_REPORT("midterm_report"),
  WORKING_GROUP_REPORT("working_group_report"),
  ADDENDUM("addendum"),
  MATRIX("matrix"),
  /** A stakeholder's own submission to the review (an NGO's, a coalition's, an NHRI's), or a shadow report. */
  SUBMISSION("submission"),
  /** A UN special procedure's report: a Special Rapporteur's, an Independent Expert's, a country visit's. */
  SPECIAL_PROCEDURE_REPORT("special_procedure_report"),
  /** A resolution of the Human Rights Council or another UN body: its operative paragraphs ask in its name. */
  RESOLUTION("resolution"),
  /** A UN treaty body's concluding observations on a State party's periodic report (symbol CCPR/C/MRT/CO/3). */
  CONCLUDING_OBSERVATIONS("concluding_observations"),
  /** A table of recommendations, one per row: a CSV export such as UPR Info's ({@link RecommendationTable}). */
  TABLE("table"),
  /**
   * A special procedure's letter to a Government (an allegation letter, an urgent appeal; reference "AL GTM 3/2026"):
   * its "we" are the mandate holders, "your Excellency's Government" the State the reference code names.
   */
  COMMUNICATION("communication"),
  STATEMENT("statement"),
  NEWS("news"),
  OTHER("other");

  private final String code;

  DocKind(String code) {
    this.code = code;
  }

  /** The value written to the {@code kind} column. */
  public String code() {
    return code;
  }
}
