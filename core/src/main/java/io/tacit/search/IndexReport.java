package io.tacit.search;

import java.time.Duration;
import java.util.List;

/**
 * What bringing the index up to date did. Immutable.
 *
 * @param action whether it was current, updated in place or rebuilt
 * @param transcripts transcripts in the index afterwards
 * @param units unit documents (turns and sentences) in the index afterwards
 * @param reindexed transcripts (re)indexed, sorted
 * @param removed transcripts taken out because they no longer exist, sorted
 * @param took wall time
 */
public record IndexReport(
    Action action,
    int transcripts,
    int units,
    List<String> reindexed,
    List<String> removed,
    Duration took) {
  /** What was done to the index. */
  public enum Action {
    CURRENT,
    UPDATED,
    REBUILT
  }

  public IndexReport {
    reindexed = List.copyOf(reindexed);
    removed = List.copyOf(removed);
  }
}
