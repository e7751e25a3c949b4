package io.tacit.exchange;

import io.tacit.text.Ids;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How to import a project. Immutable.
 *
 * @param coder the one coder every coding goes to, or null for one coder per REFI-QDA user
 * @param positions how the tool counted positions, or null to go by the tool that wrote the file
 * @param skipUnplaced import the rest when some selections cannot be placed (each is reported)
 * @param now the time for codings and memos that carry none
 */
public record ImportOptions(
    @Nullable String coder, @Nullable PositionScheme positions, boolean skipUnplaced, Instant now) {
  public ImportOptions {
    if (coder != null) {
      Ids.require("coder", coder);
    }
  }
}
