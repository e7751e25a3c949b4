package io.tacit.project;

import io.tacit.BadInputException;
import io.tacit.ProblemList;
import io.tacit.codebook.Code;
import io.tacit.codebook.Codebook;
import io.tacit.coding.Coding;
import io.tacit.coding.CodingTable;
import io.tacit.coding.Suggestion;
import io.tacit.coding.UnitOrSpan;
import io.tacit.search.TermMatch;
import io.tacit.search.UnitSearch;
import io.tacit.text.Ids;
import io.tacit.text.Span;
import io.tacit.transcript.UnitType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Code suggestions from each code's search terms, kept as the codings of a separate coder ({@code
 * auto}) until a coder accepts them into their own file. Suggestions are never written into a human
 * coder's file unless the user insists. Immutable.
 */
public final class Suggestions {
  public static final String AUTO = "auto";

  private final Project project;

  /**
   * What a run suggested.
   *
   * @param suggestions every suggestion, by code in codebook order, best first
   * @param codes the codes whose terms were searched
   * @param withoutTerms asked-for codes that have no search terms
   * @param replaced earlier suggestions for these codes that were removed
   * @param alreadyAccepted matches a coder has already accepted, not suggested again
   */
  public record Run(
      List<Suggestion> suggestions,
      List<String> codes,
      List<String> withoutTerms,
      int replaced,
      int alreadyAccepted) {}

  Suggestions(Project project) {
    this.project = project;
  }

  /**
   * Searches participant units for each code's terms and records every match as a coding of {@code
   * coder}, replacing that coder's earlier suggestions for the same codes.
   *
   * @param codes the codes to suggest; empty for every code with terms
   * @param minScore leave out matches scoring less
   * @param limit at most this many units per code; 0 for all
   * @param force allow a coder that a person codes as (see {@link CodingStore#isHuman})
   * @throws BadInputException for an unknown code, or a human coder without {@code force}
   */
  public Run suggest(
      String coder, List<String> codes, UnitType unit, double minScore, int limit, boolean force) {
    Ids.require("coder", coder);
    CodingStore store = project.codings();
    if (!force && store.isHuman(coder)) {
      boolean lead = coder.equals(project.settings().leadCoder());
      throw new BadInputException(
          "--coder " + coder,
          coder
              + " codes by hand ("
              + (lead
                  ? coder + " is the lead coder in tacit.yaml"
                  : CodingStore.location(coder) + " has codings that are not suggestions")
              + "), and suggestions never go into such a"
              + " coder's file unasked; record them as a separate coder (--coder auto) and accept"
              + " them with `tacit code accept`, or add --force to write them into "
              + coder
              + "'s file anyway");
    }
    Codebook codebook = project.codebook().load();
    List<Code> chosen = new ArrayList<>();
    if (codes.isEmpty()) {
      codebook.all().stream().filter(c -> !c.terms().isEmpty()).forEach(chosen::add);
    } else {
      new LinkedHashSet<>(codes).forEach(c -> chosen.add(codebook.requireCode(c, "--codes")));
    }
    List<String> withoutTerms =
        chosen.stream().filter(c -> c.terms().isEmpty()).map(Code::id).toList();
    List<Suggestion> found = new ArrayList<>();
    // The index takes the project lock itself when stale; open it before taking the lock.
    try (UnitSearch search = project.index().open()) {
      for (Code c : chosen) {
        if (c.terms().isEmpty()) {
          continue;
        }
        for (TermMatch m : search.matchingTerms(c.terms(), unit, limit)) {
          if (m.score() >= minScore) {
            found.add(new Suggestion(c.id(), m.unit(), m.span(), m.score(), m.terms()));
          }
        }
      }
    }
    // Accepting moves a suggestion out of the suggesting coder's file; without this, the next
    // run would suggest it again beside the coding it became.
    Set<String> accepted = acceptedElsewhere(store, coder);
    List<Suggestion> open =
        found.stream()
            .filter(f -> !accepted.contains(key(f.unit().doc(), f.span(), f.code())))
            .toList();
    Set<String> ids = new LinkedHashSet<>(chosen.stream().map(Code::id).toList());
    Instant now = store.now();
    List<Coding> fresh = open.stream().map(s -> s.toCoding(coder, now)).toList();
    CodingStore.Change change =
        store.update(
            coder,
            current -> {
              List<Coding> after =
                  new ArrayList<>(
                      current.stream()
                          .filter(
                              c -> !(ids.contains(c.code()) && Suggestion.isSuggested(c.memo())))
                          .toList());
              after.addAll(fresh);
              return after;
            });
    int kept = fresh.size() - change.added();
    return new Run(
        open, List.copyOf(ids), withoutTerms, change.removed() + kept, found.size() - open.size());
  }

  /** Doc, span and code of every accepted suggestion in other coders' files. */
  private static Set<String> acceptedElsewhere(CodingStore store, String suggester) {
    Set<String> keys = new HashSet<>();
    for (String coder : store.coders()) {
      if (coder.equals(suggester)) {
        continue;
      }
      // Rows with problems are left out here; the commands that use that file report them.
      CodingTable table = store.table(coder, new ProblemList());
      table.rows().stream()
          .filter(r -> table.memo(r).startsWith(Suggestion.ACCEPTED))
          .forEach(r -> keys.add(key(table.doc(r), r.span(), table.code(r))));
    }
    return keys;
  }

  private static String key(String doc, Span span, String code) {
    return doc + ":" + span.start() + "-" + span.end() + " " + code;
  }

  /**
   * Moves suggestions from {@code from} into {@code to}'s file, marked as accepted and dated now;
   * those {@code to} already has are only removed from {@code from}.
   *
   * @param code only suggestions of this code; null for all
   * @param within only suggestions inside these transcripts ({@code p01}), units or spans; empty
   *     for all
   * @param minScore only suggestions scoring at least this; empty for all
   */
  public CodingStore.Transfer accept(
      String from, String to, @Nullable String code, List<String> within, OptionalDouble minScore) {
    Ids.require("coder", from);
    Ids.require("coder", to);
    CodingStore store = project.codings();
    if (!store.exists(from)) {
      throw new BadInputException(
          "--from " + from,
          "there is no coder "
              + from
              + " (no "
              + CodingStore.location(from)
              + "); run `tacit code suggest` first");
    }
    if (code != null) {
      project.codebook().load().requireCode(code, "--code");
    }
    Map<String, List<Span>> places = places(within);
    Predicate<Coding> which =
        c ->
            (code == null || c.code().equals(code))
                && (places.isEmpty()
                    || places.getOrDefault(c.doc(), List.of()).stream()
                        .anyMatch(s -> s.contains(c.span())))
                && (minScore.isEmpty()
                    || Suggestion.scoreOf(c.memo()).orElse(Double.NEGATIVE_INFINITY)
                        >= minScore.getAsDouble());
    Instant now = store.now();
    return store.transfer(
        from,
        to,
        which,
        c -> new Coding(to, c.doc(), c.span(), c.code(), Suggestion.acceptedMemo(c.memo()), now));
  }

  /** Transcripts, units and spans, as spans by transcript. */
  private Map<String, List<Span>> places(List<String> within) {
    Map<String, List<Span>> places = new TreeMap<>();
    TranscriptStore transcripts = project.transcripts();
    for (String w : within) {
      String s = w.strip();
      if (Ids.isValid(s)) {
        int length = transcripts.load(s).text().length();
        places.computeIfAbsent(s, k -> new ArrayList<>()).add(Span.of(0, length));
      } else {
        UnitOrSpan u = UnitOrSpan.parse(s);
        places
            .computeIfAbsent(u.doc(), k -> new ArrayList<>())
            .add(u.resolve(transcripts.load(u.doc()), true));
      }
    }
    return places;
  }
}
