package io.tacit.cli.command.theme;

import io.tacit.cli.render.Figures;
import io.tacit.cli.render.TableView;
import io.tacit.theme.Candidate;
import io.tacit.theme.Quote;
import io.tacit.theme.Reach;
import io.tacit.theme.Suggestion;
import io.tacit.theme.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Candidates as a table and as the JSON of DESIGN.md. */
final class SuggestView {
  private SuggestView() {}

  static TableView table(Suggestion s) {
    List<List<String>> rows = new ArrayList<>();
    for (Candidate c : s.candidates()) {
      rows.add(
          List.of(
              c.id(),
              c.name(),
              String.join(" ", c.codes()),
              String.valueOf(c.reach().extracts()),
              reach(c.reach()),
              groups(c.reach()),
              Figures.fixed(c.cohesion(), 3),
              String.join(" ", c.quotes().stream().map(q -> q.unit().toString()).toList())));
    }
    for (Suggestion.Alone a : s.alone()) {
      rows.add(
          List.of(
              "",
              "(not yet in a theme) " + a.name(),
              a.code(),
              String.valueOf(a.extracts()),
              String.valueOf(a.participants()),
              "",
              "",
              ""));
    }
    for (Suggestion.Unplaced u : s.unplaced()) {
      rows.add(
          List.of(
              "",
              "(not placed) " + u.name(),
              u.code(),
              String.valueOf(u.extracts()),
              "",
              "",
              "",
              ""));
    }
    return new TableView(
        List.of("id", "name", "codes", "extracts", "participants", "byGroup", "cohesion", "quotes"),
        rows);
  }

  static String reach(Reach r) {
    return r.participants() + "/" + r.of();
  }

  static String groups(Reach r) {
    return String.join(
        " ",
        r.byGroup().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue().n() + "/" + e.getValue().of())
            .toList());
  }

  static List<Map<String, Object>> json(Suggestion s) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Candidate c : s.candidates()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("name", c.name());
      m.put("codes", c.codes());
      m.put("extracts", c.reach().extracts());
      m.put("participants", c.reach().participants());
      m.put("participantsOf", c.reach().of());
      m.put("byGroup", byGroup(c.reach()));
      m.put("cohesion", Figures.round(c.cohesion(), 4));
      m.put("terms", c.terms().stream().map(Term::word).toList());
      m.put("description", c.description());
      m.put("quotes", c.quotes().stream().map(SuggestView::quote).toList());
      list.add(m);
    }
    return list;
  }

  static Map<String, Object> byGroup(Reach r) {
    Map<String, Object> groups = new LinkedHashMap<>();
    r.byGroup()
        .forEach(
            (g, n) -> {
              Map<String, Object> e = new LinkedHashMap<>();
              e.put("participants", n.n());
              e.put("of", n.of());
              groups.put(g, e);
            });
    return groups;
  }

  static Map<String, Object> quote(Quote q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("unit", q.unit().toString());
    m.put("participant", q.participant());
    m.put("role", q.role());
    m.put("text", q.text());
    return m;
  }
}
