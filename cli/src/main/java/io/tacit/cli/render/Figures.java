package io.tacit.cli.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers rounded for display, the same on every machine and run. */
public final class Figures {
  private Figures() {}

  /** Rounded to {@code decimals} places, for JSON. */
  public static double round(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }

  /** Rounded to {@code digits} significant digits, for small numbers such as p-values. */
  public static double significant(double value, int digits) {
    return new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_UP)).doubleValue();
  }

  /** Fixed decimals, for tables. */
  public static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** Significant digits, for tables: 0.0123, 4.56e-07. */
  public static String sig(double value, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "g", value);
  }
}
