package io.tacit.coding.reliability;

import io.tacit.agreement.AgreementReport;
import io.tacit.agreement.Estimate;
import io.tacit.agreement.Statistic;
import java.util.List;

/**
 * Agreement on one code over the units of the double-coded transcripts: how many units each
 * combination of coders put it on, and every coefficient of its presence or absence. With three or
 * more coders, {@code bothCoded} counts units every coder applied it to, {@code onlyFirst} and
 * {@code onlySecond} units only the first (or second) coder applied it to, and {@code byCoders}
 * holds the full distribution. Immutable.
 *
 * @param code the code
 * @param bothCoded units every coder applied it to
 * @param onlyFirst units only the first coder applied it to
 * @param onlySecond units only the second coder applied it to
 * @param neither units no coder applied it to
 * @param byCoders {@code byCoders.get(n)}: units exactly n coders applied it to, n = 0..coders
 * @param report the coefficients (nominal, presence or absence)
 */
public record CodeReliability(
    String code,
    long bothCoded,
    long onlyFirst,
    long onlySecond,
    long neither,
    List<Long> byCoders,
    AgreementReport report) {

  public CodeReliability {
    byCoders = List.copyOf(byCoders);
  }

  /** Krippendorff's alpha, NaN where undefined. */
  public double alpha() {
    return report.estimate(Statistic.KRIPPENDORFF_ALPHA).map(Estimate::value).orElse(Double.NaN);
  }

  /** Units the coders applied it to differently. */
  public long disagreements() {
    long agreed = byCoders.get(0) + byCoders.get(byCoders.size() - 1);
    return byCoders.stream().mapToLong(Long::longValue).sum() - agreed;
  }
}
