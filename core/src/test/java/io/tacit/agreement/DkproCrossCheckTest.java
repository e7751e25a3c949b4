package io.tacit.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tacit.agreement.RandomReliabilityData.Missing;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.dkpro.statistics.agreement.coding.BennettSAgreement;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.coding.RandolphKappaAgreement;
import org.dkpro.statistics.agreement.coding.ScottPiAgreement;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;

/**
 * Cross-checks against DKPro Statistics 2.2.0, an independent Java implementation, on random
 * reliability data, to 1e-9, wherever the two define the coefficient the same way. Where they
 * differ (read from DKPro's sources):
 *
 * <ul>
 *   <li>DKPro's observed agreement (percent agreement, Fleiss, Randolph/Bennett) weights each unit
 *       by its number of ratings; Gwet's, which we follow, weights units equally. They coincide
 *       when every unit with two or more ratings has the same number, so those are compared on data
 *       where a unit is coded by all coders or by one ({@link Missing#ALL_OR_ONE}).
 *   <li>DKPro's Fleiss chance agreement divides by all units, even those nobody coded; Gwet's
 *       leaves those out. No unit is empty in {@link Missing#ALL_OR_ONE} data.
 *   <li>DKPro's Cohen's kappa and Scott's pi take chance agreement from every unit each coder coded
 *       and ignore missing values (with a warning); ours use only units both coded. They are
 *       compared on complete data.
 *   <li>DKPro's Bennett's S and Randolph's kappa are our Brennan-Prediger, with q the number of
 *       categories used anywhere; so is ours for data whose labels are the categories used.
 *   <li>DKPro returns 0 for alpha when observed and expected disagreement are both 0 and throws for
 *       one category; we return NaN. Such data are skipped.
 * </ul>
 *
 * Krippendorff's alpha agrees at every level compared (nominal, ordinal, interval) with any missing
 * values, empty units included: DKPro's ordinal difference also counts only pairable values.
 */
class DkproCrossCheckTest {

  private static final double TOLERANCE = 1e-9;

  @Property(tries = 300)
  void alphaAgreesWithDkproAtEveryLevelWithMissingValues(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 60) int units,
      @ForAll @IntRange(min = 2, max = 5) int coders,
      @ForAll @IntRange(min = 2, max = 6) int categories,
      @ForAll @DoubleRange(min = 0, max = 0.4) double missingRate) {
    RandomReliabilityData random =
        RandomReliabilityData.generate(seed, units, coders, categories, missingRate, Missing.ANY);
    Assume.that(random.pairableCategories() >= 2);
    CodingAnnotationStudy study = study(random);
    ReliabilityData data = random.data();
    assertThat(KrippendorffAlpha.of(data, Level.NOMINAL).value())
        .isCloseTo(
            new KrippendorffAlphaAgreement(study, new NominalDistanceFunction())
                .calculateAgreement(),
            within(TOLERANCE));
    assertThat(KrippendorffAlpha.of(data, Level.ORDINAL).value())
        .isCloseTo(
            new KrippendorffAlphaAgreement(study, new OrdinalDistanceFunction())
                .calculateAgreement(),
            within(TOLERANCE));
    assertThat(KrippendorffAlpha.of(data, Level.INTERVAL).value())
        .isCloseTo(
            new KrippendorffAlphaAgreement(study, new IntervalDistanceFunction())
                .calculateAgreement(),
            within(TOLERANCE));
  }

  @Property(tries = 300)
  void multiCoderCoefficientsAgreeWithDkpro(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 60) int units,
      @ForAll @IntRange(min = 2, max = 5) int coders,
      @ForAll @IntRange(min = 2, max = 6) int categories,
      @ForAll @DoubleRange(min = 0, max = 0.4) double missingRate) {
    RandomReliabilityData random =
        RandomReliabilityData.generate(
            seed, units, coders, categories, missingRate, Missing.ALL_OR_ONE);
    Assume.that(random.pairableCategories() >= 2 && random.usedCategories() == categories);
    CodingAnnotationStudy study = study(random);
    ReliabilityData data = random.data();
    assertThat(value(Statistic.PERCENT_AGREEMENT, data))
        .isCloseTo(new PercentageAgreement(study).calculateAgreement(), within(TOLERANCE));
    assertThat(value(Statistic.FLEISS_KAPPA, data))
        .isCloseTo(
            quietly(() -> new FleissKappaAgreement(study)).calculateAgreement(), within(TOLERANCE));
    assertThat(value(Statistic.BRENNAN_PREDIGER, data))
        .isCloseTo(new RandolphKappaAgreement(study).calculateAgreement(), within(TOLERANCE));
    if (coders == 2) {
      assertThat(value(Statistic.BRENNAN_PREDIGER, data))
          .isCloseTo(new BennettSAgreement(study).calculateAgreement(), within(TOLERANCE));
    }
  }

  @Property(tries = 300)
  void twoCoderCoefficientsAgreeWithDkproOnCompleteData(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 80) int units,
      @ForAll @IntRange(min = 2, max = 6) int categories) {
    RandomReliabilityData random =
        RandomReliabilityData.generate(seed, units, 2, categories, 0, Missing.NONE);
    Assume.that(random.usedCategories() >= 2);
    CodingAnnotationStudy study = study(random);
    ReliabilityData data = random.data();
    assertThat(value(Statistic.COHEN_KAPPA, data))
        .isCloseTo(new CohenKappaAgreement(study).calculateAgreement(), within(TOLERANCE));
    assertThat(value(Statistic.SCOTT_PI, data))
        .isCloseTo(new ScottPiAgreement(study).calculateAgreement(), within(TOLERANCE));
  }

  /** DKPro's Fleiss warns on stderr about missing values it handles as Gwet does. */
  private static <T> T quietly(java.util.function.Supplier<T> make) {
    java.io.PrintStream err = System.err;
    System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
    try {
      return make.get();
    } finally {
      System.setErr(err);
    }
  }

  private static double value(Statistic statistic, ReliabilityData data) {
    return Agreement.estimate(statistic, data, Level.NOMINAL, Bootstrap.OFF).orElseThrow().value();
  }

  /** The same data as a DKPro study: categories as Integers, missing as null. */
  private static CodingAnnotationStudy study(RandomReliabilityData random) {
    int coders = random.matrix()[0].length;
    CodingAnnotationStudy study = new CodingAnnotationStudy(coders);
    for (int[] row : random.matrix()) {
      Object[] item = new Object[coders];
      for (int c = 0; c < coders; c++) {
        item[c] = row[c] < 0 ? null : Integer.valueOf(row[c]);
      }
      study.addItemAsArray(item);
    }
    return study;
  }
}
