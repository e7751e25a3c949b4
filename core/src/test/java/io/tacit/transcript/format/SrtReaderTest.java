package io.tacit.transcript.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SrtReaderTest {
  private final SrtReader reader = new SrtReader();

  private ParsedTranscript read(String text) {
    return reader.read(Sources.text("call.srt", text));
  }

  @Test
  void readsNumberedCuesWithNameAndBracketPrefixes() {
    ParsedTranscript t = reader.read(Sources.fixture("phone-interview.srt"));

    assertThat(t.format()).isEqualTo(TranscriptFormat.SRT);
    assertThat(t.turns())
        .containsExactly(
            new RawTurn("Alex Kim", "Hi, is this P08?", Duration.ofMillis(1200)),
            new RawTurn(
                "P08",
                "Hi, yes, hi. Sorry, I'm in my car. I'm parked, don't worry.",
                Duration.ofMillis(6313)),
            new RawTurn("Alex Kim", "That's totally fine.", Duration.ofMillis(19911)));
  }

  @Test
  void readsCuesWithoutSpeakersAsOneTurn() {
    ParsedTranscript t =
        read(
            "1\n00:00:01,000 --> 00:00:02,000\nHello there.\n\n"
                + "2\n00:00:03,000 --> 00:00:04,000\nHow are you?\n");

    assertThat(t.turns())
        .containsExactly(new RawTurn("", "Hello there. How are you?", Duration.ofSeconds(1)));
  }

  @Test
  void keepsTextAfterABlankLineInsideACue() {
    ParsedTranscript t =
        read(
            "1\n00:00:01,000 --> 00:00:02,000\nDana: Hello\n\nthere.\n\n"
                + "2\n00:00:03,000 --> 00:00:04,000\nLee: Hi.\n");

    assertThat(t.turns()).extracting(RawTurn::text).containsExactly("Hello there.", "Hi.");
  }

  @Test
  void readsCrLfAndPositionCoordinates() {
    ParsedTranscript t =
        read(
            "1\r\n00:00:01,000 --> 00:00:02,000 X1:10 X2:20 Y1:5 Y2:9\r\n"
                + "{\\an8}<font color=\"#fff\">Dana: Hello.</font>\r\n");

    assertThat(t.turns()).containsExactly(new RawTurn("Dana", "Hello.", Duration.ofSeconds(1)));
  }

  @Test
  void refusesMalformedCueTimesWithTheirLine() {
    assertThatThrownBy(
            () ->
                read(
                    "1\n00:00:01,000 --> 00:00:02,000\nDana: Hello.\n\n"
                        + "2\n00:00:03;000 --> 00:00:04,000\nLee: Hi.\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "call.srt:6: malformed cue time \"00:00:03;000 --> 00:00:04,000\"; expected"
                + " hh:mm:ss,ttt --> hh:mm:ss,ttt");
  }

  @Test
  void refusesACueNumberWithoutATimeLine() {
    assertThatThrownBy(() -> read("1\nDana: Hello.\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("call.srt:2: malformed cue time \"Dana: Hello.\"");
  }
}
