package io.tacit.coding.reliability;

import io.tacit.agreement.Agreement;
import io.tacit.agreement.ContingencyTable;
import io.tacit.agreement.Estimate;
import io.tacit.agreement.Weights;

/**
 * Characters (code points) of text by what two coders did with one code: both coded them, only one
 * did, or neither. Like NVivo's coding comparison, the characters neither coded count as agreement,
 * so long uncoded stretches raise percent agreement and kappa. Immutable.
 *
 * @param both coded by both
 * @param onlyFirst coded by the first coder only
 * @param onlySecond coded by the second coder only
 * @param neither coded by neither
 */
public record CharCounts(long both, long onlyFirst, long onlySecond, long neither) {
  public static final CharCounts ZERO = new CharCounts(0, 0, 0, 0);

  public CharCounts {
    if (both < 0 || onlyFirst < 0 || onlySecond < 0 || neither < 0) {
      throw new IllegalArgumentException("negative character count");
    }
  }

  /** The counts of one text of {@code length} code points, from each coder's union of spans. */
  static CharCounts of(Intervals first, Intervals second, long length) {
    long both = first.overlap(second);
    long a = first.length();
    long b = second.length();
    return new CharCounts(both, a - both, b - both, length - a - b + both);
  }

  public long total() {
    return both + onlyFirst + onlySecond + neither;
  }

  public CharCounts plus(CharCounts o) {
    return new CharCounts(
        both + o.both, onlyFirst + o.onlyFirst, onlySecond + o.onlySecond, neither + o.neither);
  }

  /** (both + neither) / total; NaN for no text. */
  public double percent() {
    long n = total();
    return n == 0 ? Double.NaN : (both + neither) / (double) n;
  }

  /**
   * Cohen's kappa of the two-by-two table of characters, value only: characters are not independent
   * observations, so no standard error or interval is given.
   */
  public Estimate kappa() {
    Estimate k =
        Agreement.cohenKappa(
            ContingencyTable.of(new long[][] {{both, onlyFirst}, {onlySecond, neither}}),
            Weights.identity(2));
    return new Estimate(k.value(), Double.NaN, Double.NaN, Double.NaN);
  }
}
