package io.tacit.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CooccurrenceTest {
  /**
   * p01 answers: 1 {a, b}, 2 {a}, 3 {c}, 4 {b}; p02 answers: 1 {a}, 2 {b, c}. Window 0 (units): a
   * in 3, b in 3, c in 2; a&b 1, b&c 1, a&c 0. Window 1 (each answer with its neighbours, within
   * one transcript): p01 windows: {a,b} {a,b,c} {a,b,c} {b,c}; p02 windows: {a,b,c} {a,b,c}. a in
   * 5, b in 6, c in 5; a&b 5, a&c 4, b&c 5.
   */
  private static CodedData data() {
    return new StudyData()
        .participant("p01", "case manager", "MHP", "one", "two", "three", "four")
        .participant("p02", "peer support specialist", "PSS", "five", "six")
        .code("p01", 1, "a", "b")
        .code("p01", 2, "a")
        .code("p01", 3, "c")
        .code("p01", 4, "b")
        .code("p02", 1, "a")
        .code("p02", 2, "b", "c")
        .data();
  }

  @Test
  void countsCodesTogetherWithinUnits() {
    Cooccurrence c = Cooccurrence.of(data(), List.of("a", "b", "c"), 0);
    assertThat(c.extracts()).containsExactly(3, 3, 2);
    assertThat(c.windows()).containsExactly(3, 3, 2);
    assertThat(c.together()[0][1]).isEqualTo(1);
    assertThat(c.together()[1][2]).isEqualTo(1);
    assertThat(c.together()[0][2]).isZero();
    // Jaccard: 1 / (3 + 3 - 1) = 0.2; 1 / (3 + 2 - 1) = 0.25
    assertThat(c.association(0, 1)).isCloseTo(0.2, within(1e-12));
    assertThat(c.association(1, 2)).isCloseTo(0.25, within(1e-12));
    assertThat(c.association(0, 2)).isZero();
  }

  @Test
  void countsNeighbouringUnitsOfOneTranscriptTogether() {
    Cooccurrence c = Cooccurrence.of(data(), List.of("a", "b", "c"), 1);
    assertThat(c.extracts()).containsExactly(3, 3, 2);
    assertThat(c.windows()).containsExactly(5, 6, 5);
    assertThat(c.together()[0][1]).isEqualTo(5);
    assertThat(c.together()[0][2]).isEqualTo(4);
    assertThat(c.together()[2][1]).isEqualTo(5);
    // a,b: 5 / (5 + 6 - 5) = 5/6; a,c: 4 / (5 + 5 - 4) = 4/6
    assertThat(c.association(0, 1)).isCloseTo(5.0 / 6, within(1e-12));
    assertThat(c.association(0, 2)).isCloseTo(4.0 / 6, within(1e-12));
    assertThat(c.pairs()).hasSize(3);
    assertThat(c.pairs().get(0)).isEqualTo(new Cooccurrence.Pair("a", "b", 5, 5, 6, 5.0 / 6));
  }
}
