package io.tacit.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstNamesTest {
  @Test
  void knowsFirstNamesFromTheModelsJarInAnyCase() {
    assertThat(FirstNames.contains("Dmitri")).isTrue();
    assertThat(FirstNames.contains("marcus")).isTrue();
    assertThat(FirstNames.contains("ERNESTO")).isTrue();
    assertThat(FirstNames.contains("Grace")).isTrue();
  }

  @Test
  void knowsNoWordsThatAreNeverNames() {
    assertThat(FirstNames.contains("the")).isFalse();
    assertThat(FirstNames.contains("honestly")).isFalse();
    assertThat(FirstNames.contains("Monday")).isFalse();
    assertThat(FirstNames.contains("")).isFalse();
  }
}
