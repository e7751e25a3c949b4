package io.tacit.agreement;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Computes agreement coefficients. {@link #report} gives them all for one set of reliability data;
 * the other methods give one at a time. Single-threaded and deterministic: the same data and
 * bootstrap seed give the same numbers, byte for byte. Stateless.
 *
 * <pre>{@code
 * ReliabilityData data = ReliabilityData.ofLabels(new String[][] {
 *     {"care-plan", "care-plan"}, {"referral", "care-plan"}, {"referral", null}});
 * AgreementReport report = Agreement.report(data, Level.NOMINAL, Bootstrap.DEFAULT);
 * Estimate alpha = report.estimate(Statistic.KRIPPENDORFF_ALPHA).orElseThrow();
 * }</pre>
 */
public final class Agreement {

  private Agreement() {}

  /**
   * Every statistic that applies to {@code data}: Cohen's kappa and Scott's pi only with exactly
   * two coders, the others always. At the nominal level Gwet's coefficient is AC1; at the others it
   * is AC2 with the level's weights ({@link Weights#forLevel}). Percent agreement, kappa, pi,
   * Fleiss' kappa and Brennan-Prediger are unweighted at every level.
   *
   * @throws IllegalArgumentException at the interval or ratio level if the data have no values
   */
  public static AgreementReport report(ReliabilityData data, Level level, Bootstrap bootstrap) {
    RatingProfiles profiles = RatingProfiles.of(data);
    Map<Statistic, AgreementReport.Entry> entries = new EnumMap<>(Statistic.class);
    @Nullable BootstrapDistribution alphaDistribution = null;
    for (Statistic statistic : Statistic.values()) {
      if (!statistic.appliesTo(data.coders())) {
        continue;
      }
      if (statistic == Statistic.KRIPPENDORFF_ALPHA) {
        KrippendorffAlpha alpha = KrippendorffAlpha.of(profiles, level, data);
        Estimate normal = alpha.estimate();
        if (bootstrap.isOn() && normal.isDefined()) {
          BootstrapDistribution distribution = alpha.bootstrap(bootstrap);
          alphaDistribution = distribution;
          entries.put(
              statistic, bootstrapped(normal, distribution, IntervalMethod.KRIPPENDORFF_BOOTSTRAP));
        } else {
          entries.put(statistic, analytic(normal));
        }
      } else {
        entries.put(statistic, unitLevel(statistic, data, profiles, level, bootstrap));
      }
    }
    return new AgreementReport(
        data.units(),
        profiles.pairableUnits(),
        data.coders(),
        level,
        bootstrap,
        entries,
        alphaDistribution);
  }

  /** One statistic, as {@link #report} would give it; empty where it does not apply. */
  public static Optional<Estimate> estimate(
      Statistic statistic, ReliabilityData data, Level level, Bootstrap bootstrap) {
    if (!statistic.appliesTo(data.coders())) {
      return Optional.empty();
    }
    if (statistic == Statistic.KRIPPENDORFF_ALPHA) {
      KrippendorffAlpha alpha = KrippendorffAlpha.of(data, level);
      Estimate normal = alpha.estimate();
      if (!bootstrap.isOn() || !normal.isDefined()) {
        return Optional.of(normal);
      }
      double[] ci = alpha.bootstrap(bootstrap).interval95();
      return Optional.of(normal.withInterval(ci[0], ci[1]));
    }
    return Optional.of(
        unitLevel(statistic, data, RatingProfiles.of(data), level, bootstrap).estimate());
  }

  /** Cohen's kappa of a published or prepared table, optionally weighted (Cohen 1968). */
  public static Estimate cohenKappa(ContingencyTable table, Weights weights) {
    return new TwoRaterCoefficient(TwoRaterCoefficient.Kind.COHEN, weights).estimate(table);
  }

  /** Scott's pi of a published or prepared table, optionally weighted. */
  public static Estimate scottPi(ContingencyTable table, Weights weights) {
    return new TwoRaterCoefficient(TwoRaterCoefficient.Kind.SCOTT, weights).estimate(table);
  }

  private static AgreementReport.Entry unitLevel(
      Statistic statistic,
      ReliabilityData data,
      RatingProfiles profiles,
      Level level,
      Bootstrap bootstrap) {
    int q = data.categoryCount();
    Estimate normal;
    long[] population;
    Resampler.CountStatistic resampled;
    switch (statistic) {
      case COHEN_KAPPA, SCOTT_PI -> {
        TwoRaterCoefficient coefficient =
            new TwoRaterCoefficient(
                statistic == Statistic.COHEN_KAPPA
                    ? TwoRaterCoefficient.Kind.COHEN
                    : TwoRaterCoefficient.Kind.SCOTT,
                Weights.identity(q));
        ContingencyTable table = ContingencyTable.of(data);
        normal = coefficient.estimate(table);
        population = table.cells();
        resampled = coefficient::value;
      }
      default -> {
        MultiRaterCoefficient coefficient = multiRater(statistic, profiles, level, data);
        normal = coefficient.estimate();
        population = profiles.counts();
        resampled = coefficient::value;
      }
    }
    if (!bootstrap.isOn() || !normal.isDefined()) {
      return analytic(normal);
    }
    BootstrapDistribution distribution =
        Resampler.run(population, bootstrap, statistic.ordinal(), resampled);
    return bootstrapped(normal, distribution, IntervalMethod.UNIT_BOOTSTRAP);
  }

  private static MultiRaterCoefficient multiRater(
      Statistic statistic, RatingProfiles profiles, Level level, ReliabilityData data) {
    Weights identity = Weights.identity(data.categoryCount());
    return switch (statistic) {
      case PERCENT_AGREEMENT -> new MultiRaterCoefficient(profiles, identity, ChanceModel.NONE);
      case FLEISS_KAPPA -> new MultiRaterCoefficient(profiles, identity, ChanceModel.FLEISS);
      case GWET_AC1 ->
          new MultiRaterCoefficient(profiles, Weights.forLevel(level, data), ChanceModel.GWET);
      case BRENNAN_PREDIGER -> new MultiRaterCoefficient(profiles, identity, ChanceModel.UNIFORM);
      default -> throw new IllegalArgumentException("not a multi-coder statistic: " + statistic);
    };
  }

  private static AgreementReport.Entry analytic(Estimate normal) {
    return new AgreementReport.Entry(
        normal, normal.hasInterval() ? IntervalMethod.NORMAL : IntervalMethod.NONE, normal);
  }

  private static AgreementReport.Entry bootstrapped(
      Estimate normal, BootstrapDistribution distribution, IntervalMethod method) {
    double[] ci = distribution.interval95();
    if (Double.isNaN(ci[0])) {
      return analytic(normal);
    }
    return new AgreementReport.Entry(normal.withInterval(ci[0], ci[1]), method, normal);
  }
}
