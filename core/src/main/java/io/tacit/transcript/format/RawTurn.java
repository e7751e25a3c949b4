package io.tacit.transcript.format;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One speaker's uninterrupted utterance as a reader found it.
 *
 * @param speaker the label as written ("Interviewer", "P01", "Dana Smith"); empty when the source
 *     has no speaker labels at all
 * @param text the utterance, normalised, without label or timestamps; paragraphs inside the turn
 *     separated by a single LF; never blank
 * @param time when the turn starts in the recording, if the source says
 */
public record RawTurn(String speaker, String text, @Nullable Duration time) {
  public RawTurn {
    if (text.isBlank()) {
      throw new IllegalArgumentException("a turn needs text");
    }
  }
}
