package io.tacit.report;

import io.tacit.agreement.Bootstrap;
import io.tacit.codebook.ChangelogEntry;
import io.tacit.codebook.Code;
import io.tacit.codebook.Codebook;
import io.tacit.coding.Coding;
import io.tacit.participant.Participant;
import io.tacit.theme.CodedData;
import io.tacit.theme.Cooccurrence;
import io.tacit.theme.FrameworkMatrix;
import io.tacit.theme.Quote;
import io.tacit.theme.Reach;
import io.tacit.theme.Theme;
import io.tacit.theme.ThemeQuotes;
import io.tacit.theme.ThemeReview;
import io.tacit.transcript.Transcript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds a {@link Report} from its inputs: the same inputs give an equal report. Stateless. */
public final class ReportBuilder {
  /** Quotes per theme. */
  static final int QUOTES = 3;

  /** Neighbouring units either side that count as together, as {@code themes suggest}. */
  static final int WINDOW = 1;

  private ReportBuilder() {}

  public static Report build(ReportInput in) {
    return build(in, Bootstrap.DEFAULT);
  }

  /** The agreement section alone; empty when no transcript was coded by two coders. */
  public static Optional<AgreementSection> agreement(ReportInput in) {
    return ReportAgreement.of(in, Bootstrap.DEFAULT);
  }

  static Report build(ReportInput in, Bootstrap bootstrap) {
    CodedData data =
        CodedData.of(in.codings().get(in.coder()), in.transcripts(), in.participants(), in.unit());
    Overview overview = overview(in, data);
    CodebookSection codebook = codebook(in);
    AgreementSection agreement = ReportAgreement.of(in, bootstrap).orElse(null);
    ThemeReview.Result review =
        ThemeReview.review(data, in.themes(), Optional.empty(), ThemeReview.Options.DEFAULT);
    Map<String, List<Quote>> quotes = ThemeQuotes.of(data, in.themes(), QUOTES);
    List<ThemeSection> themes = new ArrayList<>();
    for (Theme t : in.themes().themes()) {
      addTheme(themes, t, 0, in, data, quotes);
    }
    List<Report.Overlap> overlaps =
        review.overlaps().stream()
            .map(o -> new Report.Overlap(o.themeA(), o.themeB(), o.shared(), o.jaccard()))
            .toList();
    Report report =
        new Report(
            in.title(),
            in.timestamp(),
            overview,
            codebook,
            agreement,
            themes,
            review.codesInNoTheme(),
            associations(in, data),
            overlaps,
            matrix(in, data),
            "",
            in.inputs());
    return report.withMethods(Methods.paragraph(report));
  }

  private static Overview overview(ReportInput in, CodedData data) {
    Map<String, Integer> roles = new TreeMap<>();
    Map<String, Integer> groups = new TreeMap<>();
    Set<String> people = new TreeSet<>();
    in.transcripts().forEach(t -> people.add(t.participant()));
    for (String p : people) {
      Optional<Participant> found = in.participants().find(p);
      roles.merge(found.flatMap(Participant::role).orElse("(no role)"), 1, Integer::sum);
      found.flatMap(Participant::group).ifPresent(g -> groups.merge(g, 1, Integer::sum));
    }
    List<Overview.Count> roleCounts =
        roles.entrySet().stream()
            .map(e -> new Overview.Count(e.getKey(), e.getValue()))
            .sorted(
                Comparator.comparingInt((Overview.Count c) -> -c.n())
                    .thenComparing(Overview.Count::label))
            .toList();
    List<Overview.CoderWork> coders = new ArrayList<>();
    Map<String, Integer> codersPerDoc = new TreeMap<>();
    in.codings()
        .forEach(
            (coder, codings) -> {
              Set<String> docs = new TreeSet<>();
              codings.forEach(c -> docs.add(c.doc()));
              if (!coder.equals("consensus")
                  && !coder.equals("auto")
                  && !(in.decisions() != null && coder.equals(in.coder()))) {
                docs.forEach(d -> codersPerDoc.merge(d, 1, Integer::sum));
              }
              coders.add(
                  new Overview.CoderWork(
                      coder,
                      List.copyOf(docs),
                      docs.size() == in.transcripts().size(),
                      codings.size(),
                      note(in, coder)));
            });
    List<String> doubleCoded =
        codersPerDoc.entrySet().stream()
            .filter(e -> e.getValue() > 1)
            .map(Map.Entry::getKey)
            .toList();
    return new Overview(
        in.project(),
        in.transcripts().size(),
        in.transcripts().stream().mapToInt(Transcript::words).sum(),
        data.units().size(),
        people.size(),
        roleCounts,
        groups.entrySet().stream().map(e -> new Overview.Count(e.getKey(), e.getValue())).toList(),
        coders,
        in.coder(),
        in.unit().label(),
        doubleCoded);
  }

  private static String note(ReportInput in, String coder) {
    List<String> notes = new ArrayList<>();
    if (coder.equals(in.leadCoder())) {
      notes.add("lead coder");
    }
    if (in.decisions() != null && coder.equals(in.coder())) {
      notes.add("consensus of " + in.decisions().first() + " and " + in.decisions().second());
    }
    if (coder.equals(in.coder())) {
      notes.add("themes, quotes and matrix");
    }
    return String.join("; ", notes);
  }

  private static CodebookSection codebook(ReportInput in) {
    Codebook cb = in.codebook();
    List<String> coders = List.copyOf(in.codings().keySet());
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    in.codings()
        .forEach(
            (coder, codings) -> {
              for (Coding c : codings) {
                counts
                    .computeIfAbsent(c.code(), k -> new TreeMap<>())
                    .merge(coder, 1, Integer::sum);
              }
            });
    List<CodebookSection.CodeRow> rows = new ArrayList<>();
    for (Code c : cb.all()) {
      Map<String, Integer> byCoder = counts.getOrDefault(c.id(), Map.of());
      rows.add(
          new CodebookSection.CodeRow(
              c.id(),
              c.name(),
              cb.depth(c.id()),
              coders.stream().map(k -> byCoder.getOrDefault(k, 0)).toList(),
              byCoder.getOrDefault(in.coder(), 0)));
    }
    List<CodebookSection.Change> changes =
        cb.changelog().stream()
            .map(
                (ChangelogEntry e) ->
                    new CodebookSection.Change(
                        e.date(), e.action().label(), e.code(), e.detail(), e.reason()))
            .toList();
    return new CodebookSection(cb.title(), cb.version(), cb.source(), coders, rows, changes);
  }

  private static void addTheme(
      List<ThemeSection> out,
      Theme t,
      int depth,
      ReportInput in,
      CodedData data,
      Map<String, List<Quote>> quotes) {
    Reach reach = Reach.of(data, data.extractsOfAny(Set.copyOf(t.allCodes())));
    List<ThemeSection.GroupReach> groups =
        reach.byGroup().entrySet().stream()
            .map(e -> new ThemeSection.GroupReach(e.getKey(), e.getValue().n(), e.getValue().of()))
            .toList();
    List<ThemeSection.QuoteView> quoted =
        quotes.getOrDefault(t.id(), List.of()).stream()
            .map(
                q ->
                    new ThemeSection.QuoteView(
                        q.unit().toString(),
                        q.participant(),
                        q.role(),
                        Attribution.of(q.role(), q.participant()),
                        q.text()))
            .toList();
    out.add(
        new ThemeSection(
            t.id(),
            t.name(),
            t.description(),
            t.status().name().toLowerCase(java.util.Locale.ROOT),
            depth,
            t.codes().stream()
                .map(c -> new ThemeSection.CodeRef(c, ReportAgreement.name(in, c)))
                .toList(),
            reach.extracts(),
            reach.participants(),
            reach.of(),
            groups,
            quoted));
    t.subthemes().forEach(s -> addTheme(out, s, depth + 1, in, data, quotes));
  }

  private static Report.Associations associations(ReportInput in, CodedData data) {
    List<String> codes =
        new ArrayList<>(
            new java.util.LinkedHashSet<>(
                in.themes().all().stream().flatMap(t -> t.codes().stream()).toList()));
    Cooccurrence cooc = Cooccurrence.of(data, codes.stream().sorted().toList(), WINDOW);
    List<List<Double>> values = new ArrayList<>();
    for (String a : codes) {
      List<Double> row = new ArrayList<>();
      for (String b : codes) {
        row.add(Figure.round(cooc.association(cooc.indexOf(a), cooc.indexOf(b))));
      }
      values.add(row);
    }
    return new Report.Associations(
        codes.stream().map(c -> new ThemeSection.CodeRef(c, ReportAgreement.name(in, c))).toList(),
        values);
  }

  private static MatrixSection matrix(ReportInput in, CodedData data) {
    List<FrameworkMatrix.Column> columns = FrameworkMatrix.themeColumns(in.themes());
    FrameworkMatrix m = FrameworkMatrix.of(data, in.participants(), "participant", columns);
    List<MatrixSection.Row> rows = new ArrayList<>();
    for (int r = 0; r < m.cases().size(); r++) {
      String p = m.cases().get(r);
      Optional<Participant> found = in.participants().find(p);
      List<MatrixSection.Cell> cells = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        FrameworkMatrix.Cell cell = m.cells().get(r).get(c);
        cells.add(
            new MatrixSection.Cell(
                columns.get(c).id(),
                cell.count(),
                cell.units().stream().map(Object::toString).toList()));
      }
      rows.add(
          new MatrixSection.Row(
              p,
              found.flatMap(Participant::role).orElse(""),
              found.flatMap(Participant::group).orElse(""),
              cells));
    }
    return new MatrixSection(
        columns.stream().map(c -> new ThemeSection.CodeRef(c.id(), c.name())).toList(), rows);
  }
}
