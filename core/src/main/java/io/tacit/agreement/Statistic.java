package io.tacit.agreement;

/**
 * The coefficients Tacit reports. {@link #key()} is the name in {@code tacit agree --format json}.
 */
public enum Statistic {
  PERCENT_AGREEMENT("percentAgreement", "Percent agreement"),
  COHEN_KAPPA("cohenKappa", "Cohen's kappa"),
  SCOTT_PI("scottPi", "Scott's pi"),
  FLEISS_KAPPA("fleissKappa", "Fleiss' kappa"),
  KRIPPENDORFF_ALPHA("krippendorffAlpha", "Krippendorff's alpha"),
  /** AC1 at the nominal level; AC2 with Gwet's weights at the other levels. */
  GWET_AC1("gwetAc1", "Gwet's AC1"),
  BRENNAN_PREDIGER("brennanPrediger", "Brennan-Prediger");

  private final String key;
  private final String label;

  Statistic(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** The camelCase JSON key from the design contract. */
  public String key() {
    return key;
  }

  /** The name a report prints. */
  public String label() {
    return label;
  }

  /** The name a report prints at {@code level}: Gwet's coefficient is AC2 when weighted. */
  public String label(Level level) {
    return this == GWET_AC1 && level != Level.NOMINAL ? "Gwet's AC2" : label;
  }

  /** Cohen's kappa and Scott's pi compare exactly two coders; the rest take any number. */
  public boolean appliesTo(int coders) {
    return switch (this) {
      case COHEN_KAPPA, SCOTT_PI -> coders == 2;
      default -> coders >= 2;
    };
  }
}
