package io.tacit.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeEditorTest {
  private static final Themes THEMES =
      new Themes(
          List.of(
              Theme.candidate("a", "A", "", List.of("x", "y", "z"), ""),
              Theme.candidate("b", "B", "", List.of("w"), "note b")));

  @Test
  void mergesSecondIntoFirst() {
    Themes merged = ThemeEditor.merge(THEMES, "a", "b", "ab");
    assertThat(merged.themes()).hasSize(1);
    assertThat(merged.themes().get(0).id()).isEqualTo("ab");
    assertThat(merged.themes().get(0).codes()).containsExactly("x", "y", "z", "w");
    assertThat(merged.themes().get(0).notes()).isEqualTo("note b");
  }

  @Test
  void splitsCodesIntoANewThemeAfterIt() {
    Themes split = ThemeEditor.split(THEMES, "a", List.of("y", "z"), "c", "C");
    assertThat(split.themes()).extracting(Theme::id).containsExactly("a", "c", "b");
    assertThat(split.find("a").orElseThrow().codes()).containsExactly("x");
    assertThat(split.find("c").orElseThrow().codes()).containsExactly("y", "z");
    assertThatThrownBy(() -> ThemeEditor.split(THEMES, "a", List.of("w"), "c", ""))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("has no code \"w\"");
  }

  @Test
  void movesACodeOutOfEveryOtherTheme() {
    Themes moved = ThemeEditor.moveCode(THEMES, "x", "b");
    assertThat(moved.find("a").orElseThrow().codes()).containsExactly("y", "z");
    assertThat(moved.find("b").orElseThrow().codes()).containsExactly("w", "x");
    assertThat(ThemeEditor.moveCode(moved, "x", "b")).isSameAs(moved);
  }

  @Test
  void renamesAndSetsStatusOrSaysNothingChanged() {
    assertThat(ThemeEditor.rename(THEMES, "a", "A")).isSameAs(THEMES);
    assertThat(ThemeEditor.rename(THEMES, "a", " New ").find("a").orElseThrow().name())
        .isEqualTo("New");
    assertThat(
            ThemeEditor.setStatus(THEMES, "b", ThemeStatus.FINAL).find("b").orElseThrow().status())
        .isEqualTo(ThemeStatus.FINAL);
    assertThatThrownBy(() -> ThemeEditor.rename(THEMES, "q", "Q"))
        .hasMessageContaining("its themes are a, b");
  }
}
