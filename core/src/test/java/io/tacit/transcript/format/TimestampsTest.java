package io.tacit.transcript.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.tacit.transcript.format.Timestamps.Timed;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampsTest {

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
      00:00:04.859, 4859
      00:01:23.456, 83456
      01:00:00.000, 3600000
      01:23.456,    83456
      0:0:7.80,     7800
      0:0:2.90,     2900
      0:0:0.0,      0
      '00:00:01,200', 1200
      00:00:05,     5000
      100:00:00.000, 360000000
      """)
  void parsesCueTimesInEveryDialect(String text, long millis) {
    assertThat(Timestamps.parseCueTime(text)).isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
      00:00:0x.000
      00:61:00.000
      00:00:60.000
      1:2
      00:00:01.0000
      ''
      """)
  void refusesWhatIsNotACueTime(String text) {
    assertThat(Timestamps.parseCueTime(text)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      [00:01:23] I: hello       | 83000 | I: hello
      (00:01:23) I: hello       | 83000 | I: hello
      00:01:23 I: hello         | 83000 | I: hello
      #00:01:23-4# I: hello     | 83400 | I: hello
      [01:23.5] I: hello        | 83500 | I: hello
      """)
  void takesAMarkerOffTheStartOfALine(String line, long millis, String rest) {
    assertThat(Timestamps.leading(line, false))
        .isEqualTo(new Timed(Duration.ofMillis(millis), rest));
  }

  @Test
  void takesOTranscribesTimeWithItsNonBreakingSpace() {
    assertThat(Timestamps.leading("00:12\u00A0Interviewer: hi", false))
        .isEqualTo(new Timed(Duration.ofSeconds(12), "Interviewer: hi"));
    assertThat(Timestamps.trailing("the end 00:01:02\u00A0"))
        .isEqualTo(new Timed(Duration.ofSeconds(62), "the end"));
  }

  @Test
  void leavesABareMinutesTimeInTextUnlessALabelFollows() {
    assertThat(Timestamps.leading("3:30 was when we met", false).time()).isNull();
    assertThat(Timestamps.leading("3:30 I: hello", true))
        .isEqualTo(new Timed(Duration.ofSeconds(210), "I: hello"));
    assertThat(Timestamps.trailing("we met at 3:30").time()).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      It was hard. #00:00:07-6#  | 7600   | It was hard. | true
      It was hard. [00:00:07]    | 7000   | It was hard. | false
      It was hard. (01:07)       | 67000  | It was hard. | false
      It was hard 00:00:07       | 7000   | It was hard  | false
      """)
  void takesAMarkerOffTheEndOfALine(String line, long millis, String rest, boolean endsTurn) {
    assertThat(Timestamps.trailing(line))
        .isEqualTo(new Timed(Duration.ofMillis(millis), rest, endsTurn));
  }

  @Test
  void leavesBracketedWordsAlone() {
    assertThat(Timestamps.leading("[inaudible] yes", false).time()).isNull();
    assertThat(Timestamps.trailing("yes [laughs]").time()).isNull();
  }

  @Test
  void formatsWithMillisecondsForGoldenFiles() {
    assertThat(Timestamps.format(Duration.ofMillis(3_723_004))).isEqualTo("1:02:03.004");
  }
}
