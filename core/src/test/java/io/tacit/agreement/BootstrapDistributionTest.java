package io.tacit.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BootstrapDistributionTest {

  private final BootstrapDistribution d =
      BootstrapDistribution.of(new double[] {0.4, Double.NaN, 0.1, 0.3, 0.2, 0.5});

  @Test
  void leavesUndefinedResamplesOut() {
    assertThat(d.size()).isEqualTo(5);
    assertThat(d.undefined()).isEqualTo(1);
  }

  @Test
  void interpolatesPercentilesLikeRsDefault() {
    // R: quantile(c(.1,.2,.3,.4,.5), c(0, .025, .5, .975, 1)) = .1 .11 .3 .49 .5
    assertThat(d.percentile(0)).isEqualTo(0.1);
    assertThat(d.percentile(0.025)).isCloseTo(0.11, within(1e-15));
    assertThat(d.percentile(0.5)).isEqualTo(0.3);
    assertThat(d.percentile(0.975)).isCloseTo(0.49, within(1e-15));
    assertThat(d.percentile(1)).isEqualTo(0.5);
  }

  @Test
  void givesTheShareOfResamplesBelowAMinimum() {
    assertThat(d.probabilityBelow(0.3)).isEqualTo(0.4);
    assertThat(d.probabilityBelow(0.35)).isEqualTo(0.6);
    assertThat(d.probabilityBelow(0.0)).isEqualTo(0.0);
    assertThat(d.probabilityBelow(0.9)).isEqualTo(1.0);
  }

  @Test
  void isUndefinedWithoutResamples() {
    BootstrapDistribution empty = BootstrapDistribution.of(new double[] {Double.NaN});
    assertThat(empty.percentile(0.5)).isNaN();
    assertThat(empty.probabilityBelow(0.5)).isNaN();
  }
}
