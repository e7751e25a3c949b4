package io.tacit.agreement;

/**
 * Steele, Lea and Flood's SplitMix64 generator, written out here rather than borrowed from the JDK
 * so that a seed gives the same bootstrap on every Java version, byte for byte. Not thread-safe;
 * each stream belongs to one computation.
 */
final class SplitMix64 {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private long state;

  SplitMix64(long seed) {
    this.state = seed;
  }

  /**
   * An independent stream for one purpose (one statistic, say), so that adding or dropping a
   * statistic does not change the random numbers another one draws.
   */
  static SplitMix64 stream(long seed, long stream) {
    return new SplitMix64(mix(seed + GOLDEN_GAMMA * (stream + 1)));
  }

  long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /** Uniform on [0, 1) with 53 random bits. */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
