package io.tacit.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import io.tacit.project.Project;
import io.tacit.transcript.UnitType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermMatchingTest {
  @TempDir Path tmp;
  private Project project;

  @BeforeEach
  void study() {
    project = StudyFixture.create(tmp);
  }

  private List<TermMatch> match(UnitType unit, int limit, String... terms) {
    try (UnitSearch s = project.index().open()) {
      return s.matchingTerms(List.of(terms), unit, limit);
    }
  }

  @Test
  void matchesWordsPhrasesAndPrefixesInParticipantUnits() {
    List<TermMatch> m = match(UnitType.TURN, 0, "care plans", "coordinat*", "bus");
    assertThat(m)
        .extracting(t -> t.unit().toString())
        .containsExactlyInAnyOrder("p01:t2", "p01:t4", "p02:t2", "p02:t4");
    TermMatch p01t2 =
        m.stream().filter(t -> t.unit().toString().equals("p01:t2")).findFirst().orElseThrow();
    assertThat(p01t2.terms()).containsExactly("care plans", "coordinat*");
    assertThat(p01t2.span().start()).isEqualTo(47);
  }

  @Test
  void bestFirstAndLimited() {
    List<TermMatch> m = match(UnitType.SENTENCE, 2, "plan", "chart");
    assertThat(m).hasSize(2);
    assertThat(m.get(0).score()).isGreaterThanOrEqualTo(m.get(1).score());
    assertThat(m.get(0).terms()).containsExactly("plan", "chart");
  }

  @Test
  void aPhraseEndingInAStarMatchesItsLastWordAsAPrefix() {
    assertThat(match(UnitType.SENTENCE, 0, "care pl*"))
        .extracting(t -> t.unit().toString())
        .hasSize(2);
    assertThat(match(UnitType.SENTENCE, 0, "care zz*")).isEmpty();
  }

  @Test
  void queryCharactersInTermsAreTakenLiterally() {
    assertThat(match(UnitType.TURN, 0, "bus:", "(clinic"))
        .extracting(t -> t.unit().toString())
        .containsExactly("p02:t2");
  }

  @Test
  void aTermWithoutLettersIsRefused() {
    assertThatThrownBy(() -> match(UnitType.TURN, 0, "*"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("needs at least one letter");
  }
}
