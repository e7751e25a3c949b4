package io.tacit.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.tacit.BadInputException;
import io.tacit.project.Project;
import io.tacit.transcript.UnitType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordFrequenciesTest {
  @TempDir Path tmp;
  private Project project;

  @BeforeEach
  void study() {
    project = StudyFixture.create(tmp);
  }

  private List<WordCount> words(UnitType unit) {
    try (UnitSearch s = project.index().open()) {
      return s.words(unit);
    }
  }

  private static WordCount find(List<WordCount> words, String stem) {
    return words.stream().filter(w -> w.stem().equals(stem)).findFirst().orElseThrow();
  }

  @Test
  void countsStemsOfParticipantSpeechOnly() {
    List<WordCount> words = words(UnitType.TURN);
    // coordinate, Coordinating, Coordination: the interviewer's "coordinate" does not count.
    WordCount coordinate = find(words, "coordin");
    assertThat(coordinate.count()).isEqualTo(3);
    assertThat(coordinate.term()).isEqualTo("coordinate");
    assertThat(coordinate.units()).isEqualTo(2);
    assertThat(coordinate.participants()).isEqualTo(1);
    WordCount plan = find(words, "plan");
    assertThat(plan.count()).isEqualTo(3);
    assertThat(plan.participants()).isEqualTo(2);
    assertThat(find(words, "appoint").term()).isEqualTo("appointment");
    assertThat(words).extracting(WordCount::stem).doesNotContain("i", "the", "we", "me", "him");
  }

  @Test
  void mostFrequentFirstThenAlphabetical() {
    List<WordCount> words = words(UnitType.TURN);
    assertThat(words.get(0).count()).isEqualTo(3);
    // coordinate and plan 3 times each; then appointment and care twice each.
    assertThat(words.subList(0, 4))
        .extracting(WordCount::term)
        .containsExactly("coordinate", "plan", "appointment", "care");
  }

  @Test
  void sentencesCountTheSameWordsInSmallerUnits() {
    WordCount plan = find(words(UnitType.SENTENCE), "plan");
    assertThat(plan.count()).isEqualTo(3);
    assertThat(plan.units()).isEqualTo(3);
  }

  @Test
  void keynessComparesEachGroupWithTheRest() {
    List<KeyTerm> keys;
    List<WordCount> all = words(UnitType.TURN);
    try (UnitSearch s = project.index().open()) {
      keys = s.keyness(UnitType.TURN, "group");
    }
    assertThat(keys).extracting(KeyTerm::group).isSortedAccordingTo(String::compareTo);
    KeyTerm coordinate =
        keys.stream().filter(k -> k.stem().equals("coordin")).findFirst().orElseThrow();
    assertThat(coordinate.group()).isEqualTo("MHP");
    assertThat(coordinate.count()).isEqualTo(3);
    assertThat(coordinate.rest()).isZero();
    // Corpus sizes are all word tokens of each group's participant turns, stopwords included:
    // p01 (MHP) has 14 + 8 = 22 words, p02 (PSS) has 14 + 12 = 26.
    assertThat(coordinate.g2()).isCloseTo(Keyness.logLikelihood(3, 0, 22, 26), within(1e-12));
    assertThat(coordinate.logRatio()).isCloseTo(Keyness.logRatio(3, 0, 22, 26), within(1e-12));
    assertThat(keys).allMatch(k -> k.logRatio() > 0);
    assertThat(all).isNotEmpty();
  }

  @Test
  void keynessNeedsAKnownAttributeWithTwoGroups() {
    try (UnitSearch s = project.index().open()) {
      assertThatThrownBy(() -> s.keyness(UnitType.TURN, "colour"))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("role, group, site");
    }
    StudyFixture.participants(
        project, "id,role,group,site,mode\np01,a,b,c,phone\np02,a,b,c,phone\n");
    try (UnitSearch s = project.index().open()) {
      assertThatThrownBy(() -> s.keyness(UnitType.TURN, "mode"))
          .hasMessageContaining("only the value \"phone\"");
    }
  }

  @Test
  void spokenFillersAreNotCounted() {
    StudyFixture.importText(
        project,
        tmp,
        "p03",
        "Interviewer: And the nurse?\n\n"
            + "P03: Like, the nurse is kind of the one thing. I really like the nurse, like a lot."
            + " Somebody has to do the stuff, honestly.\n");
    List<WordCount> words = words(UnitType.TURN);
    assertThat(words)
        .extracting(WordCount::term)
        .doesNotContain(
            "like", "one", "kind", "thing", "really", "lot", "somebody", "stuff", "honestly");
    assertThat(find(words, "nurs").count()).isEqualTo(2);
  }
}
