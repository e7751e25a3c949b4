package io.tacit.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemesYamlTest {
  private static final Themes THEMES =
      new Themes(
          List.of(
              new Theme(
                  "mutuality",
                  "Mutuality: \"we're in it together\"",
                  "Peers and clients # both",
                  List.of("peer-mutuality"),
                  List.of(
                      Theme.candidate("give-back", "Giving back", "", List.of("peer-role"), "")),
                  ThemeStatus.REVIEWED,
                  "line one\nline two"),
              Theme.candidate("yes", "no", "", List.of(), "")));

  @Test
  void readsWhatItWritesUnchanged() {
    String text = ThemesYaml.write(THEMES);
    ThemesFile read = ThemesYaml.read("themes.yaml", text);
    assertThat(read.errors()).isEmpty();
    assertThat(read.themes()).isEqualTo(THEMES);
    assertThat(ThemesYaml.write(read.themes())).isEqualTo(text);
    assertThat(read.asSuggested()).isFalse();
  }

  @Test
  void recognisesAnUneditedSuggestionByItsHash() {
    Themes candidates =
        new Themes(List.of(Theme.candidate("theme-1", "One", "", List.of("a"), "")));
    String text = ThemesYaml.writeSuggested(candidates);
    assertThat(ThemesYaml.read("t", text).replaceable()).isTrue();
    assertThat(ThemesYaml.read("t", text.replace("One", "Uno")).replaceable()).isFalse();
    assertThat(ThemesYaml.read("t", ThemesYaml.write(candidates)).replaceable()).isFalse();
    assertThat(ThemesYaml.read("t", "themes: []\n").replaceable()).isTrue();
  }

  @Test
  void locatesThemesAndCodes() {
    ThemesFile read =
        ThemesYaml.read(
            "themes.yaml",
            "themes:\n  - id: a\n    name: A\n"
                + "    codes:\n      - x\n      - y\n    subthemes:\n      - id: b\n        name: B\n"
                + "        colour: red\n");
    assertThat(read.located()).extracting(ThemesFile.Located::line).containsExactly(2, 8);
    assertThat(read.located().get(0).codeLines()).containsExactly(5, 6);
    assertThat(read.warnings()).extracting(p -> p.location()).containsExactly("themes.yaml:10");
  }
}
