package io.tacit.coding;

import io.tacit.BadInputException;
import io.tacit.ProblemList;
import io.tacit.codebook.Codebook;
import io.tacit.text.Ids;
import io.tacit.text.Span;
import io.tacit.transcript.Transcript;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks codings against the study: the transcript exists and loads (its text matches its stored
 * hash), the span lies inside its text, and the codebook has the code. Each transcript is loaded
 * once, however many codings point into it, so checking 100,000 rows costs one load per transcript.
 * Mutable (it caches transcripts); one owner.
 */
public final class CodingCheck {
  private final Set<String> codes;
  private final Function<String, Optional<Transcript>> transcripts;
  private final Map<String, Optional<Transcript>> loaded = new HashMap<>();
  private final Set<String> unloadable = new HashSet<>();

  /**
   * @param transcripts finds a transcript by id; may throw {@link BadInputException} for one that
   *     cannot be loaded (its text was edited), which is reported once
   */
  public CodingCheck(Codebook codebook, Function<String, Optional<Transcript>> transcripts) {
    this.codes = new HashSet<>(codebook.byId().keySet());
    this.transcripts = transcripts;
  }

  /**
   * The table's rows as one coder's codings, each checked; a row with a problem is left out and its
   * problems are added, at the row's file and line.
   *
   * @param defaultCreated the time for rows without one; null when every row must have one
   */
  public List<Coding> codings(
      String coder, CodingTable table, @Nullable Instant defaultCreated, ProblemList problems) {
    List<Coding> codings = new ArrayList<>(table.rows().size());
    String lastTime = "";
    @Nullable Instant lastCreated = defaultCreated;
    for (CodingTable.Row row : table.rows()) {
      // Most rows are fine: those take no message, so the row's place and the problem checks are
      // left to rows that fail a quick test (rows of one file mostly share one time, too).
      String time = table.created(row);
      if (!time.equals(lastTime)) {
        lastTime = time;
        lastCreated = time.isEmpty() ? defaultCreated : CodingCsv.parseCreated(time).orElse(null);
      }
      String doc = table.doc(row);
      String code = table.code(row);
      if (lastCreated != null && fits(doc, row.span(), code)) {
        codings.add(new Coding(coder, doc, row.span(), code, table.memo(row), lastCreated));
        continue;
      }
      String where = table.where(row);
      int before = problems.size();
      Instant created = created(time, defaultCreated, where, problems);
      check(doc, row.span(), code, where, problems);
      if (problems.size() == before && created != null) {
        codings.add(new Coding(coder, doc, row.span(), code, table.memo(row), created));
      }
    }
    return codings;
  }

  /** Whether {@link #check} would find no problem: an already loaded transcript and known code. */
  private boolean fits(String doc, Span span, String code) {
    Optional<Transcript> t = loaded.get(doc);
    return t != null
        && t.isPresent()
        && span.end() <= t.get().text().length()
        && codes.contains(code)
        && Ids.isValid(doc);
  }

  /** Checks one coding's transcript, span and code, adding a problem at {@code where} for each. */
  public void check(Coding coding, String where, ProblemList problems) {
    check(coding.doc(), coding.span(), coding.code(), where, problems);
  }

  private void check(String doc, Span span, String code, String where, ProblemList problems) {
    if (!Ids.isValid(doc)) {
      problems.add(where, Ids.describe("transcript", doc) + "; fix the row");
    } else {
      transcript(doc, where, problems)
          .ifPresent(
              t -> {
                if (span.end() > t.text().length()) {
                  problems.add(
                      where,
                      "end "
                          + span.end()
                          + " is past the end of transcript "
                          + doc
                          + " ("
                          + t.text().length()
                          + " code points); fix the offsets");
                }
              });
    }
    if (!codes.contains(code)) {
      problems.add(Codebook.unknownCode(code, where));
    }
  }

  /**
   * The transcript, loaded once. An unknown id adds a problem at {@code where} each time; one that
   * cannot be loaded adds its own problem once.
   */
  public Optional<Transcript> transcript(String doc, String where, ProblemList problems) {
    if (unloadable.contains(doc)) {
      return Optional.empty();
    }
    Optional<Transcript> t = loaded.get(doc);
    if (t == null) {
      try {
        t = transcripts.apply(doc);
      } catch (BadInputException e) {
        unloadable.add(doc);
        e.problems().forEach(problems::add);
        return Optional.empty();
      }
      loaded.put(doc, t);
    }
    if (t.isEmpty()) {
      problems.add(
          where,
          "unknown transcript \""
              + doc
              + "\"; see `tacit transcripts` for the"
              + " ids, or import it first");
    }
    return t;
  }

  /**
   * Loads these transcripts ahead, several at once: checking the codings of a large study otherwise
   * spends most of its time loading transcripts one after another. One that is unknown or fails to
   * load is left to {@link #transcript}, which reports it where it is used.
   */
  public void preload(Collection<String> docs) {
    Map<String, Optional<Transcript>> found = new ConcurrentHashMap<>();
    docs.stream()
        .distinct()
        .filter(d -> Ids.isValid(d) && !loaded.containsKey(d) && !unloadable.contains(d))
        .toList()
        .parallelStream()
        .forEach(
            d -> {
              try {
                transcripts.apply(d).ifPresent(t -> found.put(d, Optional.of(t)));
              } catch (BadInputException e) {
                // transcript() loads it again and reports the problem at the row that uses it
              }
            });
    loaded.putAll(found);
  }

  /** The transcripts loaded so far, by id, for showing the coded text. */
  public Map<String, Transcript> loaded() {
    Map<String, Transcript> out = new HashMap<>();
    loaded.forEach((id, t) -> t.ifPresent(x -> out.put(id, x)));
    return out;
  }

  private static @Nullable Instant created(
      String text, @Nullable Instant defaultCreated, String where, ProblemList problems) {
    if (text.isEmpty()) {
      if (defaultCreated == null) {
        problems.add(
            where, "created is empty; give the time it was coded, e.g." + " 2026-11-23T17:20:00Z");
      }
      return defaultCreated;
    }
    Optional<Instant> t = CodingCsv.parseCreated(text);
    if (t.isEmpty()) {
      problems.add(
          where,
          "created \""
              + text
              + "\" is not a time; write it as"
              + " 2026-11-23T17:20:00Z (ISO-8601, UTC)");
      return null;
    }
    return t.get();
  }
}
