package io.tacit.cli.serve;

import io.tacit.codebook.Code;
import io.tacit.codebook.Codebook;
import io.tacit.coding.Coding;
import io.tacit.coding.reliability.Disagreement;
import io.tacit.coding.reliability.Selection;
import io.tacit.memo.MemoTarget;
import io.tacit.project.CoderComparison;
import io.tacit.project.CodingStore;
import io.tacit.project.Project;
import io.tacit.search.SearchRequest;
import io.tacit.search.SearchResult;
import io.tacit.search.UnitSearch;
import io.tacit.text.Ids;
import io.tacit.text.Span;
import io.tacit.transcript.Role;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.Turn;
import io.tacit.transcript.UnitId;
import io.tacit.transcript.UnitType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the page reads, each a JSON value made from core calls: the project and its code tree, the
 * transcripts with each coder's progress, one transcript with a coder's codings and its file's
 * version, two coders side by side with their disagreements, and search hits. Offsets are code
 * points of the canonical text, as everywhere in Tacit. Immutable; thread-safe.
 */
final class Views {
  /** Colours for codes without one in the codebook, in codebook order. */
  private static final List<String> PALETTE =
      List.of(
          "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
          "#9c755f", "#86bcb6", "#d37295", "#a0cbe8");

  private final Project project;
  private final String coder;

  record CodeJson(
      String id,
      String name,
      String shortDefinition,
      String definition,
      String include,
      String exclude,
      String color,
      List<CodeJson> children) {}

  record ProjectJson(
      String name, String lead, String coder, List<String> coders, List<CodeJson> codes) {}

  record Progress(int unitsCoded, int codings) {}

  record TranscriptRow(
      String id,
      String title,
      String participant,
      int units,
      int words,
      Map<String, Progress> progress) {}

  record TurnJson(String id, String speaker, String role, int start, int end, String text) {}

  record CodingJson(int start, int end, String code, String memo, String created) {}

  record MemoJson(String created, String coder, String text) {}

  record TranscriptJson(
      String id,
      String title,
      String participant,
      String coder,
      String version,
      List<TurnJson> turns,
      List<CodingJson> codings,
      Map<String, List<MemoJson>> memos) {}

  record DisagreementJson(String unit, String code, List<String> appliedBy) {}

  record CompareJson(
      String id,
      String title,
      List<String> coders,
      List<TurnJson> turns,
      Map<String, List<CodingJson>> codings,
      List<DisagreementJson> disagreements) {}

  record HitJson(
      String unit,
      String doc,
      String participant,
      String speaker,
      double score,
      String text,
      int start,
      int end,
      List<int[]> matches) {}

  record SearchJson(String query, long total, List<HitJson> hits) {}

  Views(Project project, String coder) {
    this.project = project;
    this.coder = coder;
  }

  ProjectJson project() {
    Codebook codebook = project.codebook().load();
    Map<String, String> colors = new TreeMap<>();
    List<Code> all = codebook.all();
    for (int i = 0; i < all.size(); i++) {
      Code c = all.get(i);
      colors.put(c.id(), c.color() != null ? c.color() : PALETTE.get(i % PALETTE.size()));
    }
    String lead = project.settings().leadCoder();
    return new ProjectJson(
        project.settings().name(),
        lead == null ? "" : lead,
        coder,
        project.codings().coders(),
        codebook.codes().stream().map(c -> tree(c, colors)).toList());
  }

  private static CodeJson tree(Code c, Map<String, String> colors) {
    return new CodeJson(
        c.id(),
        c.name(),
        c.shortDefinition(),
        c.definition(),
        c.include(),
        c.exclude(),
        colors.get(c.id()),
        c.children().stream().map(k -> tree(k, colors)).toList());
  }

  /** Every transcript with, for each coder, how many of its participant turns they coded. */
  List<TranscriptRow> transcripts() {
    // Each coder's spans by transcript, grouped once rather than filtered per transcript.
    Map<String, Map<String, List<Span>>> spans = new TreeMap<>();
    project
        .codings()
        .tables()
        .forEach(
            (name, table) -> {
              Map<String, List<Span>> byDoc = new HashMap<>();
              table
                  .rows()
                  .forEach(
                      r ->
                          byDoc
                              .computeIfAbsent(table.doc(r), k -> new ArrayList<>())
                              .add(r.span()));
              spans.put(name, byDoc);
            });
    List<TranscriptRow> rows = new ArrayList<>();
    for (Transcript t : project.transcripts().loadAll()) {
      List<Turn> units = t.turns().stream().filter(u -> u.role() == Role.PARTICIPANT).toList();
      Map<String, Progress> progress = new LinkedHashMap<>();
      spans.forEach(
          (name, byDoc) -> {
            List<Span> mine = byDoc.getOrDefault(t.id(), List.of());
            int coded =
                (int)
                    units.stream()
                        .filter(u -> mine.stream().anyMatch(s -> s.overlap(u.span()) > 0))
                        .count();
            progress.put(name, new Progress(coded, mine.size()));
          });
      rows.add(
          new TranscriptRow(t.id(), t.title(), t.participant(), units.size(), t.words(), progress));
    }
    return rows;
  }

  /** A transcript with one coder's codings of it, and the version of that coder's file. */
  TranscriptJson transcript(String id, String who) {
    Transcript t = load(id);
    CodingStore store = project.codings();
    // The version is taken before the codings are read: if the file changes in between, the
    // page holds an older version than its codings, and its next write is refused, not lost.
    String version = store.version(who);
    List<CodingJson> codings = codings(store.load(who), id);
    Map<String, List<MemoJson>> memos = new TreeMap<>();
    project.memos().list(null).stream()
        .filter(m -> m.target().kind() == MemoTarget.Kind.UNIT)
        .filter(m -> m.target().unit().map(u -> u.doc().equals(id)).orElse(false))
        .forEach(
            m ->
                memos
                    .computeIfAbsent(m.target().id(), k -> new ArrayList<>())
                    .add(new MemoJson(m.created(), m.coder(), m.text())));
    return new TranscriptJson(
        t.id(), t.title(), t.participant(), who, version, turns(t), codings, memos);
  }

  /** Two coders' codings of one transcript side by side, with the turns they disagree on. */
  CompareJson compare(String id, String first, String second) {
    Transcript t = load(id);
    Ids.require("coder", first);
    Ids.require("coder", second);
    if (first.equals(second)) {
      throw new HttpError(400, "choose two different coders to compare");
    }
    CoderComparison comparison =
        CoderComparison.load(
            project, new Selection(List.of(first, second), UnitType.TURN, Set.of(id), Set.of(), 0));
    Map<String, List<CodingJson>> codings = new LinkedHashMap<>();
    for (String c : List.of(first, second)) {
      codings.put(
          c,
          codings(
              comparison.codings().codings().stream().filter(x -> x.coder().equals(c)).toList(),
              id));
    }
    List<Disagreement> disagreements = comparison.decisions().disagreements();
    return new CompareJson(
        t.id(),
        t.title(),
        List.of(first, second),
        turns(t),
        codings,
        disagreements.stream()
            .map(d -> new DisagreementJson(d.unit().id().toString(), d.code(), d.appliedBy()))
            .toList());
  }

  /** The best participant turns for a Lucene query. */
  SearchJson search(String query, int limit) {
    SearchResult result;
    try (UnitSearch search = project.index().open()) {
      result =
          search.search(
              new SearchRequest(query, UnitType.TURN, false, null, null, Map.of(), limit));
    }
    return new SearchJson(
        query,
        result.total(),
        result.hits().stream()
            .map(
                h ->
                    new HitJson(
                        h.unit().toString(),
                        h.unit().doc(),
                        h.participant(),
                        h.speaker(),
                        Math.round(h.score() * 1000) / 1000.0,
                        h.text(),
                        h.span().start(),
                        h.span().end(),
                        h.matches().stream().map(m -> new int[] {m.start(), m.end()}).toList()))
            .toList());
  }

  private Transcript load(String id) {
    return project.transcripts().load(Ids.require("transcript", id));
  }

  private static List<TurnJson> turns(Transcript t) {
    return t.turns().stream()
        .map(
            u ->
                new TurnJson(
                    new UnitId(t.id(), UnitType.TURN, u.number()).toString(),
                    u.speaker(),
                    u.role().label(),
                    u.span().start(),
                    u.span().end(),
                    t.text(u.span())))
        .toList();
  }

  private static List<CodingJson> codings(List<Coding> codings, String doc) {
    return codings.stream()
        .filter(c -> c.doc().equals(doc))
        .sorted()
        .map(
            c ->
                new CodingJson(
                    c.span().start(), c.span().end(), c.code(), c.memo(), c.created().toString()))
        .toList();
  }
}
