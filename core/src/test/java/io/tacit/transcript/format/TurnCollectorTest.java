package io.tacit.transcript.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TurnCollectorTest {
  private final TurnCollector turns = new TurnCollector();

  @Test
  void joinsConsecutiveSegmentsOfOneSpeakerAndKeepsTheFirstTime() {
    turns.speak("Dana", Duration.ofSeconds(1), " ");
    turns.append("so we");
    turns.speak("Dana", Duration.ofSeconds(3), " ");
    turns.append("went home.");
    turns.speak("Lee", Duration.ofSeconds(5), " ");
    turns.append("Right.");

    assertThat(turns.finish())
        .containsExactly(
            new RawTurn("Dana", "so we went home.", Duration.ofSeconds(1)),
            new RawTurn("Lee", "Right.", Duration.ofSeconds(5)));
  }

  @Test
  void joinsLinesOfOneTurnWithALineFeed() {
    turns.begin("Dana", null);
    turns.append("First paragraph.");
    turns.append("Second paragraph.");

    assertThat(turns.finish())
        .containsExactly(new RawTurn("Dana", "First paragraph.\nSecond paragraph.", null));
  }

  @Test
  void beginStartsANewTurnEvenForTheSameSpeaker() {
    turns.begin("", null);
    turns.append("One.");
    turns.begin("", null);
    turns.append("Two.");

    assertThat(turns.finish()).extracting(RawTurn::text).containsExactly("One.", "Two.");
  }

  @Test
  void continuesTheOpenTurnOrOpensOneWithoutSpeaker() {
    turns.continueTurn(Duration.ofSeconds(1), " ");
    turns.append("Before anyone is named.");
    turns.speak("Dana", Duration.ofSeconds(2), " ");
    turns.append("Hello");
    turns.continueTurn(Duration.ofSeconds(3), " ");
    turns.append("there.");

    assertThat(turns.finish())
        .containsExactly(
            new RawTurn("", "Before anyone is named.", Duration.ofSeconds(1)),
            new RawTurn("Dana", "Hello there.", Duration.ofSeconds(2)));
  }

  @Test
  void dropsALabelWithNoText() {
    turns.begin("Interviewer", null);
    turns.begin("P01", null);
    turns.append("Yes.");

    assertThat(turns.finish()).containsExactly(new RawTurn("P01", "Yes.", null));
  }

  @Test
  void givesAStandaloneTimeToTheNextTurn() {
    turns.begin("I", Duration.ofSeconds(1));
    turns.append("Question?");
    turns.timeForNextTurn(Duration.ofSeconds(9));
    turns.begin("R", null);
    turns.append("Answer.");

    assertThat(turns.finish())
        .extracting(RawTurn::time)
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(9));
  }

  @Test
  void takesTheFirstTimeFoundInsideATurn() {
    turns.begin("R", null);
    turns.append("One.");
    turns.offerTime(Duration.ofSeconds(4));
    turns.offerTime(Duration.ofSeconds(8));

    assertThat(turns.finish().get(0).time()).isEqualTo(Duration.ofSeconds(4));
  }
}
