package io.tacit.cli.command.theme;

import io.tacit.cli.render.Figures;
import io.tacit.cli.render.TableView;
import io.tacit.theme.CodeAgreement;
import io.tacit.theme.ThemeReview;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A theme review as a table (one row per theme) and as JSON. */
final class ReviewView {
  private ReviewView() {}

  static TableView table(ThemeReview.Result r) {
    List<List<String>> rows = new ArrayList<>();
    for (ThemeReview.Report t : r.themes()) {
      rows.add(
          List.of(
              t.id(),
              t.name(),
              t.status().label(),
              String.valueOf(t.reach().extracts()),
              SuggestView.reach(t.reach()),
              SuggestView.groups(t.reach()),
              t.thin() ? "thin" : "",
              String.join(" ", t.agreement().stream().map(ReviewView::agreement).toList()),
              String.join(
                  " ",
                  t.overlaps().stream()
                      .map(o -> other(o, t.id()) + " " + Figures.fixed(o.jaccard(), 2))
                      .toList()),
              String.join(" ", t.apart().stream().map(a -> a.unit().toString()).toList())));
    }
    return new TableView(
        List.of(
            "id",
            "name",
            "status",
            "extracts",
            "participants",
            "byGroup",
            "thin",
            "agreement",
            "sharedWith",
            "apart"),
        rows);
  }

  private static String agreement(CodeAgreement a) {
    return a.code()
        + " "
        + Figures.fixed(a.percent(), 2)
        + "/"
        + a.kappa().map(k -> Figures.fixed(k, 2)).orElse("-");
  }

  private static String other(ThemeReview.Overlap o, String id) {
    return o.themeA().equals(id) ? o.themeB() : o.themeA();
  }

  static Map<String, Object> json(ThemeReview.Result r) {
    Map<String, Object> root = new LinkedHashMap<>();
    List<Map<String, Object>> themes = new ArrayList<>();
    for (ThemeReview.Report t : r.themes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", t.id());
      m.put("name", t.name());
      m.put("status", t.status().label());
      m.put("codes", t.codes());
      m.put("extracts", t.reach().extracts());
      m.put("participants", t.reach().participants());
      m.put("participantsOf", t.reach().of());
      m.put("byGroup", SuggestView.byGroup(t.reach()));
      m.put("thin", t.thin());
      m.put("agreement", t.agreement().stream().map(ReviewView::agreementJson).toList());
      m.put("sharedWith", t.overlaps().stream().map(o -> overlap(o, other(o, t.id()))).toList());
      m.put(
          "apart",
          t.apart().stream()
              .map(
                  a -> {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("unit", a.unit().toString());
                    e.put("participant", a.participant());
                    e.put("codes", a.codes());
                    e.put("similarity", Figures.round(a.similarity(), 4));
                    e.put("text", a.text());
                    return e;
                  })
              .toList());
      themes.add(m);
    }
    root.put("themes", themes);
    root.put(
        "overlaps",
        r.overlaps().stream()
            .map(
                o -> {
                  Map<String, Object> e = new LinkedHashMap<>();
                  e.put("themeA", o.themeA());
                  e.put("themeB", o.themeB());
                  e.put("shared", o.shared());
                  e.put("jaccard", Figures.round(o.jaccard(), 4));
                  return e;
                })
            .toList());
    root.put("codesInNoTheme", r.codesInNoTheme());
    return root;
  }

  private static Map<String, Object> overlap(ThemeReview.Overlap o, String other) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("theme", other);
    e.put("shared", o.shared());
    e.put("jaccard", Figures.round(o.jaccard(), 4));
    return e;
  }

  private static Map<String, Object> agreementJson(CodeAgreement a) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("code", a.code());
    e.put("secondCoder", a.other());
    e.put("units", a.units());
    e.put("both", a.both());
    e.put("onlyFirst", a.onlyFirst());
    e.put("onlySecond", a.onlySecond());
    e.put("percentAgreement", Figures.round(a.percent(), 4));
    e.put("cohenKappa", a.kappa().map(k -> Figures.round(k, 4)).orElse(null));
    return e;
  }
}
