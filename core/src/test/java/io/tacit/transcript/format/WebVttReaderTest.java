package io.tacit.transcript.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebVttReaderTest {
  private final WebVttReader reader = new WebVttReader();

  private ParsedTranscript read(String text) {
    return reader.read(Sources.text("m.vtt", text));
  }

  @Test
  void readsZoomCuesMergingOneSpeakersCuesAndUnnamedCues() {
    ParsedTranscript t = reader.read(Sources.fixture("zoom.vtt"));

    assertThat(t.format()).isEqualTo(TranscriptFormat.VTT);
    assertThat(t.turns())
        .containsExactly(
            new RawTurn(
                "Alex Kim",
                "Okay, so we are recording. Can you hear me? Yes, fine.",
                Duration.ofMillis(4859)),
            new RawTurn(
                "P03",
                "I can hear you. It is a bit quiet. Note: I renamed myself.",
                Duration.ofMillis(79980)));
  }

  @Test
  void readsTeamsVoiceSpansWithEntitiesTagsAndUnpaddedTimes() {
    ParsedTranscript t = reader.read(Sources.fixture("teams.vtt"));

    assertThat(t.header()).containsExactly("Kind: captions");
    assertThat(t.turns())
        .containsExactly(
            new RawTurn(
                "Jordan Reyes", "Okay, looks like Teams is recording.", Duration.ofMillis(4120)),
            new RawTurn(
                "O'Brien, Pat",
                "I can hear you. Tom & Jerry <3 Let me open the blinds.",
                Duration.ofMillis(11108)),
            new RawTurn("Jordan Reyes", "No, you look fine.", Duration.ofMillis(23900)));
  }

  @Test
  void readsCrLfFilesAndShortCueTimes() {
    ParsedTranscript t =
        read(
            "WEBVTT\r\n\r\n00:01.000 --> 00:02.500\r\nDana: Hello.\r\n\r\n"
                + "00:03.000 --> 00:04.000\r\nLee: Hi.\r\n");

    assertThat(t.turns())
        .containsExactly(
            new RawTurn("Dana", "Hello.", Duration.ofSeconds(1)),
            new RawTurn("Lee", "Hi.", Duration.ofSeconds(3)));
  }

  @Test
  void givesCuesBeforeAnyNamedSpeakerAnEmptySpeaker() {
    ParsedTranscript t =
        read(
            "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nso anyway\n\n"
                + "00:00:03.000 --> 00:00:04.000\nDana: Hello.\n\n"
                + "00:00:05.000 --> 00:00:06.000\nLee: Hi.\n");

    assertThat(t.turns()).extracting(RawTurn::speaker).containsExactly("", "Dana", "Lee");
    assertThat(t.turns().get(0).text()).isEqualTo("so anyway");
  }

  @Test
  void splitsACueWithTwoVoices() {
    ParsedTranscript t =
        read("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Dana>Ready?</v>\n" + "<v Lee>Yes.</v>\n");

    assertThat(t.turns()).extracting(RawTurn::speaker).containsExactly("Dana", "Lee");
  }

  @Test
  void skipsNoteStyleAndRegionBlocks() {
    ParsedTranscript t =
        read(
            "WEBVTT\n\nNOTE\nthis is a comment\n\nSTYLE\n::cue {}\n\n"
                + "REGION\nid:r\n\n00:00:01.000 --> 00:00:02.000\nDana: Hello.\n");

    assertThat(t.turns()).containsExactly(new RawTurn("Dana", "Hello.", Duration.ofSeconds(1)));
  }

  @Test
  void refusesAFileWithoutTheWebVttHeader() {
    assertThatThrownBy(() -> read("00:00:01.000 --> 00:00:02.000\nDana: Hello.\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "m.vtt:1: not a WebVTT file: the first line must be \"WEBVTT\"; export the"
                + " transcript again as .vtt, or import it with --format txt");
    assertThatThrownBy(() -> read("WEBVTTX\n\n00:00:01.000 --> 00:00:02.000\nDana: Hello.\n"))
        .isInstanceOf(BadInputException.class);
  }

  @Test
  void refusesMalformedCueTimesNamingEveryLine() {
    String vtt =
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:0x.000\nDana: Hello.\n\n"
            + "2\n00:00:03.000 --> 00:00:04.000\nLee: Hi.\n\n"
            + "3\n00:00:05.000 - 00:00:06.000\nDana: Bye.\n";

    assertThatThrownBy(() -> read(vtt))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "m.vtt:4: malformed cue time \"00:00:01.000 --> 00:00:0x.000\"; expected"
                + " hh:mm:ss.ttt --> hh:mm:ss.ttt\n"
                + "m.vtt:12: malformed cue time \"00:00:05.000 - 00:00:06.000\"; expected"
                + " hh:mm:ss.ttt --> hh:mm:ss.ttt");
  }

  @Test
  void refusesAFileWithoutCues() {
    assertThatThrownBy(() -> read("WEBVTT\n\nNOTE nothing here\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("m.vtt: the WebVTT file has no cues with text");
  }
}
