package io.tacit.agreement;

/** How the confidence interval of an {@link Estimate} was obtained. */
public enum IntervalMethod {
  /** Value plus or minus 1.96 standard errors (upper end capped at 1). */
  NORMAL("normal approximation, value +/- 1.96 se"),
  /** Percentiles of the statistic over units drawn with replacement. */
  UNIT_BOOTSTRAP("unit bootstrap, 2.5th and 97.5th percentiles"),
  /** Percentiles of Krippendorff's bootstrap, which redraws pairs of pairable values. */
  KRIPPENDORFF_BOOTSTRAP(
      "Krippendorff's bootstrap of pairable values, 2.5th and 97.5th percentiles"),
  /** No interval: neither a standard error nor a bootstrap was available. */
  NONE("none");

  private final String description;

  IntervalMethod(String description) {
    this.description = description;
  }

  /** One line for a report's notes. */
  public String description() {
    return description;
  }
}
