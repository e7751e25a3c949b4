package io.tacit.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The report's data as tidy CSV for R and pandas: one observation per row, one file per kind of
 * observation, snake_case headers, empty cells for figures that could not be computed. Stateless.
 */
final class TidyCsv {
  /** The code of agreement.csv's rows over every unit-by-code decision. */
  static final String ALL_CODES = "(all codes)";

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private TidyCsv() {}

  /** File name (under data/) to content, in file name order. */
  static Map<String, String> files(Report r) {
    Map<String, String> files = new LinkedHashMap<>();
    if (r.agreement() != null) {
      files.put("agreement.csv", agreement(r.agreement()));
    }
    files.put("code-frequencies.csv", frequencies(r.codebook()));
    files.put("cooccurrence.csv", cooccurrence(r.associations()));
    if (r.agreement() != null && r.agreement().decisions() != null) {
      files.put("decisions.csv", decisions(r.agreement().decisions()));
    }
    files.put("matrix.csv", matrix(r.matrix()));
    files.put("quotes.csv", quotes(r.themes()));
    files.put("theme-codes.csv", themeCodes(r.themes()));
    files.put("theme-groups.csv", themeGroups(r.themes()));
    files.put("themes.csv", themes(r.themes()));
    return files;
  }

  private static String agreement(AgreementSection a) {
    List<List<Object>> rows = new ArrayList<>();
    for (AgreementSection.CodeAgreement c : a.codes()) {
      for (Object[] s :
          new Object[][] {
            {"percentAgreement", c.percent()},
            {"cohenKappa", c.kappa()},
            {"krippendorffAlpha", c.alpha()}
          }) {
        Figure f = (Figure) s[1];
        rows.add(
            List.of(
                c.code(),
                a.first(),
                a.second(),
                a.unit(),
                a.units(),
                c.both(),
                c.onlyFirst(),
                c.onlySecond(),
                c.neither(),
                s[0],
                cell(f.value()),
                cell(f.low()),
                cell(f.high())));
      }
    }
    for (Object[] s :
        new Object[][] {
          {"percentAgreement", a.percent()},
          {"krippendorffAlpha", a.alpha()},
          {"pooledKappa", a.pooledKappa()}
        }) {
      Figure f = (Figure) s[1];
      rows.add(
          List.of(
              ALL_CODES,
              a.first(),
              a.second(),
              a.unit(),
              a.units(),
              "",
              "",
              "",
              "",
              s[0],
              cell(f.value()),
              cell(f.low()),
              cell(f.high())));
    }
    return write(
        List.of(
            "code",
            "first",
            "second",
            "unit",
            "units",
            "both",
            "only_first",
            "only_second",
            "neither",
            "statistic",
            "value",
            "ci_low",
            "ci_high"),
        rows);
  }

  private static String frequencies(CodebookSection cb) {
    List<List<Object>> rows = new ArrayList<>();
    for (CodebookSection.CodeRow c : cb.codes()) {
      for (int i = 0; i < cb.coders().size(); i++) {
        rows.add(List.of(c.id(), c.name(), c.depth(), cb.coders().get(i), c.counts().get(i)));
      }
    }
    return write(List.of("code", "name", "depth", "coder", "codings"), rows);
  }

  private static String cooccurrence(Report.Associations a) {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < a.codes().size(); i++) {
      for (int j = 0; j < a.codes().size(); j++) {
        if (i != j) {
          rows.add(
              List.of(
                  a.codes().get(i).id(), a.codes().get(j).id(), cell(a.values().get(i).get(j))));
        }
      }
    }
    return write(List.of("code_a", "code_b", "association"), rows);
  }

  private static String decisions(Decisions d) {
    List<List<Object>> rows = new ArrayList<>();
    d.byDecision().forEach((k, n) -> rows.add(List.of(k, n)));
    rows.add(List.of("unsettled", d.unsettled()));
    return write(List.of("decision", "disagreements"), rows);
  }

  private static String matrix(MatrixSection m) {
    List<List<Object>> rows = new ArrayList<>();
    for (MatrixSection.Row r : m.rows()) {
      for (MatrixSection.Cell c : r.cells()) {
        rows.add(
            List.of(
                r.participant(),
                r.role(),
                r.group(),
                c.theme(),
                c.count(),
                String.join(" ", c.units())));
      }
    }
    return write(List.of("participant", "role", "group", "theme", "extracts", "units"), rows);
  }

  private static String quotes(List<ThemeSection> themes) {
    List<List<Object>> rows = new ArrayList<>();
    themes.forEach(
        t ->
            t.quotes()
                .forEach(
                    q ->
                        rows.add(
                            List.of(
                                t.id(),
                                q.unit(),
                                q.participant(),
                                q.role(),
                                q.attribution(),
                                q.text()))));
    return write(List.of("theme", "unit", "participant", "role", "attribution", "text"), rows);
  }

  private static String themeCodes(List<ThemeSection> themes) {
    List<List<Object>> rows = new ArrayList<>();
    themes.forEach(t -> t.codes().forEach(c -> rows.add(List.of(t.id(), c.id(), c.name()))));
    return write(List.of("theme", "code", "name"), rows);
  }

  private static String themeGroups(List<ThemeSection> themes) {
    List<List<Object>> rows = new ArrayList<>();
    themes.forEach(
        t -> t.byGroup().forEach(g -> rows.add(List.of(t.id(), g.group(), g.n(), g.of()))));
    return write(List.of("theme", "group", "participants", "participants_of"), rows);
  }

  private static String themes(List<ThemeSection> themes) {
    List<List<Object>> rows = new ArrayList<>();
    themes.forEach(
        t ->
            rows.add(
                List.of(
                    t.id(),
                    t.name(),
                    t.status(),
                    t.depth(),
                    t.extracts(),
                    t.participants(),
                    t.of(),
                    t.description())));
    return write(
        List.of(
            "theme",
            "name",
            "status",
            "depth",
            "extracts",
            "participants",
            "participants_of",
            "description"),
        rows);
  }

  private static Object cell(@Nullable Double v) {
    return v == null ? "" : Figure.format(v);
  }

  private static String write(List<String> header, List<List<Object>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      printer.printRecord(header);
      for (List<Object> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
