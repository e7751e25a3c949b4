package io.tacit.cli.command.agree;

import io.tacit.agreement.Estimate;
import io.tacit.agreement.Statistic;
import io.tacit.cli.render.Figures;
import io.tacit.cli.render.TableView;
import io.tacit.coding.reliability.CharAgreement;
import io.tacit.coding.reliability.CharCounts;
import io.tacit.coding.reliability.SpanAgreement;
import io.tacit.coding.reliability.UnitDecisions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Character-level (NVivo) and segment (MAXQDA) agreement as tables and JSON. The JSON keeps the
 * shape of the unit-level output: for characters, bothCoded and the rest count characters; for
 * segments, bothCoded counts matched segments and onlyFirst and onlySecond each coder's unmatched
 * ones, and neither is null (a segment comparison has no such cell). Statistics that do not apply
 * are null.
 */
final class SegmentViews {
  private SegmentViews() {}

  static TableView chars(CharAgreement c, boolean tidy) {
    List<List<String>> rows = new ArrayList<>();
    for (CharAgreement.CodeChars code : c.codes()) {
      rows.add(charRow(code.code(), "(all)", code.total(), tidy));
      code.byTranscript()
          .forEach((doc, counts) -> rows.add(charRow(code.code(), doc, counts, tidy)));
    }
    rows.add(charRow(CodersView.ALL, "(all)", c.overall(), tidy));
    return new TableView(
        List.of(
            "code",
            "transcript",
            "bothCoded",
            "onlyFirst",
            "onlySecond",
            "neither",
            "percent",
            "kappa",
            tidy ? "kappaReading" : "reading"),
        rows);
  }

  private static List<String> charRow(String code, String doc, CharCounts n, boolean tidy) {
    int decimals = tidy ? 4 : 3;
    double kappa = n.kappa().value();
    return List.of(
        code,
        doc,
        String.valueOf(n.both()),
        String.valueOf(n.onlyFirst()),
        String.valueOf(n.onlySecond()),
        String.valueOf(n.neither()),
        AgreeFigures.cell(n.percent(), decimals),
        AgreeFigures.cell(kappa, decimals),
        AgreeFigures.shortReading(Statistic.COHEN_KAPPA, kappa));
  }

  static Map<String, @Nullable Object> charJson(
      UnitDecisions d, CharAgreement c, List<String> unused) {
    Map<String, @Nullable Object> root = head(d, "char", c.overall().total());
    root.put("statistics", charStatistics(c.overall()));
    List<Map<String, @Nullable Object>> codes = new ArrayList<>();
    for (CharAgreement.CodeChars code : c.codes()) {
      Map<String, @Nullable Object> m = charCounts(code.total());
      m.put("code", code.code());
      m.put("statistics", charStatistics(code.total()));
      List<Map<String, @Nullable Object>> docs = new ArrayList<>();
      code.byTranscript()
          .forEach(
              (doc, counts) -> {
                Map<String, @Nullable Object> t = charCounts(counts);
                t.put("transcript", doc);
                t.put("statistics", charStatistics(counts));
                docs.add(t);
              });
      m.put("transcripts", docs);
      codes.add(reorder(m, "code"));
    }
    root.put("codes", codes);
    root.put("overall", Map.of("statistics", charStatistics(c.overall())));
    root.put("unused", unused);
    return root;
  }

  private static Map<String, @Nullable Object> charCounts(CharCounts n) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("bothCoded", n.both());
    m.put("onlyFirst", n.onlyFirst());
    m.put("onlySecond", n.onlySecond());
    m.put("neither", n.neither());
    return m;
  }

  private static Map<String, @Nullable Object> charStatistics(CharCounts n) {
    Map<String, @Nullable Object> s = nulls();
    s.put(
        Statistic.PERCENT_AGREEMENT.key(),
        AgreeFigures.json(new Estimate(n.percent(), Double.NaN, Double.NaN, Double.NaN), null));
    s.put(
        Statistic.COHEN_KAPPA.key(),
        AgreeFigures.json(n.kappa(), AgreeFigures.kappaReading(n.kappa().value())));
    return s;
  }

  static TableView spans(SpanAgreement s, boolean tidy) {
    int decimals = tidy ? 4 : 3;
    List<List<String>> rows = new ArrayList<>();
    for (SpanAgreement.CodeSegments c : s.codes()) {
      rows.add(
          List.of(
              c.code(),
              String.valueOf(c.segmentsFirst()),
              String.valueOf(c.segmentsSecond()),
              String.valueOf(c.matched()),
              String.valueOf(c.unmatched()),
              AgreeFigures.cell(c.percent(), decimals),
              ""));
    }
    rows.add(
        List.of(
            CodersView.ALL,
            String.valueOf(
                s.codes().stream().mapToInt(SpanAgreement.CodeSegments::segmentsFirst).sum()),
            String.valueOf(
                s.codes().stream().mapToInt(SpanAgreement.CodeSegments::segmentsSecond).sum()),
            String.valueOf(s.matched()),
            String.valueOf(s.unmatched()),
            AgreeFigures.cell(s.percent(), decimals),
            AgreeFigures.cell(s.kappa(), decimals)));
    return new TableView(
        List.of(
            "code",
            "segmentsFirst",
            "segmentsSecond",
            "matched",
            "unmatched",
            "percent",
            "kappaBP"),
        rows);
  }

  static Map<String, @Nullable Object> spanJson(
      UnitDecisions d, SpanAgreement s, List<String> unused) {
    Map<String, @Nullable Object> root = head(d, "span", s.matched() + s.unmatched());
    root.put("minOverlap", s.minOverlap());
    root.put("statistics", spanStatistics(s.percent(), s.kappa()));
    List<Map<String, @Nullable Object>> codes = new ArrayList<>();
    for (SpanAgreement.CodeSegments c : s.codes()) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      m.put("code", c.code());
      m.put("bothCoded", c.matched());
      m.put("onlyFirst", c.segmentsFirst() - c.matchedFirst());
      m.put("onlySecond", c.segmentsSecond() - c.matchedSecond());
      m.put("neither", null);
      m.put("segmentsFirst", c.segmentsFirst());
      m.put("segmentsSecond", c.segmentsSecond());
      m.put("matched", c.matched());
      m.put("unmatched", c.unmatched());
      m.put("statistics", spanStatistics(c.percent(), Double.NaN));
      codes.add(m);
    }
    root.put("codes", codes);
    Map<String, @Nullable Object> overall = new LinkedHashMap<>();
    overall.put("matched", s.matched());
    overall.put("unmatched", s.unmatched());
    overall.put("statistics", spanStatistics(s.percent(), s.kappa()));
    root.put("overall", overall);
    root.put("unused", unused);
    return root;
  }

  private static Map<String, @Nullable Object> spanStatistics(double percent, double kappa) {
    Map<String, @Nullable Object> s = nulls();
    s.put(
        Statistic.PERCENT_AGREEMENT.key(),
        AgreeFigures.json(new Estimate(percent, Double.NaN, Double.NaN, Double.NaN), null));
    if (!Double.isNaN(kappa)) {
      s.put(
          Statistic.BRENNAN_PREDIGER.key(),
          AgreeFigures.json(
              new Estimate(kappa, Double.NaN, Double.NaN, Double.NaN),
              AgreeFigures.kappaReading(kappa)));
    }
    return s;
  }

  private static Map<String, @Nullable Object> head(UnitDecisions d, String unit, long units) {
    Map<String, @Nullable Object> root = new LinkedHashMap<>();
    root.put("units", units);
    root.put("coders", d.coders().size());
    root.put("coderNames", d.coders());
    root.put("level", "nominal");
    root.put("unit", unit);
    root.put("transcripts", d.transcripts());
    root.put("studyTranscripts", d.studyTranscripts());
    root.put("proportion", Figures.round(d.proportionOfStudy(), 6));
    return root;
  }

  private static Map<String, @Nullable Object> nulls() {
    Map<String, @Nullable Object> s = new LinkedHashMap<>();
    for (Statistic st : Statistic.values()) {
      s.put(st.key(), null);
    }
    return s;
  }

  /** The same entries with {@code first} first, so each code's JSON starts with its id. */
  private static Map<String, @Nullable Object> reorder(
      Map<String, @Nullable Object> m, String first) {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    out.put(first, m.get(first));
    m.forEach(
        (k, v) -> {
          if (!k.equals(first)) {
            out.put(k, v);
          }
        });
    return out;
  }
}
