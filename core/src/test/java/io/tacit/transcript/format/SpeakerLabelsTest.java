package io.tacit.transcript.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.tacit.transcript.format.SpeakerLabels.Label;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpeakerLabelsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Interviewer: hello            | COLON   | Interviewer  | hello
      I: hello                      | COLON   | I            | hello
      P01: hello                    | COLON   | P01          | hello
      Dana Smith: hello             | COLON   | Dana Smith   | hello
      **Interviewer:** hello        | COLON   | Interviewer  | hello
      Participant 3 (nurse): hello  | COLON   | Participant 3 (nurse) | hello
      [Dana] hello                  | BRACKET | Dana         | hello
      [SPEAKER_00]: hello           | BRACKET | SPEAKER_00   | hello
      [Speaker A] 15:05:41          | BRACKET | Speaker A    | 15:05:41
      Jordan  Reyes (00:06): hello  | REV     | Jordan Reyes | hello
      Jordan Reyes (00:06):         | REV     | Jordan Reyes | ''
      Jordan Reyes  0:06            | TIMED   | Jordan Reyes | ''
      """)
  void findsTheCandidateAtTheStartOfALine(String line, LabelStyle style, String name, String rest) {
    Label label = SpeakerLabels.match(line);
    assertThat(label).isNotNull();
    assertThat(label.style()).isEqualTo(style);
    assertThat(label.name()).isEqualTo(name);
    assertThat(label.rest()).isEqualTo(rest);
  }

  @Test
  void keepsTheTimeWrittenWithTheLabel() {
    assertThat(SpeakerLabels.match("P06 (01:02:03): Sure.").time())
        .isEqualTo(Duration.ofSeconds(3723));
    assertThat(SpeakerLabels.match("P09  14:39").time()).isEqualTo(Duration.ofSeconds(879));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "So what we built, and this was about four years ago: a bridge",
        "Day to day I'm responsible for the whole operation: the clinical programs",
        "Why? Because: reasons",
        "https://otter.ai",
        "10:30 we met",
        "[00:01:23] text",
        "(laughs) Well: yes",
        "Interviewer:no space",
        "plain text without any label"
      })
  void findsNoCandidateInOrdinaryText(String line) {
    assertThat(SpeakerLabels.match(line)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Interviewer",
        "interviewer",
        "I",
        "R",
        "Q",
        "A",
        "P01",
        "P1",
        "Speaker 2",
        "SPEAKER_00",
        "Speaker A",
        "id3",
        "MHP4",
        "Respondent",
        "INT"
      })
  void knowsTheLabelsEveryoneUses(String name) {
    assertThat(SpeakerLabels.isKnown(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Honestly", "Day 2", "Dana", "Figure 1", "Note"})
  void doesNotTakeOrdinaryWordsForKnownLabels(String name) {
    assertThat(SpeakerLabels.isKnown(name)).isFalse();
  }

  @Test
  void judgesWhatLooksLikeAFullName() {
    assertThat(SpeakerLabels.looksLikeFullName("Dana Smith")).isTrue();
    assertThat(SpeakerLabels.looksLikeFullName("Jean de la Fontaine")).isTrue();
    assertThat(SpeakerLabels.looksLikeFullName("Dana")).isFalse();
    assertThat(SpeakerLabels.looksLikeFullName("So what happened")).isFalse();
  }
}
