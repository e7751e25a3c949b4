package io.tacit.cli.command.agree;

import io.tacit.agreement.AgreementReport;
import io.tacit.agreement.Estimate;
import io.tacit.agreement.Statistic;
import io.tacit.cli.render.Figures;
import io.tacit.cli.render.TableView;
import io.tacit.coding.reliability.CodeReliability;
import io.tacit.coding.reliability.UnitDecisions;
import io.tacit.coding.reliability.UnitReliability;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Unit-level agreement of coders as a table (one row per code, then the overall row, then the
 * unused codes) and as the JSON of DESIGN.md. The kappa column is Cohen's with two coders and
 * Fleiss' with more.
 */
final class CodersView {
  static final String ALL = "(all codes)";

  private CodersView() {}

  static TableView table(UnitDecisions d, UnitReliability r, List<String> unused, boolean tidy) {
    List<List<String>> rows = new ArrayList<>();
    long[] sums = new long[4];
    for (CodeReliability c : r.codes()) {
      long[] counts = {c.bothCoded(), c.onlyFirst(), c.onlySecond(), c.neither()};
      for (int i = 0; i < 4; i++) {
        sums[i] += counts[i];
      }
      rows.add(row(c.code(), counts, c.report(), "", tidy));
    }
    rows.add(row(ALL, sums, r.overall(), "", tidy));
    for (String code : unused) {
      List<String> row = new ArrayList<>(List.of(code));
      int blanks = headers(tidy).size() - 2;
      for (int i = 0; i < blanks; i++) {
        row.add("");
      }
      row.add("unused: no coder applied it");
      rows.add(row);
    }
    return new TableView(headers(tidy), rows);
  }

  private static List<String> headers(boolean tidy) {
    List<String> h =
        new ArrayList<>(List.of("code", "bothCoded", "onlyFirst", "onlySecond", "neither"));
    for (String s : List.of("alpha", "kappa", "percent")) {
      h.add(s);
      if (tidy) {
        h.add(s + "Low");
        h.add(s + "High");
      } else {
        h.add(s + " 95% CI");
      }
      if (!s.equals("percent")) {
        h.add(tidy ? s + "Reading" : "reading");
      }
    }
    h.add("note");
    return h;
  }

  private static List<String> row(
      String code, long[] counts, AgreementReport report, String note, boolean tidy) {
    List<String> row = new ArrayList<>(List.of(code));
    for (long n : counts) {
      row.add(String.valueOf(n));
    }
    Statistic kappa = report.coders() == 2 ? Statistic.COHEN_KAPPA : Statistic.FLEISS_KAPPA;
    for (Statistic s : List.of(Statistic.KRIPPENDORFF_ALPHA, kappa, Statistic.PERCENT_AGREEMENT)) {
      Estimate e = report.estimate(s).orElse(Estimate.undefined());
      int decimals = tidy ? 4 : 3;
      row.add(AgreeFigures.cell(e.value(), decimals));
      if (tidy) {
        row.add(e.hasInterval() ? AgreeFigures.cell(e.ciLow(), 4) : "");
        row.add(e.hasInterval() ? AgreeFigures.cell(e.ciHigh(), 4) : "");
      } else {
        row.add(AgreeFigures.interval(e, 3));
      }
      if (s != Statistic.PERCENT_AGREEMENT) {
        row.add(AgreeFigures.shortReading(s, e.value()));
      }
    }
    row.add(note);
    return row;
  }

  static Map<String, @Nullable Object> json(
      UnitDecisions d, UnitReliability r, List<String> unused, @Nullable Double minAlpha) {
    Map<String, @Nullable Object> root = new LinkedHashMap<>();
    root.put("units", d.units().size());
    root.put("coders", d.coders().size());
    root.put("coderNames", d.coders());
    root.put("level", "nominal");
    root.put("unit", d.unitType().label());
    root.put("minOverlap", d.selection().minOverlap());
    root.put("transcripts", d.transcripts());
    root.put("studyTranscripts", d.studyTranscripts());
    root.put("proportion", Figures.round(d.proportionOfStudy(), 6));
    root.put("statistics", AgreeFigures.statistics(r.overall()));
    List<Map<String, Object>> codes = new ArrayList<>();
    for (CodeReliability c : r.codes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", c.code());
      m.put("bothCoded", c.bothCoded());
      m.put("onlyFirst", c.onlyFirst());
      m.put("onlySecond", c.onlySecond());
      m.put("neither", c.neither());
      if (d.coders().size() > 2) {
        m.put("byCoders", c.byCoders());
      }
      m.put("statistics", AgreeFigures.statistics(c.report()));
      codes.add(m);
    }
    root.put("codes", codes);
    Map<String, @Nullable Object> overall = new LinkedHashMap<>();
    overall.put("decisions", r.overall().units());
    Map<String, @Nullable Object> stats = AgreeFigures.statistics(r.overall());
    boolean two = d.coders().size() == 2;
    stats.put(
        "pooledKappa",
        two
            ? AgreeFigures.json(r.pooledKappa(), AgreeFigures.kappaReading(r.pooledKappa().value()))
            : null);
    stats.put(
        "meanKappa",
        two
            ? AgreeFigures.json(r.meanKappa(), AgreeFigures.kappaReading(r.meanKappa().value()))
            : null);
    overall.put("statistics", stats);
    root.put("overall", overall);
    root.put("unused", unused);
    if (minAlpha != null) {
      Map<String, Object> gate = new LinkedHashMap<>();
      gate.put("minAlpha", minAlpha);
      gate.put("passed", !r.failsGate(minAlpha));
      gate.put("codesBelow", r.codesBelow(minAlpha).stream().map(CodeReliability::code).toList());
      root.put("gate", gate);
    }
    return root;
  }

  /** The transcripts compared, for the person at the terminal. */
  static List<String> head(UnitDecisions d) {
    return List.of(
        String.format(
            Locale.ROOT,
            "Double-coded transcripts: %s (%d of %d, %.1f%% of" + " the study)",
            String.join(", ", d.transcripts()),
            d.transcripts().size(),
            d.studyTranscripts(),
            100 * d.proportionOfStudy()));
  }

  /** The summary of unit-level agreement for the person at the terminal. */
  static List<String> summary(UnitDecisions d, UnitReliability r, List<String> unused) {
    List<String> lines = new ArrayList<>();
    String overlap =
        d.selection().minOverlap() == 0
            ? "any overlap"
            : "at least "
                + Figures.fixed(100 * d.selection().minOverlap(), 0)
                + "% of a unit covered";
    lines.add(
        String.format(
            Locale.ROOT,
            "Compared: %d participant %ss x %d codes, %s; coders %s" + " (first to last)",
            d.units().size(),
            d.unitType().label(),
            d.codes().size(),
            overlap,
            String.join(", ", d.coders())));
    double alpha = r.overallAlpha();
    StringBuilder overall =
        new StringBuilder(
            "Overall: alpha "
                + AgreeFigures.cell(alpha, 3)
                + " "
                + AgreeFigures.interval(
                    r.overall().estimate(Statistic.KRIPPENDORFF_ALPHA).orElse(Estimate.undefined()),
                    3)
                + " "
                + AgreeFigures.shortReading(Statistic.KRIPPENDORFF_ALPHA, alpha));
    if (d.coders().size() == 2) {
      overall
          .append("; pooled kappa ")
          .append(AgreeFigures.cell(r.pooledKappa().value(), 3))
          .append(" ")
          .append(AgreeFigures.interval(r.pooledKappa(), 3))
          .append(" ")
          .append(AgreeFigures.shortReading(Statistic.COHEN_KAPPA, r.pooledKappa().value()))
          .append("; mean kappa ")
          .append(AgreeFigures.cell(r.meanKappa().value(), 3));
    }
    lines.add(overall.toString().replace("  ", " "));
    if (!unused.isEmpty()) {
      lines.add(
          "Unused: "
              + unused.size()
              + (unused.size() == 1 ? " code" : " codes")
              + " no coder applied in these transcripts (last rows), not counted as agreement");
    }
    return lines;
  }
}
