package io.tacit.report;

import java.util.List;
import java.util.Locale;

/**
 * The study at a glance: transcripts, participants by role and group, who coded what, and how much
 * was double-coded. Immutable.
 *
 * @param project the study's name
 * @param transcripts number of transcripts
 * @param words words in them
 * @param participantUnits participant units (of {@code unit}) in them
 * @param participants participants with a transcript
 * @param roles participants per role, most first
 * @param groups participants per group, by group
 * @param coders each coder's work, by coder
 * @param coder whose codings the themes come from
 * @param unit the unit of analysis, {@code turn} or {@code sentence}
 * @param doubleCoded transcripts coded by two or more coders (not counting a consensus coder)
 */
public record Overview(
    String project,
    int transcripts,
    int words,
    int participantUnits,
    int participants,
    List<Count> roles,
    List<Count> groups,
    List<CoderWork> coders,
    String coder,
    String unit,
    List<String> doubleCoded) {

  public Overview {
    roles = List.copyOf(roles);
    groups = List.copyOf(groups);
    coders = List.copyOf(coders);
    doubleCoded = List.copyOf(doubleCoded);
  }

  /** A label and how many. */
  public record Count(String label, int n) {}

  /**
   * One coder's work.
   *
   * @param docs the transcripts the coder coded, by id
   * @param all whether those are all the study's transcripts
   * @param note what the coder is to the study: lead, reported, consensus
   */
  public record CoderWork(String coder, List<String> docs, boolean all, int codings, String note) {
    public CoderWork {
      docs = List.copyOf(docs);
    }

    public int transcripts() {
      return docs.size();
    }

    /** "all", or the ids of the transcripts the coder coded. */
    public String which() {
      return all ? "all" : String.join(", ", docs);
    }
  }

  public int doubleCodedCount() {
    return doubleCoded.size();
  }

  /** {@code 42%} of the transcripts. */
  public String doubleCodedShare() {
    return percent(doubleCoded.size(), transcripts);
  }

  public boolean hasGroups() {
    return !groups.isEmpty();
  }

  static String percent(int n, int of) {
    return of == 0 ? "0%" : String.format(Locale.ROOT, "%.0f%%", 100.0 * n / of);
  }
}
