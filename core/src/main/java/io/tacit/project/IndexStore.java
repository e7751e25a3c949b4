package io.tacit.project;

import io.tacit.participant.Participant;
import io.tacit.participant.ParticipantTable;
import io.tacit.search.CodedSpan;
import io.tacit.search.IndexReport;
import io.tacit.search.IndexState;
import io.tacit.search.IndexedTranscript;
import io.tacit.search.UnitIndex;
import io.tacit.search.UnitSearch;
import io.tacit.transcript.Transcript;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The project's search index in .tacit/index: derived data, brought up to date whenever it is
 * stale. Staleness is one cheap check (see {@link IndexInputs}); when the inputs changed, only the
 * transcripts whose files or codings changed are re-indexed, unless the participants changed, which
 * rebuilds it all. Writing happens under the project lock; searching needs none.
 *
 * <p>Holds no state but the files, so any number may be used at once. An update takes the project
 * lock itself (re-entrantly, so a caller that already holds it may refresh too).
 */
public final class IndexStore {
  private final Project project;
  private final Path dir;

  IndexStore(Project project) {
    this.project = project;
    this.dir = project.derivedDir().resolve("index");
  }

  /** Brings the index up to date if it is stale, then opens it; the caller closes it. */
  public UnitSearch open() {
    refresh(false);
    return UnitIndex.open(dir);
  }

  /**
   * Brings the index up to date: nothing if it is current, else an update or a rebuild.
   *
   * @param rebuild rebuild from scratch even if it is current
   * @return what was done
   */
  public IndexReport refresh(boolean rebuild) {
    long t0 = System.nanoTime();
    if (!rebuild) {
      IndexState state = UnitIndex.state(dir);
      if (state.isCurrent(IndexInputs.of(project).fingerprint())) {
        return current(state, t0);
      }
    }
    try (ProjectLock lock = project.lock()) {
      // Another command may have brought it up to date while this one waited for the lock.
      IndexInputs inputs = IndexInputs.of(project);
      IndexState state = UnitIndex.state(dir);
      if (!rebuild && state.isCurrent(inputs.fingerprint())) {
        return current(state, t0);
      }
      return write(inputs, state, rebuild);
    }
  }

  private IndexReport write(IndexInputs inputs, IndexState state, boolean rebuild) {
    ParticipantTable participants = project.participants().load();
    Map<String, List<CodedSpan>> codings = new HashMap<>();
    project
        .codings()
        .tables()
        .forEach(
            (coder, table) ->
                table
                    .rows()
                    .forEach(
                        r ->
                            codings
                                .computeIfAbsent(table.doc(r), k -> new ArrayList<>())
                                .add(new CodedSpan(coder, table.doc(r), r.span(), table.code(r)))));
    TranscriptStore transcripts = project.transcripts();
    List<String> ids = transcripts.ids();
    Map<String, String> keys = new TreeMap<>();
    for (String id : ids) {
      keys.put(id, inputs.transcriptKey(id, codings.getOrDefault(id, List.of())));
    }
    IndexState stamp =
        IndexState.of(inputs.fingerprint(), inputs.base(), participants.columns(), keys);
    UnitIndex.Source source =
        id -> {
          Transcript t = transcripts.load(id);
          return new IndexedTranscript(
              t, attributes(participants, t.participant()), codings.getOrDefault(id, List.of()));
        };
    if (rebuild || !state.canUpdateTo(stamp)) {
      return UnitIndex.rebuild(dir, ids, source, stamp);
    }
    List<String> changed =
        ids.stream().filter(id -> !keys.get(id).equals(state.transcripts().get(id))).toList();
    Set<String> removed = new TreeSet<>(state.transcripts().keySet());
    removed.removeAll(keys.keySet());
    try {
      return UnitIndex.update(dir, changed, removed, source, stamp);
    } catch (java.io.UncheckedIOException e) {
      // Its commit was readable but a segment was not: it is derived data, so start again.
      return UnitIndex.rebuild(dir, ids, source, stamp);
    }
  }

  private static Map<String, String> attributes(ParticipantTable table, String participant) {
    Map<String, String> attrs = new LinkedHashMap<>();
    table
        .find(participant)
        .map(Participant::attributes)
        .orElse(Map.of())
        .forEach(
            (k, v) -> {
              if (!v.isBlank()) {
                attrs.put(k, v);
              }
            });
    return attrs;
  }

  private IndexReport current(IndexState state, long t0) {
    return new IndexReport(
        IndexReport.Action.CURRENT,
        state.transcripts().size(),
        UnitIndex.units(dir),
        List.of(),
        List.of(),
        Duration.ofNanos(System.nanoTime() - t0));
  }
}
