package io.tacit.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.tacit.text.CodePointText;
import io.tacit.text.Span;
import io.tacit.transcript.Role;
import io.tacit.transcript.Sentence;
import io.tacit.transcript.SourceInfo;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.Turn;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The shape of transcripts/ID.json: a transcript's structure without its text. */
@JsonPropertyOrder({
  "id",
  "title",
  "format",
  "participant",
  "source",
  "textSha256",
  "words",
  "header",
  "warnings",
  "turns",
  "sentences"
})
record TranscriptDocument(
    String id,
    String title,
    String format,
    String participant,
    SourceInfo source,
    String textSha256,
    int words,
    List<String> header,
    List<String> warnings,
    List<TurnEntry> turns,
    List<SentenceEntry> sentences) {

  @JsonPropertyOrder({"n", "speaker", "role", "start", "end", "time"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record TurnEntry(int n, String speaker, String role, int start, int end, @Nullable String time) {}

  @JsonPropertyOrder({"n", "turn", "start", "end"})
  record SentenceEntry(int n, int turn, int start, int end) {}

  static TranscriptDocument of(Transcript t) {
    List<TurnEntry> turns =
        t.turns().stream()
            .map(
                u ->
                    new TurnEntry(
                        u.number(),
                        u.speaker(),
                        u.role().label(),
                        u.span().start(),
                        u.span().end(),
                        formatTime(u.time())))
            .toList();
    List<SentenceEntry> sentences =
        t.sentences().stream()
            .map(s -> new SentenceEntry(s.number(), s.turn(), s.span().start(), s.span().end()))
            .toList();
    return new TranscriptDocument(
        t.id(),
        t.title(),
        t.format(),
        t.participant(),
        t.source(),
        t.textSha256(),
        t.words(),
        t.header(),
        t.warnings(),
        turns,
        sentences);
  }

  Transcript toTranscript(String text) {
    List<Turn> turnList =
        turns.stream()
            .map(
                u ->
                    new Turn(
                        u.n(),
                        u.speaker(),
                        Role.ofLabel(u.role()),
                        Span.of(u.start(), u.end()),
                        parseTime(u.time())))
            .toList();
    List<Sentence> sentenceList =
        sentences.stream()
            .map(s -> new Sentence(s.n(), s.turn(), Span.of(s.start(), s.end())))
            .toList();
    return new Transcript(
        id,
        title,
        format,
        participant,
        source,
        new CodePointText(text),
        textSha256,
        header,
        turnList,
        sentenceList,
        words,
        warnings);
  }

  static @Nullable String formatTime(@Nullable Duration d) {
    if (d == null) {
      return null;
    }
    return String.format(
        java.util.Locale.ROOT,
        "%02d:%02d:%02d.%03d",
        d.toHours(),
        d.toMinutesPart(),
        d.toSecondsPart(),
        d.toMillisPart());
  }

  static @Nullable Duration parseTime(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String[] hms = s.split(":");
    double seconds = Double.parseDouble(hms[2]);
    return Duration.ofHours(Long.parseLong(hms[0]))
        .plusMinutes(Long.parseLong(hms[1]))
        .plusMillis(Math.round(seconds * 1000));
  }
}
