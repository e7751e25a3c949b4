package io.tacit.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import io.tacit.nlp.SentenceSplitter;
import io.tacit.text.Span;
import io.tacit.transcript.format.ParsedTranscript;
import io.tacit.transcript.format.RawTurn;
import io.tacit.transcript.format.TranscriptFormat;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TranscriptAssemblerTest {
  private static TranscriptAssembler assembler;

  @BeforeAll
  static void load() {
    assembler = new TranscriptAssembler(new SentenceSplitter());
  }

  private static Transcript assemble(List<RawTurn> turns, List<String> interviewers) {
    ParsedTranscript parsed =
        new ParsedTranscript(TranscriptFormat.TXT, "UTF-8", List.of("Study 1"), turns, List.of());
    return assembler.assemble(
        "p01",
        "p01",
        new SourceInfo("p01.txt", "ab", "UTF-8"),
        parsed,
        SpeakerRoles.withInterviewers(interviewers));
  }

  @Test
  void laysOutOneParagraphPerTurnWithSpansExcludingTheLabel() {
    Transcript t =
        assemble(
            List.of(
                new RawTurn("Interviewer", "How did it go?", Duration.ofSeconds(5)),
                new RawTurn("P01", "Fine. We went together.\nThen home.", null)),
            List.of());
    assertThat(t.text().text())
        .isEqualTo("Interviewer: How did it go?\n\nP01: Fine. We went together.\nThen home.\n");
    assertThat(t.turns())
        .containsExactly(
            new Turn(1, "Interviewer", Role.INTERVIEWER, Span.of(13, 27), Duration.ofSeconds(5)),
            new Turn(2, "P01", Role.PARTICIPANT, Span.of(34, 68), null));
    assertThat(t.title()).isEqualTo("Study 1");
  }

  @Test
  void splitsSentencesInsideTurnsWithCodePointOffsets() {
    Transcript t =
        assemble(
            List.of(
                new RawTurn("Interviewer", "Ready?", null),
                new RawTurn("P01", "I 😀 texted her. She came. Dr. Smith was there", null)),
            List.of());
    assertThat(t.sentences())
        .extracting(s -> t.text(s.span()))
        .containsExactly("Ready?", "I 😀 texted her.", "She came.", "Dr. Smith was there");
    assertThat(t.sentences()).extracting(Sentence::turn).containsExactly(1, 2, 2, 2);
    assertThat(t.words()).isEqualTo(1 + 3 + 2 + 4);
    Sentence emoji = t.sentences().get(1);
    assertThat(emoji.span()).isEqualTo(Span.of(26, 41));
  }

  @Test
  void unitsAreParticipantTurnsUnlessInterviewerIncluded() {
    Transcript t =
        assemble(
            List.of(new RawTurn("Q", "Why?", null), new RawTurn("A", "Because.", null)), List.of());
    assertThat(t.units(UnitType.TURN, false))
        .extracting(u -> u.id().toString())
        .containsExactly("p01:t2");
    assertThat(t.units(UnitType.TURN, true)).hasSize(2);
    assertThat(t.unit(UnitId.parse("p01:s1").orElseThrow()).orElseThrow().text()).isEqualTo("Why?");
  }

  @Test
  void guessesTheInterviewerFromQuestionsWhenNoLabelMatchesAndSaysSo() {
    Transcript t =
        assemble(
            List.of(
                new RawTurn("SPEAKER_00", "What do you do?", null),
                new RawTurn("SPEAKER_01", "I'm a peer.", null),
                new RawTurn("SPEAKER_00", "And before?", null)),
            List.of());
    assertThat(t.turns())
        .extracting(Turn::role)
        .containsExactly(Role.INTERVIEWER, Role.PARTICIPANT, Role.INTERVIEWER);
    assertThat(t.warnings())
        .singleElement()
        .asString()
        .contains("SPEAKER_00")
        .contains("--interviewer");
  }

  @Test
  void warnsWhenNoSpeakerCanBeTakenForTheInterviewer() {
    Transcript t =
        assemble(
            List.of(
                new RawTurn("Ann", "We met on Monday.", null),
                new RawTurn("Bo", "I was there too.", null)),
            List.of());
    assertThat(t.turns()).extracting(Turn::role).containsOnly(Role.PARTICIPANT);
    assertThat(t.warnings())
        .singleElement()
        .asString()
        .contains("every turn is a participant turn")
        .contains("--interviewer");
  }

  @Test
  void namedInterviewerLabelsWinOverTheGuess() {
    Transcript t =
        assemble(
            List.of(
                new RawTurn("Alex Kim", "Tell me about it.", null),
                new RawTurn("P03", "Why do you ask?", null)),
            List.of("alex kim"));
    assertThat(t.turns())
        .extracting(Turn::role)
        .containsExactly(Role.INTERVIEWER, Role.PARTICIPANT);
    assertThat(t.warnings()).isEmpty();
  }
}
