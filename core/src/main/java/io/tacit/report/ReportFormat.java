package io.tacit.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The forms a report is written in. */
public enum ReportFormat {
  /** report.html: one self-contained page with inline CSS and SVG charts. */
  HTML,
  /** report.md: Markdown to paste into a manuscript. */
  MD,
  /** data/*.csv: tidy tables for R and pandas. */
  CSV,
  /** report.json: the whole report as data. */
  JSON;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ReportFormat> of(String key) {
    return Arrays.stream(values())
        .filter(f -> f.key().equals(key.strip().toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  public static List<ReportFormat> all() {
    return List.of(values());
  }
}
