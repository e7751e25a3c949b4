package io.tacit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "p01",
        "lead",
        "second-coder",
        "a_b",
        "0",
        "x123456789012345678901234567890123456789012345678901234567890123"
      })
  void acceptsIdsThatAreSafeFileNames(String id) {
    assertThat(Ids.require("coder", id)).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "../x",
        "P01",
        "-lead",
        "a b",
        "a/b",
        "con.txt",
        "é",
        "x1234567890123456789012345678901234567890123456789012345678901234"
      })
  void refusesAnythingElseNamingTheRule(String id) {
    assertThatThrownBy(() -> Ids.require("coder", id))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("coder id \"" + id + "\" is not allowed")
        .hasMessageContaining("lowercase letters");
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
      Interview 01,  interview-01
      P07 (final),   p07-final
      ...,           ''
      """)
  void suggestsAValidIdFromAName(String name, String expected) {
    assertThat(Ids.suggest(name)).isEqualTo(expected);
  }
}
