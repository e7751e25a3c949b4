package io.tacit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectInitializerTest {
  @TempDir Path tmp;

  @Test
  void aCodebookWithErrorsRefusesInitWithEveryProblem() throws IOException {
    Path file = tmp.resolve("broken.yaml");
    Files.writeString(
        file,
        "id: s\ncodes:\n  - id: a\n    name: A\n  - id: a\n    name: B\n" + "    color: blue\n");
    assertThatThrownBy(() -> ProjectInitializer.init(tmp.resolve("study"), "S", file.toString()))
        .isInstanceOf(BadInputException.class)
        .satisfies(e -> assertThat(((BadInputException) e).problems()).hasSize(2))
        .hasMessageContaining(file + ":5: code id \"a\" is already used on line 3");
    assertThat(tmp.resolve("study/tacit.yaml")).doesNotExist();
  }

  @Test
  void aYamlCodebookIsCopiedAsWrittenAndOthersBecomeYaml() throws IOException {
    Path yaml = tmp.resolve("mine.yaml");
    String text = "# our codebook\nid: s\ntitle: S\nversion: 1\nsource: x\ncodes: []\n";
    Files.writeString(yaml, text);
    Project p = ProjectInitializer.init(tmp.resolve("a"), "A", yaml.toString());
    assertThat(p.codebook().file()).hasContent(text.strip());

    Path csv = tmp.resolve("codes.csv");
    Files.writeString(csv, "id,parent,name\nx,,X\ny,x,Y\n");
    Project q = ProjectInitializer.init(tmp.resolve("b"), "B", csv.toString());
    assertThat(q.codebook().load().path("y")).isEqualTo("X > Y");
    assertThat(q.codebook().file()).content().startsWith("id: codes\ntitle: codes\n");
  }

  @Test
  void theShippedCodebookIsReadyToUse() {
    Project p = ProjectInitializer.init(tmp.resolve("c"), "C", ProjectInitializer.AHRQ);
    assertThat(p.codebook().check().diagnostics()).isEmpty();
  }
}
