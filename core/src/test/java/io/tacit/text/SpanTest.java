package io.tacit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {
  @Test
  void measuresOverlapOfHalfOpenSpans() {
    assertThat(Span.of(0, 10).overlap(Span.of(5, 15))).isEqualTo(5);
    assertThat(Span.of(0, 10).overlap(Span.of(10, 15))).isZero();
    assertThat(Span.of(0, 10).contains(Span.of(2, 10))).isTrue();
    assertThat(Span.of(0, 10).contains(10)).isFalse();
  }

  @Test
  void refusesNegativeOrBackwardSpans() {
    assertThatThrownBy(() -> Span.of(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Span.of(5, 3)).isInstanceOf(IllegalArgumentException.class);
  }
}
