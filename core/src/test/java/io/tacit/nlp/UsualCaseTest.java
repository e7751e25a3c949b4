package io.tacit.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsualCaseTest {
  @Test
  void namesAreUsuallyCapitalisedAndEverydayWordsAreNot() {
    assertThat(UsualCase.capitalised("tomasz")).isTrue();
    assertThat(UsualCase.capitalised("Okoro")).isTrue();
    assertThat(UsualCase.capitalised("LAYLA")).isTrue();
    assertThat(UsualCase.capitalised("will")).isFalse();
    assertThat(UsualCase.capitalised("patience")).isFalse();
    assertThat(UsualCase.capitalised("the")).isFalse();
  }

  @Test
  void onlyTheFormNamesTakeCounts() {
    // The table's usual forms for these are all capitals or mixed case, as acronyms and brands.
    assertThat(UsualCase.capitalised("fonaprovi")).isFalse();
    assertThat(UsualCase.capitalised("silvaterm")).isFalse();
    assertThat(UsualCase.capitalised("")).isFalse();
  }
}
