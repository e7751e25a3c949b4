package io.tacit.agreement;

/**
 * How to bootstrap confidence intervals. The same seed gives the same intervals, byte for byte:
 * every statistic draws from its own random stream derived from the seed, one thread, in a fixed
 * order. Immutable.
 *
 * @param replicates resamples per statistic; 0 turns the bootstrap off
 * @param seed seed of the random streams
 */
public record Bootstrap(int replicates, long seed) {

  /** The seed used unless the user gives one. */
  public static final long DEFAULT_SEED = 20260101L;

  /** 1000 replicates with the default seed. */
  public static final Bootstrap DEFAULT = new Bootstrap(1000, DEFAULT_SEED);

  /** No bootstrap: intervals come from standard errors where those exist. */
  public static final Bootstrap OFF = new Bootstrap(0, DEFAULT_SEED);

  public Bootstrap {
    if (replicates < 0 || replicates > 1_000_000) {
      throw new IllegalArgumentException(
          "bootstrap replicates must be between 0 and 1000000, not " + replicates);
    }
  }

  public static Bootstrap of(int replicates, long seed) {
    return new Bootstrap(replicates, seed);
  }

  public boolean isOn() {
    return replicates > 0;
  }
}
