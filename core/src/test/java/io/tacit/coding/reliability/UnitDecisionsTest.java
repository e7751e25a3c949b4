package io.tacit.coding.reliability;

import static io.tacit.coding.reliability.Fixture.turn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.tacit.coding.Coding;
import io.tacit.coding.CodingSet;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.UnitType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A tiny study worked by hand. Transcripts a (participant turns 2, 4, 6) and b (2, 4) are coded by
 * x and y; c only by x. Codes care and ride:
 *
 * <pre>
 *         care     ride
 * a:t2    x y      .
 * a:t4    x        .
 * a:t6    y        x (first half only)
 * b:t2    .        x y
 * b:t4    .        y
 * </pre>
 */
public class UnitDecisionsTest {
  public static final Transcript A =
      Fixture.transcript("a", "Q1?", "aaaaaaaaaa", "Q2?", "bbbbbbbbbb", "Q3?", "cccccccccc");
  public static final Transcript B =
      Fixture.transcript("b", "Q1?", "dddddddddd", "Q2?", "eeeeeeeeee");
  public static final Transcript C = Fixture.transcript("c", "Q1?", "ffffffffff");

  public static CodingSet study() {
    List<Coding> codings =
        List.of(
            turn("x", A, 2, "care"),
            turn("x", A, 4, "care"),
            turn("x", A, 6, "ride", 0.5),
            turn("x", B, 2, "ride"),
            turn("x", C, 2, "care"),
            turn("y", A, 2, "care"),
            turn("y", A, 6, "care"),
            turn("y", B, 2, "ride"),
            turn("y", B, 4, "ride"));
    return Fixture.set(codings, A, B, C);
  }

  static UnitDecisions decisions(double minOverlap) {
    return UnitDecisions.of(
        study(),
        new Selection(List.of("x", "y"), UnitType.TURN, Set.of(), Set.of(), minOverlap),
        4);
  }

  @Test
  void keepsOnlyTranscriptsEveryCoderCodedAndTheirParticipantUnits() {
    UnitDecisions d = decisions(0);
    assertThat(d.transcripts()).containsExactly("a", "b");
    assertThat(d.proportionOfStudy()).isEqualTo(0.5);
    assertThat(d.units())
        .extracting(u -> u.id().toString())
        .containsExactly("a:t2", "a:t4", "a:t6", "b:t2", "b:t4");
    assertThat(d.codes()).containsExactly("care", "ride");
    assertThat(d.unused(List.of("ride", "housing", "care"))).containsExactly("housing");
  }

  @Test
  void recordsWhichCodersAppliedEachCodeToEachUnit() {
    UnitDecisions d = decisions(0);
    assertThat(d.appliedBy(0, 0)).isEqualTo(0b11);
    assertThat(d.appliedBy(1, 0)).isEqualTo(0b01);
    assertThat(d.appliedBy(2, 0)).isEqualTo(0b10);
    assertThat(d.appliedBy(2, 1)).isEqualTo(0b01);
    assertThat(d.appliedBy(3, 1)).isEqualTo(0b11);
    assertThat(d.appliedBy(4, 1)).isEqualTo(0b10);
    assertThat(d.appliedBy(4, 0)).isZero();
  }

  @Test
  void listsDisagreementsByUnitThenCode() {
    assertThat(decisions(0).disagreements())
        .extracting(g -> g.unit().id() + " " + g.code() + " " + g.appliedBy())
        .containsExactly("a:t4 care [x]", "a:t6 care [y]", "a:t6 ride [x]", "b:t4 ride [y]");
    Disagreement first = decisions(0).disagreements().get(0);
    assertThat(first.unit().text()).isEqualTo("bbbbbbbbbb");
    assertThat(first.appliedBy("x")).isTrue();
    assertThat(first.appliedBy("y")).isFalse();
  }

  @Test
  void aMinimumOverlapDropsCodingsThatCoverTooLittleOfTheUnit() {
    UnitDecisions d = decisions(0.9);
    assertThat(d.appliedBy(2, 1)).isZero();
    assertThat(decisions(0.5).appliedBy(2, 1)).isEqualTo(0b01);
    assertThat(decisions(0.51).appliedBy(2, 1)).isZero();
  }

  @Test
  void unionOfACodersCodingsCountsTowardsTheOverlap() {
    List<Coding> codings =
        List.of(
            Fixture.coding("x", "b", 11, 16, "care"),
            Fixture.coding("x", "b", 14, 21, "care"),
            turn("y", B, 2, "care"));
    UnitDecisions d =
        UnitDecisions.of(
            Fixture.set(codings, B),
            new Selection(List.of("x", "y"), UnitType.TURN, Set.of(), Set.of(), 1.0),
            1);
    assertThat(B.turn(2).span().toString()).isEqualTo("11-21");
    assertThat(d.appliedBy(0, 0)).isEqualTo(0b11);
  }

  @Test
  void aCodingOverInterviewerTextAppliesToNoUnitAndOneAcrossTwoTurnsToBoth() {
    List<Coding> codings =
        List.of(
            turn("x", B, 1, "care"),
            Fixture.coding("x", "b", 12, 40, "ride"),
            turn("y", B, 2, "ride"));
    UnitDecisions d =
        UnitDecisions.of(
            Fixture.set(codings, B), Selection.of(List.of("x", "y"), UnitType.TURN), 1);
    assertThat(d.codes()).containsExactly("care", "ride");
    assertThat(d.appliedBy(0, 0)).isZero();
    assertThat(d.appliedBy(1, 0)).isZero();
    assertThat(d.appliedBy(0, 1)).isEqualTo(0b11);
    assertThat(d.appliedBy(1, 1)).isEqualTo(0b01);
  }

  @Test
  void filtersTranscriptsAndCodes() {
    UnitDecisions d =
        UnitDecisions.of(
            study(),
            new Selection(
                List.of("x", "y"), UnitType.TURN, Set.of("b", "c"), Set.of("ride", "housing"), 0),
            4);
    assertThat(d.transcripts()).containsExactly("b");
    assertThat(d.codes()).containsExactly("ride");
    assertThat(d.unused(List.of("care", "ride", "housing"))).containsExactly("housing");
  }

  @Test
  void noTranscriptCodedByEveryCoderLeavesNothing() {
    UnitDecisions d = UnitDecisions.of(study(), Selection.of(List.of("x", "z"), UnitType.TURN), 4);
    assertThat(d.transcripts()).isEmpty();
    assertThat(d.units()).isEmpty();
    assertThat(d.codes()).isEmpty();
    assertThatThrownBy(() -> UnitReliability.of(d, io.tacit.agreement.Bootstrap.OFF))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesBadSelections() {
    assertThatThrownBy(() -> Selection.of(List.of("x"), UnitType.TURN))
        .hasMessageContaining("2 to 31 coders");
    assertThatThrownBy(() -> Selection.of(List.of("x", "x"), UnitType.TURN))
        .hasMessageContaining("named twice");
    assertThatThrownBy(
            () -> new Selection(List.of("x", "y"), UnitType.TURN, Set.of(), Set.of(), 1.5))
        .hasMessageContaining("from 0 to 1");
    assertThat(decisions(0).proportionOfStudy()).isCloseTo(0.5, within(0.0));
  }

  @Test
  void sentencesAreUnitsToo() {
    UnitDecisions d =
        UnitDecisions.of(study(), Selection.of(List.of("x", "y"), UnitType.SENTENCE), 4);
    assertThat(d.units())
        .extracting(u -> u.id().toString())
        .containsExactly("a:s2", "a:s4", "a:s6", "b:s2", "b:s4");
    assertThat(d.disagreements()).hasSize(4);
  }
}
