package io.tacit.report;

import io.tacit.agreement.Estimate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A coefficient as a report prints it: its value and 95% confidence interval, rounded to three
 * decimals (half up), each absent where it could not be computed. Immutable.
 */
public record Figure(@Nullable Double value, @Nullable Double low, @Nullable Double high) {
  private static final Figure NONE = new Figure(null, null, null);

  public static Figure none() {
    return NONE;
  }

  public static Figure of(double value) {
    return new Figure(round(value), null, null);
  }

  public static Figure of(Estimate e) {
    return new Figure(round(e.value()), round(e.ciLow()), round(e.ciHigh()));
  }

  /** {@code 0.812}, or {@code n/a}. */
  public String text() {
    return format(value);
  }

  /** {@code 0.701 to 0.905}, or empty without an interval. */
  public String interval() {
    return low == null || high == null ? "" : format(low) + " to " + format(high);
  }

  /** {@code 0.812 (0.701 to 0.905)}, as a table cell. */
  public String cell() {
    String ci = interval();
    return ci.isEmpty() ? text() : text() + " (" + ci + ")";
  }

  static String format(@Nullable Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }

  static @Nullable Double round(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return null;
    }
    double r = new BigDecimal(Double.toString(v)).setScale(3, RoundingMode.HALF_UP).doubleValue();
    return r == 0.0 ? 0.0 : r;
  }
}
