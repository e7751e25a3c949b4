package io.tacit.transcript.format;

import io.tacit.transcript.format.SpeakerLabels.Label;
import io.tacit.transcript.format.Timestamps.Timed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits labelled text into a header and speaker turns: the rules of plain-text transcripts, also
 * used for the text of Word documents. Two passes: the first finds every line's label candidate and
 * counts them, so that the second can read labels in the file's dominant style only. Stateless.
 */
final class LabelledText {
  static final String NO_LABELS =
      "no speaker labels found: each paragraph became a participant"
          + " turn; add labels such as 'Interviewer:' and import again with --replace";

  private static final Pattern OTTER_FOOTER =
      Pattern.compile("(?i)transcribed by https?://otter\\.ai/?");

  /** Teams writes who started and stopped transcribing among the speech; nobody said it. */
  private static final Pattern TRANSCRIPTION_EVENT =
      Pattern.compile(".{1,80} (?:started|stopped) transcription");

  private LabelledText() {}

  /** What the text holds; {@code turns} may be empty when labels carry no text. */
  record Result(List<String> header, List<RawTurn> turns, List<String> warnings) {}

  /** One line after the first pass. */
  private record Line(
      String original, String text, @Nullable Duration time, @Nullable Label label, Kind kind) {}

  private enum Kind {
    BLANK,
    SKIP,
    EVENT,
    TEXT
  }

  /**
   * @param raw the file's lines, normalised (NFC, no line ends)
   */
  static Result parse(List<String> raw) {
    List<Line> lines = new ArrayList<>(raw.size());
    LabelCensus census = new LabelCensus(false);
    for (String r : raw) {
      Line line = classify(TextLines.trim(r));
      if (line.label() != null) {
        census.add(line.label());
      }
      lines.add(line);
    }
    Optional<LabelStyle> style = census.dominant();
    if (style.isEmpty()) {
      return new Result(List.of(), paragraphs(lines), List.of(NO_LABELS));
    }
    return labelled(lines, census, style.get());
  }

  private static Line classify(String trimmed) {
    if (trimmed.isEmpty()) {
      return new Line(trimmed, trimmed, null, null, Kind.BLANK);
    }
    if (OTTER_FOOTER.matcher(trimmed).matches()) {
      return new Line(trimmed, trimmed, null, null, Kind.SKIP);
    }
    if (TRANSCRIPTION_EVENT.matcher(trimmed).matches()) {
      return new Line(trimmed, trimmed, null, null, Kind.EVENT);
    }
    Timed lead = Timestamps.leading(trimmed, false);
    Label label = SpeakerLabels.match(lead.text());
    if (label == null && lead.time() == null) {
      // "1:23 Interviewer: ..." : a bare m:ss is a timestamp only when a label follows it.
      Timed weak = Timestamps.leading(trimmed, true);
      Label after = weak.time() == null ? null : SpeakerLabels.match(weak.text());
      if (after != null) {
        lead = weak;
        label = after;
      }
    }
    return new Line(trimmed, lead.text(), lead.time(), label, Kind.TEXT);
  }

  private static Result labelled(List<Line> lines, LabelCensus census, LabelStyle style) {
    List<String> header = new ArrayList<>();
    TurnCollector turns = new TurnCollector();
    boolean started = false;
    for (Line line : lines) {
      Label label = line.label();
      if (line.kind() == Kind.BLANK || line.kind() == Kind.SKIP) {
        continue;
      }
      if (label != null && census.isLabel(label, style)) {
        started = true;
        Timed rest = Timestamps.leading(label.rest(), true);
        Timed end = Timestamps.trailing(rest.text());
        Duration time =
            first(line.time(), label.time(), rest.time(), end.endsTurn() ? null : end.time());
        // A label line that only gives a time is a caption segment: its text follows, and
        // segments of one utterance join as one sentence, not as paragraphs.
        boolean caption = TextLines.isBlank(end.text()) && time != null;
        turns.speak(label.name(), time, caption ? " " : "\n");
        turns.append(TextLines.trim(end.text()));
        endOf(turns, end);
      } else if (!started) {
        header.add(line.original());
      } else if (line.kind() == Kind.TEXT) {
        continuation(turns, line);
      }
    }
    return new Result(header, turns.finish(), List.of());
  }

  private static void continuation(TurnCollector turns, Line line) {
    Timed end = Timestamps.trailing(line.text());
    String text = TextLines.trim(end.text());
    if (text.isEmpty()) {
      Duration time = first(line.time(), end.time(), null, null);
      if (time != null) {
        turns.timeForNextTurn(time);
      }
      return;
    }
    turns.offerTime(line.time());
    if (!end.endsTurn()) {
      turns.offerTime(end.time());
    }
    turns.append(text);
    endOf(turns, end);
  }

  /** An f4/f5 time at the end of a paragraph is where the next turn starts. */
  private static void endOf(TurnCollector turns, Timed end) {
    if (end.endsTurn() && end.time() != null) {
      turns.endedAt(end.time());
    }
  }

  private static List<RawTurn> paragraphs(List<Line> lines) {
    TurnCollector turns = new TurnCollector();
    boolean inParagraph = false;
    for (Line line : lines) {
      if (line.kind() != Kind.TEXT) {
        inParagraph &= line.kind() != Kind.BLANK;
        continue;
      }
      if (!inParagraph) {
        turns.begin("", null);
        inParagraph = true;
      }
      continuation(turns, line);
    }
    return turns.finish();
  }

  private static @Nullable Duration first(
      @Nullable Duration a, @Nullable Duration b, @Nullable Duration c, @Nullable Duration d) {
    return a != null ? a : b != null ? b : c != null ? c : d;
  }
}
