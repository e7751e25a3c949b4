package io.tacit.agreement;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
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
 */
public final class AgreementReport {

  /**
   * One statistic's result.
   *
   * @param estimate the value, standard error and reported interval
   * @param interval how the reported interval was obtained
   * @param normal the same value and standard error with the normal-approximation interval
   */
  public record Entry(Estimate estimate, IntervalMethod interval, Estimate normal) {}

  private final int units;
  private final long pairableUnits;
  private final int coders;
  private final Level level;
  private final Bootstrap bootstrap;
  private final Map<Statistic, Entry> entries;
  private final @Nullable BootstrapDistribution alphaDistribution;

  AgreementReport(
      int units,
      long pairableUnits,
      int coders,
      Level level,
      Bootstrap bootstrap,
      Map<Statistic, Entry> entries,
      @Nullable BootstrapDistribution alphaDistribution) {
    this.units = units;
    this.pairableUnits = pairableUnits;
    this.coders = coders;
    this.level = level;
    this.bootstrap = bootstrap;
    EnumMap<Statistic, Entry> copy = new EnumMap<>(Statistic.class);
    copy.putAll(entries);
    this.entries = Collections.unmodifiableMap(copy);
    this.alphaDistribution = alphaDistribution;
  }

  /** Rows of the reliability data. */
  public int units() {
    return units;
  }

  /** Units with at least two ratings, the ones agreement is measured on. */
  public long pairableUnits() {
    return pairableUnits;
  }

  /** Columns of the reliability data. */
  public int coders() {
    return coders;
  }

  /** The level of measurement used for alpha and AC2. */
  public Level level() {
    return level;
  }

  /** How intervals were bootstrapped. */
  public Bootstrap bootstrap() {
    return bootstrap;
  }

  /** Results by statistic, in {@link Statistic} order. */
  public Map<Statistic, Entry> entries() {
    return entries;
  }

  /** The estimate of {@code statistic}, or empty where it does not apply. */
  public Optional<Estimate> estimate(Statistic statistic) {
    return entry(statistic).map(Entry::estimate);
  }

  /** The result of {@code statistic}, or empty where it does not apply. */
  public Optional<Entry> entry(Statistic statistic) {
    return Optional.ofNullable(entries.get(statistic));
  }

  /**
   * Krippendorff's bootstrap distribution of alpha, when bootstrapped: for the probability that
   * alpha fails to reach a required minimum ({@link BootstrapDistribution#probabilityBelow}).
   */
  public Optional<BootstrapDistribution> alphaDistribution() {
    return Optional.ofNullable(alphaDistribution);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AgreementReport other
        && units == other.units
        && pairableUnits == other.pairableUnits
        && coders == other.coders
        && level == other.level
        && bootstrap.equals(other.bootstrap)
        && entries.equals(other.entries)
        && Objects.equals(alphaDistribution, other.alphaDistribution);
  }

  @Override
  public int hashCode() {
    return Objects.hash(units, pairableUnits, coders, level, bootstrap, entries);
  }

  @Override
  public String toString() {
    return "AgreementReport["
        + units
        + " units, "
        + coders
        + " coders, "
        + level.key()
        + ", "
        + entries
        + "]";
  }
}
