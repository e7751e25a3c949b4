package io.tacit.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tacit.agreement.RandomReliabilityData.Missing;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants every agreement coefficient owes its users, on random reliability data. */
class AgreementPropertiesTest {

  private static final double TOLERANCE = 1e-12;

  @Property(tries = 200)
  void alphaIsSymmetricInCoderOrder(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 40) int units,
      @ForAll @IntRange(min = 2, max = 5) int coders,
      @ForAll @IntRange(min = 2, max = 6) int categories,
      @ForAll @DoubleRange(min = 0, max = 0.4) double missingRate) {
    RandomReliabilityData random =
        RandomReliabilityData.generate(seed, units, coders, categories, missingRate, Missing.ANY);
    Assume.that(random.pairableCategories() >= 2);
    int[] order = permutation(coders, seed);
    int[][] shuffled = new int[units][coders];
    for (int u = 0; u < units; u++) {
      for (int c = 0; c < coders; c++) {
        shuffled[u][c] = random.matrix()[u][order[c]];
      }
    }
    ReliabilityData original = random.data();
    ReliabilityData reordered = new RandomReliabilityData(shuffled, categories).data();
    for (Level level : Level.values()) {
      assertThat(KrippendorffAlpha.of(reordered, level).value())
          .isCloseTo(KrippendorffAlpha.of(original, level).value(), within(TOLERANCE));
    }
    AgreementReport a = Agreement.report(original, Level.NOMINAL, Bootstrap.OFF);
    AgreementReport b = Agreement.report(reordered, Level.NOMINAL, Bootstrap.OFF);
    for (Statistic statistic : Statistic.values()) {
      assertThat(b.estimate(statistic).map(Estimate::value).orElse(0.0))
          .isCloseTo(a.estimate(statistic).map(Estimate::value).orElse(0.0), within(TOLERANCE));
    }
  }

  @Property(tries = 200)
  void nominalCoefficientsIgnoreHowCategoriesAreLabelled(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 40) int units,
      @ForAll @IntRange(min = 2, max = 4) int coders,
      @ForAll @IntRange(min = 2, max = 6) int categories,
      @ForAll @DoubleRange(min = 0, max = 0.4) double missingRate) {
    RandomReliabilityData random =
        RandomReliabilityData.generate(seed, units, coders, categories, missingRate, Missing.ANY);
    Assume.that(random.pairableCategories() >= 2);
    int[] relabel = permutation(categories, ~seed);
    int[][] relabelled = new int[units][coders];
    for (int u = 0; u < units; u++) {
      for (int c = 0; c < coders; c++) {
        int k = random.matrix()[u][c];
        relabelled[u][c] = k < 0 ? k : relabel[k];
      }
    }
    AgreementReport a = Agreement.report(random.data(), Level.NOMINAL, Bootstrap.OFF);
    AgreementReport b =
        Agreement.report(
            new RandomReliabilityData(relabelled, categories).data(), Level.NOMINAL, Bootstrap.OFF);
    for (Statistic statistic : Statistic.values()) {
      double expected = a.estimate(statistic).map(Estimate::value).orElse(0.0);
      double actual = b.estimate(statistic).map(Estimate::value).orElse(0.0);
      if (Double.isNaN(expected)) {
        assertThat(actual).isNaN();
      } else {
        assertThat(actual).isCloseTo(expected, within(TOLERANCE));
      }
    }
  }

  @Property(tries = 100)
  void perfectAgreementScoresOneEverywhere(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 40) int units,
      @ForAll @IntRange(min = 2, max = 5) int coders,
      @ForAll @IntRange(min = 2, max = 6) int categories) {
    SplittableRandom r = new SplittableRandom(seed);
    int[][] matrix = new int[units][coders];
    for (int u = 0; u < units; u++) {
      java.util.Arrays.fill(matrix[u], r.nextInt(categories));
      if (coders > 2 && r.nextBoolean()) {
        matrix[u][r.nextInt(coders)] = ReliabilityData.MISSING;
      }
    }
    RandomReliabilityData random = new RandomReliabilityData(matrix, categories);
    Assume.that(random.pairableCategories() >= 2);
    for (Level level : Level.values()) {
      AgreementReport report = Agreement.report(random.data(), level, Bootstrap.OFF);
      for (Statistic statistic : Statistic.values()) {
        report
            .estimate(statistic)
            .ifPresent(
                e ->
                    assertThat(e.value())
                        .as(statistic + " at " + level)
                        .isCloseTo(1, within(1e-12)));
      }
    }
  }

  @Property(tries = 30)
  void bootstrapIsDeterministicForASeed(
      @ForAll long seed,
      @ForAll long bootstrapSeed,
      @ForAll @IntRange(min = 2, max = 40) int units,
      @ForAll @IntRange(min = 2, max = 4) int coders,
      @ForAll @IntRange(min = 2, max = 5) int categories) {
    ReliabilityData data =
        RandomReliabilityData.generate(seed, units, coders, categories, 0.2, Missing.ANY).data();
    Bootstrap bootstrap = Bootstrap.of(200, bootstrapSeed);
    for (Level level : Level.values()) {
      assertThat(Agreement.report(data, level, bootstrap))
          .isEqualTo(Agreement.report(data, level, bootstrap));
    }
  }

  @Property(tries = 100)
  void intervalsContainTheirEstimateRange(
      @ForAll long seed,
      @ForAll @IntRange(min = 5, max = 40) int units,
      @ForAll @IntRange(min = 2, max = 4) int coders,
      @ForAll @IntRange(min = 2, max = 5) int categories) {
    ReliabilityData data =
        RandomReliabilityData.generate(seed, units, coders, categories, 0.1, Missing.ANY).data();
    AgreementReport report = Agreement.report(data, Level.ORDINAL, Bootstrap.of(200, seed));
    List<Estimate> estimates = new ArrayList<>();
    report.entries().values().forEach(e -> estimates.add(e.estimate()));
    for (Estimate e : estimates) {
      if (e.hasInterval()) {
        assertThat(e.ciLow()).isLessThanOrEqualTo(e.ciHigh());
        assertThat(e.ciHigh()).isLessThanOrEqualTo(1.0);
      }
    }
  }

  /**
   * A sample that once failed: two coders in perfect agreement, where one resample of Scott's pi
   * computed to a rounding error above 1.
   */
  @Example
  void perfectAgreementKeepsEveryIntervalAtOrBelowOne() {
    intervalsContainTheirEstimateRange(-6630357L, 11, 2, 4);
  }

  private static int[] permutation(int size, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int[] p = new int[size];
    for (int i = 0; i < size; i++) {
      p[i] = i;
    }
    for (int i = size - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
