package io.tacit.cli.command.agree;

import io.tacit.agreement.AgreementReport;
import io.tacit.agreement.Estimate;
import io.tacit.agreement.KrippendorffThreshold;
import io.tacit.agreement.LandisKoch;
import io.tacit.agreement.Statistic;
import io.tacit.cli.render.Figures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Agreement figures as JSON values and table cells, with the reading beside each: Krippendorff's
 * (.667/.800) for alpha, Landis and Koch's bands for the kappa-like coefficients, none for percent
 * agreement. Numbers are rounded the same way on every machine.
 */
final class AgreeFigures {
  private AgreeFigures() {}

  /** Every statistic of DESIGN.md, in order: {@code {value, se, ci, interpretation}} or null. */
  static Map<String, @Nullable Object> statistics(AgreementReport report) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    for (Statistic s : Statistic.values()) {
      m.put(s.key(), report.estimate(s).map(e -> json(e, reading(s, e.value()))).orElse(null));
    }
    return m;
  }

  static Map<String, @Nullable Object> json(Estimate e, @Nullable String reading) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("value", number(e.value()));
    m.put("se", number(e.se()));
    m.put("ci", e.hasInterval() ? List.of(number(e.ciLow()), number(e.ciHigh())) : null);
    m.put("interpretation", reading);
    return m;
  }

  static @Nullable Double number(double value) {
    return Double.isNaN(value) ? null : Figures.round(value, 6);
  }

  /** The reading of a statistic's value in words; null for percent agreement or no value. */
  static @Nullable String reading(Statistic s, double value) {
    if (s == Statistic.PERCENT_AGREEMENT) {
      return null;
    }
    if (s == Statistic.KRIPPENDORFF_ALPHA) {
      return KrippendorffThreshold.of(value).map(KrippendorffThreshold::phrase).orElse(null);
    }
    return kappaReading(value);
  }

  static @Nullable String kappaReading(double value) {
    return LandisKoch.of(value).map(LandisKoch::phrase).orElse(null);
  }

  /** A one-word reading for tables: reliable, tentative, unreliable; slight, fair, .... */
  static String shortReading(Statistic s, double value) {
    if (s == Statistic.KRIPPENDORFF_ALPHA) {
      return KrippendorffThreshold.of(value).map(t -> t.name().toLowerCase(Locale.ROOT)).orElse("");
    }
    return LandisKoch.of(value).map(b -> b.phrase().replace(" agreement", "")).orElse("");
  }

  /** A value for a table: fixed decimals, or "-" where undefined. */
  static String cell(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "-";
    }
    String text = Figures.fixed(value, decimals);
    // A tiny negative value rounds to "-0.000", which reads as a sign that is not there.
    return text.matches("-0\\.0*") ? text.substring(1) : text;
  }

  /** An interval for a table: "[0.412, 0.771]", or "" without one. */
  static String interval(Estimate e, int decimals) {
    return e.hasInterval()
        ? "[" + cell(e.ciLow(), decimals) + ", " + cell(e.ciHigh(), decimals) + "]"
        : "";
  }

  /** One row per statistic that applies: name, value, se, interval and reading. */
  static List<List<String>> rows(AgreementReport report, boolean tidy) {
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<Statistic, AgreementReport.Entry> entry : report.entries().entrySet()) {
      Statistic s = entry.getKey();
      Estimate e = entry.getValue().estimate();
      String reading = s == Statistic.PERCENT_AGREEMENT ? "" : shortReading(s, e.value());
      rows.add(
          tidy
              ? List.of(
                  s.key(),
                  cell(e.value(), 4),
                  cell(e.se(), 4),
                  e.hasInterval() ? cell(e.ciLow(), 4) : "",
                  e.hasInterval() ? cell(e.ciHigh(), 4) : "",
                  reading)
              : List.of(
                  s.label(report.level()),
                  cell(e.value(), 3),
                  cell(e.se(), 3),
                  interval(e, 3),
                  reading));
    }
    return rows;
  }

  static List<String> headers(boolean tidy) {
    return tidy
        ? List.of("statistic", "value", "se", "ciLow", "ciHigh", "interpretation")
        : List.of("statistic", "value", "se", "95% CI", "interpretation");
  }
}
