package io.tacit.coding.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tacit.coding.Coding;
import io.tacit.coding.CodingSet;
import io.tacit.transcript.UnitType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MAXQDA-style segment matching. */
class SpanAgreementTest {
  /**
   * {@link UnitDecisionsTest}'s study: care, x's a:t2 and y's a:t2 match each other, x's a:t4 and
   * y's a:t6 match nothing; ride likewise (b:t2 both; x's half of a:t6 and y's b:t4 alone). So 4 of
   * 8 segments match: .5, and with two codes Brennan-Prediger's chance is .5: kappa 0.
   */
  @Test
  void matchesEachCodersSegmentsAgainstTheOthers() {
    SpanAgreement s =
        SpanAgreement.of(UnitDecisionsTest.study(), UnitDecisionsTest.decisions(0), 0.9);
    assertThat(s.codes())
        .containsExactly(
            new SpanAgreement.CodeSegments("care", 2, 2, 1, 1),
            new SpanAgreement.CodeSegments("ride", 2, 2, 1, 1));
    assertThat(s.codes().get(0).percent()).isEqualTo(0.5);
    assertThat(s.matched()).isEqualTo(4);
    assertThat(s.unmatched()).isEqualTo(4);
    assertThat(s.percent()).isEqualTo(0.5);
    assertThat(s.kappa()).isCloseTo(0.0, within(1e-12));
  }

  /**
   * x codes 11-21 and 34-44; y codes 12-21 (overlap 9 of the longer 10: .9) and 36-44 (8 of 10:
   * .8). At .9 one pair matches: 2 of 4; at .8 both: 4 of 4; at .95 none.
   */
  @Test
  void theThresholdIsOverlapOverTheLongerSegment() {
    List<Coding> codings =
        List.of(
            Fixture.coding("x", "b", 11, 21, "care"),
            Fixture.coding("x", "b", 34, 44, "care"),
            Fixture.coding("y", "b", 12, 21, "care"),
            Fixture.coding("y", "b", 36, 44, "care"));
    CodingSet set = Fixture.set(codings, UnitDecisionsTest.B);
    UnitDecisions d = UnitDecisions.of(set, Selection.of(List.of("x", "y"), UnitType.TURN), 1);
    assertThat(SpanAgreement.of(set, d, 0.9).codes().get(0))
        .isEqualTo(new SpanAgreement.CodeSegments("care", 2, 2, 1, 1));
    assertThat(SpanAgreement.of(set, d, 0.8).percent()).isEqualTo(1.0);
    assertThat(SpanAgreement.of(set, d, 0.95).percent()).isEqualTo(0.0);
    assertThat(SpanAgreement.of(set, d, 0.9).kappa()).isNaN();
  }

  @Test
  void aSegmentMatchedByOneOfSeveralCountsOnce() {
    List<Coding> codings =
        List.of(
            Fixture.coding("x", "b", 11, 21, "care"),
            Fixture.coding("y", "b", 11, 21, "care"),
            Fixture.coding("y", "b", 11, 20, "care"),
            Fixture.coding("y", "b", 0, 5, "care"));
    CodingSet set = Fixture.set(codings, UnitDecisionsTest.B);
    UnitDecisions d = UnitDecisions.of(set, Selection.of(List.of("x", "y"), UnitType.TURN), 1);
    assertThat(SpanAgreement.of(set, d, 0.9).codes().get(0))
        .isEqualTo(new SpanAgreement.CodeSegments("care", 1, 3, 1, 2));
  }
}
