package io.tacit.transcript.format;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds turns from segments as readers meet them: a segment by the speaker who is already talking
 * continues the turn (captions split one utterance over many cues), another speaker starts a new
 * one. A turn's time is the first time seen in it. Turns that end up without text (a label with
 * nothing after it) are dropped. Mutable; not thread-safe; one per file.
 */
final class TurnCollector {
  private final List<RawTurn> turns = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private @Nullable String speaker;
  private @Nullable Duration time;
  private @Nullable Duration pendingTime;
  private String separator = "\n";

  /** Starts a new turn, even if {@code speaker} is the one talking. */
  void begin(String speaker, @Nullable Duration time) {
    flush();
    this.speaker = speaker;
    this.time = time != null ? time : pendingTime;
    this.pendingTime = null;
  }

  /**
   * Continues the current turn if {@code speaker} is talking, joining the next text with {@code
   * joiner}; otherwise starts a new turn.
   */
  void speak(String speaker, @Nullable Duration time, String joiner) {
    if (speaker.equals(this.speaker)) {
      separator = joiner;
      offerTime(time);
    } else {
      begin(speaker, time);
    }
  }

  /**
   * Continues whatever turn is open, joining with {@code joiner}; at the very start, opens a turn
   * with no speaker ("").
   */
  void continueTurn(@Nullable Duration time, String joiner) {
    if (speaker == null) {
      begin("", time);
    } else {
      separator = joiner;
      offerTime(time);
    }
  }

  boolean hasTurn() {
    return speaker != null;
  }

  /** Adds text to the current turn; the caller has checked {@link #hasTurn()}. */
  void append(String line) {
    if (line.isEmpty()) {
      return;
    }
    if (text.length() > 0) {
      text.append(separator);
    }
    text.append(line);
    separator = "\n";
  }

  /** A time found inside the turn counts only if the turn has none yet. */
  void offerTime(@Nullable Duration t) {
    if (time == null) {
      time = t;
    }
  }

  /**
   * The time at which the text so far ends (f4/f5's marker at the end of a paragraph): the next
   * turn starts then, unless it gives its own start.
   */
  void endedAt(Duration t) {
    pendingTime = t;
  }

  /** A time standing on its own before the next turn starts (a timestamp-only line). */
  void timeForNextTurn(Duration t) {
    if (speaker != null && text.length() == 0) {
      offerTime(t);
    } else {
      pendingTime = t;
    }
  }

  List<RawTurn> finish() {
    flush();
    return List.copyOf(turns);
  }

  private void flush() {
    if (speaker != null && text.length() > 0) {
      turns.add(new RawTurn(speaker, text.toString(), time));
    }
    text.setLength(0);
    speaker = null;
    time = null;
    separator = "\n";
  }
}
