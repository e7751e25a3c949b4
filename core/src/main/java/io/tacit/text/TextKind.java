package io.tacit.text;

/**
 * What a file being decoded should hold, so that a refusal names it and says how to get a good one:
 * "not a text transcript; export the transcript again as ...", but "not a CSV file; save it again
 * from the spreadsheet as CSV UTF-8".
 */
public enum TextKind {
  TRANSCRIPT(
      "a text transcript",
      "export the transcript again as plain text (.txt), WebVTT, SRT or Word (.docx)"),
  CSV("a CSV file", "save it again from the spreadsheet as CSV UTF-8"),
  CODEBOOK("a codebook", "export the codebook again as YAML, CSV or REFI-QDA (.qdc)");

  private final String noun;
  private final String remedy;

  TextKind(String noun, String remedy) {
    this.noun = noun;
    this.remedy = remedy;
  }

  /** "a text transcript". */
  public String noun() {
    return noun;
  }

  /** What to do about a file that is not one. */
  public String remedy() {
    return remedy;
  }
}
