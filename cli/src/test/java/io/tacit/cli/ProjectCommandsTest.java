package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectCommandsTest {
  @TempDir Path tmp;
  private Path study;

  @BeforeEach
  void init() throws IOException {
    CliRun init = CliRun.in(tmp, "init", "study", "--name", "Peer study");
    assertThat(init.exitCode()).isZero();
    study = tmp.resolve("study");
    Files.writeString(
        tmp.resolve("p01.txt"),
        "Interviewer: What is your role?\n\nP01: I coordinate care. Mostly housing.\n");
  }

  @Test
  void initCreatesTheLayoutAndRefusesAnExistingProject() {
    assertThat(study.resolve("tacit.yaml"))
        .hasContent("name: Peer study\ncodebook: codebook.yaml\nunit: turn");
    assertThat(study.resolve(".gitignore")).content().contains(".tacit/");
    for (String d : new String[] {"transcripts", "coding", "memos", ".tacit"}) {
      assertThat(study.resolve(d)).isDirectory();
    }
    CliRun again = CliRun.in(tmp, "init", "study");
    assertThat(again.exitCode()).isEqualTo(3);
    assertThat(again.err()).contains("is already a Tacit project");
  }

  @Test
  void importThenListAndShowAsJsonWithTheDesignKeys() throws IOException {
    CliRun imported = CliRun.in(study, "import", "../p01.txt");
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("p01").contains("imported");

    CliRun list = CliRun.in(study.resolve("transcripts"), "transcripts", "--format", "json");
    JsonNode t = JsonMapper.builder().build().readTree(list.out()).get(0);
    assertThat(t.fieldNames())
        .toIterable()
        .contains(
            "id",
            "title",
            "format",
            "participant",
            "turns",
            "participantTurns",
            "sentences",
            "words",
            "speakers",
            "sha256");
    assertThat(t.get("turns").asInt()).isEqualTo(2);
    assertThat(t.get("participantTurns").asInt()).isEqualTo(1);
    assertThat(t.get("sentences").asInt()).isEqualTo(3);

    CliRun show =
        CliRun.in(tmp, "-C", "study", "show", "p01", "--units", "sentence", "--format", "json");
    JsonNode units = JsonMapper.builder().build().readTree(show.out()).get("units");
    assertThat(units).hasSize(3);
    JsonNode s2 = units.get(1);
    assertThat(s2.get("id").asText()).isEqualTo("p01:s2");
    assertThat(s2.get("role").asText()).isEqualTo("participant");
    assertThat(s2.get("text").asText()).isEqualTo("I coordinate care.");
    assertThat(s2.get("start").asInt()).isEqualTo(38);
    assertThat(s2.get("end").asInt()).isEqualTo(56);
  }

  @Test
  void badInputIsOneClearLineAndExitThreeWithoutStackTrace() {
    CliRun run = CliRun.in(study, "import", "missing.txt");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("tacit: missing.txt: no such file or folder\n");
    CliRun verbose = CliRun.in(study, "-v", "import", "missing.txt");
    assertThat(verbose.err()).contains("at io.tacit.");
  }

  @Test
  void hostileIdsAreRefused() {
    CliRun run = CliRun.in(study, "import", "../p01.txt", "--id", "../x");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("transcript id \"../x\" is not allowed");
    assertThat(study.resolve("x.txt")).doesNotExist();
    assertThat(tmp.resolve("x.json")).doesNotExist();
  }

  @Test
  void outsideAProjectSaysHowToStart() {
    CliRun run = CliRun.in(tmp, "transcripts");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("not inside a Tacit project").contains("tacit init");
  }

  @Test
  void usageErrorsExitTwo() {
    CliRun run = CliRun.in(study, "import", "x.txt", "--no-such-option");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("Unknown option: '--no-such-option'")
        .contains("tacit import --help");
  }

  @Test
  void versionAndHelpWork() {
    CliRun version = CliRun.in(tmp, "--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("tacit 0.");
    CliRun help = CliRun.in(tmp, "--help");
    assertThat(help.out())
        .contains("import")
        .contains("Exit codes:")
        .contains("3   bad input data");
  }

  @Test
  void participantsImportLinksAttributesAndReportsDuplicatesByLine() throws IOException {
    Files.writeString(
        tmp.resolve("people.csv"), "id,role,group\np01,case manager,MHP\np01,peer,PSS\n");
    CliRun bad = CliRun.in(study, "participants", "import", "../people.csv");
    assertThat(bad.exitCode()).isEqualTo(3);
    assertThat(bad.err()).contains("../people.csv:3: participant \"p01\" is already on line 2");
    Files.writeString(tmp.resolve("people.csv"), "id,role,group\np01,case manager,MHP\n");
    assertThat(CliRun.in(study, "participants", "import", "../people.csv").exitCode()).isZero();
    assertThat(study.resolve("participants.csv")).hasContent("id,role,group\np01,case manager,MHP");
    CliRun list = CliRun.in(study, "participants", "--format", "csv");
    assertThat(list.out()).isEqualTo("id,role,group\np01,case manager,MHP\n");
  }
}
