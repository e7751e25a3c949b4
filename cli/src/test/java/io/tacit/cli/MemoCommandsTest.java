package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoCommandsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  @TempDir Path tmp;
  private Path study;

  @BeforeEach
  void study() {
    study = CodingStudy.create(tmp);
  }

  private CliRun run(String... args) {
    return CliRun.in(study, args);
  }

  @Test
  void memosOnTranscriptsUnitsCodesAndThemesAreListedWithWhatTheyAreAbout() throws Exception {
    assertThat(run("memo", "add", "--on", "p01:t2", "--coder", "lead", "Buses", "again.").err())
        .isEqualTo("Added a memo on p01:t2 to memos/p01-t2.md.\n");
    run("memo", "add", "--on", "code:transport", "Mostly buses.");
    run("memo", "add", "--on", "p02", "Short interview.");
    run("memo", "add", "--on", "theme:getting-there", "Distance as a barrier.");
    run("code", "add", "--coder", "lead", "--code", "transport", "p01:t2", "p01:t6");
    assertThat(study.resolve("memos/p01-t2.md"))
        .content()
        .matches(
            "# Memos on p01:t2\n\n"
                + "## \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ lead\n\nBuses again.\n");
    JsonNode all = JSON.readTree(run("memo", "list", "--format", "json").out());
    assertThat(all)
        .extracting(m -> m.get("target").asText() + " | " + m.get("context").asText())
        .containsExactly(
            "code:transport | 2 codings (lead 2)",
            "p01:t2 | Most of them take the bus, and some need a ride from family.",
            "p02 | p02",
            "theme:getting-there | ");
    assertThat(all.get(1).fieldNames())
        .toIterable()
        .containsExactly("target", "kind", "file", "created", "coder", "text", "context");
    assertThat(JSON.readTree(run("memo", "list", "--on", "p01:t2", "--format", "json").out()))
        .hasSize(1);
  }

  @Test
  void refusesUnknownTargets() {
    for (String on : new String[] {"p09", "p01:t99", "code:parking", "../x", "code:../x"}) {
      CliRun r = run("memo", "add", "--on", on, "text");
      assertThat(r.exitCode()).as(on).isEqualTo(3);
      assertThat(r.err()).startsWith("tacit: ");
    }
    assertThat(study.resolve("memos")).isEmptyDirectory();
  }
}
