package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tacit.coding.CodingTable;
import io.tacit.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes adding codings to one coder's file at the same time lose nothing. */
class CodeConcurrencyTest {
  @TempDir Path tmp;

  @Test
  void twoProcessesAddingCodingsAtOnceLoseNothing() throws Exception {
    Path study = CodingStudy.create(tmp);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    List<Process> processes = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      Path log = tmp.resolve("process-" + p + ".log");
      processes.add(
          new ProcessBuilder(
                  java,
                  "-cp",
                  classPath,
                  AddCodings.class.getName(),
                  study.toString(),
                  "lead",
                  String.valueOf(p * 50),
                  "50")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start());
    }
    for (int p = 0; p < 2; p++) {
      Process process = processes.get(p);
      assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(process.exitValue())
          .as(Files.readString(tmp.resolve("process-" + p + ".log")))
          .isZero();
    }
    String text = Files.readString(study.resolve("coding/lead.csv"));
    CodingTable table = CodingTable.read("coding/lead.csv", text);
    assertThat(table.rows()).hasSize(100);
    List<Integer> starts = table.rows().stream().map(r -> r.span().start()).toList();
    assertThat(starts).isSorted().doesNotHaveDuplicates();
    assertThat(starts.get(0)).isZero();
    assertThat(starts.get(99)).isEqualTo(99);
    assertThat(Project.open(study).codings().load("lead")).hasSize(100);
    assertThat(text).doesNotContain("\r").endsWith("\n");
    try (var leftovers = Files.list(study.resolve("coding"))) {
      assertThat(leftovers.map(f -> f.getFileName().toString())).containsExactly("lead.csv");
    }
  }
}
