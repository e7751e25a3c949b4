package io.tacit.coding.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tacit.agreement.Bootstrap;
import io.tacit.agreement.Statistic;
import io.tacit.coding.Coding;
import io.tacit.coding.CodingSet;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.UnitType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of unit decisions on random codings of two transcripts. */
class UnitDecisionsPropertiesTest {
  static final Transcript A =
      Fixture.transcript(
          "a", "Q?", "one two three", "Q?", "four", "Q?", "five six seven eight", "Q?", "nine ten");
  static final Transcript B =
      Fixture.transcript("b", "Q?", "alpha beta", "Q?", "gamma delta e", "Q?", "zeta");
  static final List<String> CODES = List.of("k0", "k1", "k2", "k3");

  /** Random spans anywhere in the texts (interviewer turns too), by coders x, y and z. */
  static CodingSet random(long seed, int count) {
    Random random = new Random(seed);
    List<Coding> codings = new ArrayList<>();
    // Each coder codes each transcript at least once, so both are double-coded.
    for (String coder : List.of("x", "y", "z")) {
      for (Transcript t : List.of(A, B)) {
        codings.add(Fixture.coding(coder, t.id(), 0, 1, CODES.get(random.nextInt(4))));
      }
    }
    for (int i = 0; i < count; i++) {
      Transcript t = random.nextBoolean() ? A : B;
      int length = t.text().length();
      int start = random.nextInt(length - 1);
      int end = start + 1 + random.nextInt(Math.min(30, length - start));
      codings.add(
          Fixture.coding(
              List.of("x", "y", "z").get(random.nextInt(3)),
              t.id(),
              start,
              end,
              CODES.get(random.nextInt(4))));
    }
    return Fixture.set(codings, A, B);
  }

  static UnitDecisions decisions(CodingSet set, List<String> coders, double minOverlap) {
    return UnitDecisions.of(
        set, new Selection(coders, UnitType.TURN, Set.of(), Set.of(), minOverlap), 2);
  }

  @Property(tries = 200)
  void countsOfEachCodeSumToTheUnits(
      @ForAll long seed,
      @ForAll @IntRange(max = 40) int count,
      @ForAll @DoubleRange(max = 1) double minOverlap) {
    UnitDecisions d = decisions(random(seed, count), List.of("x", "y"), minOverlap);
    UnitReliability r = UnitReliability.of(d, Bootstrap.OFF);
    long total = 0;
    for (CodeReliability c : r.codes()) {
      long sum = c.bothCoded() + c.onlyFirst() + c.onlySecond() + c.neither();
      assertThat(sum).isEqualTo(d.units().size());
      total += sum;
    }
    assertThat(total).isEqualTo((long) d.units().size() * d.codes().size());
    assertThat(r.overall().units()).isEqualTo(d.units().size() * d.codes().size());
    long disagreements = r.codes().stream().mapToLong(CodeReliability::disagreements).sum();
    assertThat(d.disagreements()).hasSize((int) disagreements);
  }

  @Property(tries = 200)
  void swappingCodersSwapsTheirCountsAndKeepsAlpha(
      @ForAll long seed, @ForAll @IntRange(max = 40) int count) {
    CodingSet set = random(seed, count);
    UnitReliability xy = UnitReliability.of(decisions(set, List.of("x", "y"), 0), Bootstrap.OFF);
    UnitReliability yx = UnitReliability.of(decisions(set, List.of("y", "x"), 0), Bootstrap.OFF);
    for (int k = 0; k < xy.codes().size(); k++) {
      CodeReliability a = xy.codes().get(k);
      CodeReliability b = yx.codes().get(k);
      assertThat(b.onlyFirst()).isEqualTo(a.onlySecond());
      assertThat(b.onlySecond()).isEqualTo(a.onlyFirst());
      assertThat(b.bothCoded()).isEqualTo(a.bothCoded());
      assertSame(alpha(a), alpha(b));
    }
    assertSame(
        xy.overall().estimate(Statistic.KRIPPENDORFF_ALPHA).orElseThrow().value(),
        yx.overall().estimate(Statistic.KRIPPENDORFF_ALPHA).orElseThrow().value());
  }

  @Property(tries = 100)
  void threeCodersCountUnitsByHowManyAppliedTheCode(
      @ForAll long seed, @ForAll @IntRange(max = 40) int count) {
    UnitDecisions d = decisions(random(seed, count), List.of("x", "y", "z"), 0);
    UnitReliability r = UnitReliability.of(d, Bootstrap.OFF);
    for (CodeReliability c : r.codes()) {
      assertThat(c.byCoders()).hasSize(4);
      assertThat(c.byCoders().stream().mapToLong(Long::longValue).sum())
          .isEqualTo(d.units().size());
      assertThat(c.byCoders().get(3)).isEqualTo(c.bothCoded());
      assertThat(c.byCoders().get(0)).isEqualTo(c.neither());
      assertThat(c.report().estimate(Statistic.COHEN_KAPPA)).isEmpty();
    }
    assertThat(r.pooledKappa().isDefined()).isFalse();
  }

  private static double alpha(CodeReliability c) {
    return c.report().estimate(Statistic.KRIPPENDORFF_ALPHA).orElseThrow().value();
  }

  private static void assertSame(double a, double b) {
    if (Double.isNaN(a)) {
      assertThat(b).isNaN();
    } else {
      assertThat(b).isCloseTo(a, within(1e-12));
    }
  }
}
