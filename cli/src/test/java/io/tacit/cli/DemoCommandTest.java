package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo end to end, on the bundled sample study. */
class DemoCommandTest {
  @TempDir Path tmp;

  @Test
  void runsTheSampleStudyAndSaysWhereItIs() throws Exception {
    CliRun run = CliRun.in(tmp, "demo", "--out", "study");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path study = tmp.resolve("study");
    assertThat(run.out()).contains("import").contains("12 transcripts")
        .contains("The project is in " + study);

    JsonNode transcripts = JsonMapper.builder().build().readTree(
        CliRun.in(study, "transcripts", "--format", "json").out());
    assertThat(transcripts).hasSize(12);
    for (JsonNode t : transcripts) {
      assertThat(t.get("participantTurns").asInt()).as(t.get("id").asText()).isGreaterThan(15);
      assertThat(t.get("words").asInt()).as(t.get("id").asText()).isBetween(1500, 3500);
      assertThat(t.get("speakers")).as(t.get("id").asText()).hasSize(2);
    }
    assertThat(transcripts.findValuesAsText("format"))
        .contains("txt", "vtt", "srt", "docx");
    String participants = Files.readString(study.resolve("participants.csv"));
    assertThat(participants.lines()).hasSize(13);
    assertThat(participants).contains("p05,peer support specialist,PSS,Lakeview");
  }

  @Test
  void neverOverwritesAnEarlierDemoOrAFolderInUse() throws Exception {
    assertThat(CliRun.in(tmp, "demo").exitCode()).isZero();
    CliRun second = CliRun.in(tmp, "demo");
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).contains(tmp.resolve("tacit-demo-2").toString());
    Files.createDirectories(tmp.resolve("busy"));
    Files.writeString(tmp.resolve("busy/notes.txt"), "mine");
    CliRun refused = CliRun.in(tmp, "demo", "--out", "busy");
    assertThat(refused.exitCode()).isEqualTo(3);
    assertThat(refused.err()).contains("exists and is not empty");
    assertThat(tmp.resolve("busy/notes.txt")).hasContent("mine");
  }
}
