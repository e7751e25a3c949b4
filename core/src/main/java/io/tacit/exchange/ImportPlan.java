package io.tacit.exchange;

import io.tacit.codebook.Codebook;
import io.tacit.coding.Coding;
import io.tacit.memo.Memo;
import io.tacit.participant.ParticipantTable;
import io.tacit.transcript.Transcript;
import java.util.List;
import java.util.Map;

/**
 * Everything an import will write, worked out and checked before anything is written. Immutable.
 *
 * @param origin what the project says wrote it ({@code NVivo 14}), or empty
 * @param vendor the tool that wrote the project, from its {@code origin}
 * @param scheme how its positions were read
 * @param schemeReason why that scheme, in words
 * @param sources what became of each text source: its transcript id, and whether it is new
 * @param transcripts the transcripts to write (new ones; existing ones with the same text are only
 *     coded)
 * @param codebook the study's codebook with the project's codes merged in
 * @param addedCodes ids of the codes added to the codebook
 * @param coders the coder id of each REFI-QDA user, by the user's name, in the project's order
 * @param codings the codings to add, by coder
 * @param memos the memos to add (notes on codes and sources)
 * @param participants participant attributes from sets ({@code set}), possibly empty
 * @param warnings what was not carried: non-text sources, selections left out, notes on nothing
 */
public record ImportPlan(
    String origin,
    PositionScheme.Vendor vendor,
    PositionScheme scheme,
    String schemeReason,
    List<SourceOutcome> sources,
    List<Transcript> transcripts,
    Codebook codebook,
    List<String> addedCodes,
    Map<String, String> coders,
    Map<String, List<Coding>> codings,
    List<Memo> memos,
    ParticipantTable participants,
    List<String> warnings) {
  public ImportPlan {
    sources = List.copyOf(sources);
    transcripts = List.copyOf(transcripts);
    addedCodes = List.copyOf(addedCodes);
    coders = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(coders));
    codings = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(codings));
    memos = List.copyOf(memos);
    warnings = List.copyOf(warnings);
  }

  /** One text source: the transcript it became, and how many of its selections were placed. */
  public record SourceOutcome(
      String name, String transcript, boolean isNew, int placed, int selections) {}

  public int codingCount() {
    return codings.values().stream().mapToInt(List::size).sum();
  }
}
