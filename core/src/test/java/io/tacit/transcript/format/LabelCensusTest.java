package io.tacit.transcript.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.tacit.transcript.format.SpeakerLabels.Label;
import org.junit.jupiter.api.Test;

class LabelCensusTest {

  private static Label colon(String name) {
    return new Label(LabelStyle.COLON, name, null, "text");
  }

  @Test
  void believesARecurringNameAndDoubtsAOneOffWord() {
    LabelCensus census = new LabelCensus(false);
    census.add(colon("Dana"));
    census.add(colon("Dana"));
    census.add(colon("Honestly"));

    assertThat(census.dominant()).contains(LabelStyle.COLON);
    assertThat(census.isLabel(colon("Dana"), LabelStyle.COLON)).isTrue();
    assertThat(census.isLabel(colon("Honestly"), LabelStyle.COLON)).isFalse();
  }

  @Test
  void believesAKnownLabelSeenOnce() {
    LabelCensus census = new LabelCensus(false);
    census.add(colon("Interviewer"));

    assertThat(census.dominant()).contains(LabelStyle.COLON);
    assertThat(census.isLabel(colon("Interviewer"), LabelStyle.COLON)).isTrue();
  }

  @Test
  void neverBelievesNoteEvenWhenItRecurs() {
    LabelCensus census = new LabelCensus(false);
    census.add(colon("Note"));
    census.add(colon("Note"));

    assertThat(census.dominant()).isEmpty();
  }

  @Test
  void aSingleFullNameDoesNotMakeALabelledFile() {
    LabelCensus census = new LabelCensus(false);
    census.add(colon("Key Point"));

    assertThat(census.dominant()).isEmpty();
  }

  @Test
  void picksTheStyleWithTheMostLabels() {
    LabelCensus census = new LabelCensus(false);
    for (int i = 0; i < 3; i++) {
      census.add(new Label(LabelStyle.BRACKET, "Speaker A", null, ""));
    }
    census.add(colon("P1"));

    assertThat(census.dominant()).contains(LabelStyle.BRACKET);
    assertThat(census.isLabel(colon("P1"), LabelStyle.BRACKET)).isFalse();
  }

  @Test
  void lenientCensusBelievesAOneOffName() {
    LabelCensus census = new LabelCensus(true);
    census.add(colon("Bob"));
    census.add(colon("Dana"));

    assertThat(census.isLabel(colon("Bob"), LabelStyle.COLON)).isTrue();
  }
}
