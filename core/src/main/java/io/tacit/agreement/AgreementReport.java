package io.tacit.agreement;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every coefficient for one set of reliability data. A statistic that does not apply (Cohen's kappa
 * or Scott's pi with other than two coders) is absent; one that applies but is undefined for the
 * data is present with NaN components.
 *
 * <p>The reported interval is the bootstrap's when the bootstrap is on (Krippendorff's for alpha,
 * the unit bootstrap for the others), otherwise the normal approximation from the standard error
 * where one exists; {@link Entry#interval()} says which. The normal-approximation estimate is kept
 * alongside. Immutable.
 *
 * @param units rows of the reliability data
 * @param pairableUnits units with at least two ratings, the ones agreement is measured on
 * @param coders columns of the reliability data
 * @param level level of measurement used for alpha and AC2
 * @param bootstrap how intervals were bootstrapped
 * @param entries results by statistic, in {@link Statistic} order
 * @param alphaDistribution Krippendorff's bootstrap distribution of alpha, when bootstrapped
 */
public record AgreementReport(
    int units,
    long pairableUnits,
    int coders,
    Level level,
    Bootstrap bootstrap,
    Map<Statistic, Entry> entries,
    Optional<BootstrapDistribution> alphaDistribution) {

  /**
   * One statistic's result.
   *
   * @param estimate the value, standard error and reported interval
   * @param interval how the reported interval was obtained
   * @param normal the same value and standard error with the normal-approximation interval
   */
  public record Entry(Estimate estimate, IntervalMethod interval, Estimate normal) {}

  public AgreementReport {
    EnumMap<Statistic, Entry> copy = new EnumMap<>(Statistic.class);
    copy.putAll(entries);
    entries = Collections.unmodifiableMap(copy);
  }

  /** The estimate of {@code statistic}, or empty where it does not apply. */
  public Optional<Estimate> estimate(Statistic statistic) {
    @Nullable Entry entry = entries.get(statistic);
    return entry == null ? Optional.empty() : Optional.of(entry.estimate());
  }

  /** The result of {@code statistic}, or empty where it does not apply. */
  public Optional<Entry> entry(Statistic statistic) {
    return Optional.ofNullable(entries.get(statistic));
  }
}
