package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  @TempDir Path tmp;
  private Path study;

  @BeforeEach
  void study() throws IOException {
    assertThat(CliRun.in(tmp, "init", "study", "--name", "Peer study").exitCode()).isZero();
    study = tmp.resolve("study");
    Files.writeString(
        tmp.resolve("p01.txt"),
        "Interviewer: How do you coordinate care?\n\n"
            + "P01: I coordinate appointments for my clients. The care plan is shared.\n\n"
            + "Interviewer: And the peers?\n\nP01: Coordinating with peers is easy.\n");
    Files.writeString(
        tmp.resolve("p02.txt"),
        "Interviewer: Tell me about appointments.\n\n"
            + "P02: I went with him to the appointment. We rode the bus.\n\n"
            + "Interviewer: And the care plan?\n\nP02: Nobody showed me a care plan.\n");
    Files.writeString(
        tmp.resolve("people.csv"),
        "id,role,group\np01,case manager,MHP\n" + "p02,peer support specialist,PSS\n");
    assertThat(CliRun.in(study, "import", "../p01.txt", "../p02.txt").exitCode()).isZero();
    assertThat(CliRun.in(study, "participants", "import", "../people.csv").exitCode()).isZero();
  }

  @Test
  void searchJsonHasTheDesignKeysBestFirstWithMarkers() throws IOException {
    CliRun run = CliRun.in(study, "search", "appointment", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode hits = JSON.readTree(run.out());
    assertThat(hits).hasSize(2);
    JsonNode first = hits.get(0);
    assertThat(first.fieldNames())
        .toIterable()
        .startsWith("unit", "doc", "participant", "role", "score", "text");
    assertThat(hits.get(0).get("score").asDouble())
        .isGreaterThanOrEqualTo(hits.get(1).get("score").asDouble());
    assertThat(run.out())
        .contains("I went with him to the **appointment**.")
        .contains("I coordinate **appointments** for my clients.");
    assertThat(first.get("role").asText()).isEqualTo("participant");
  }

  @Test
  void twoRunsAreByteIdentical() {
    String[] args = {"search", "care OR plan OR appointment", "--format", "json"};
    CliRun first = CliRun.in(study, args);
    assertThat(first.out()).isEqualTo(CliRun.in(study, args).out());
    assertThat(CliRun.in(study, "words", "--format", "csv").out())
        .isEqualTo(CliRun.in(study, "words", "--format", "csv").out());
  }

  @Test
  void malformedQueryIsExitThreeWithAHumanMessage() {
    CliRun run = CliRun.in(study, "search", "\"care plan");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .isEqualTo(
            "tacit: unbalanced quote in the query: \"care plan (close the"
                + " phrase with a second \", or write \\\" to search for a quote mark)\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownWhereAttributeNamesTheKnownOnes() {
    CliRun run = CliRun.in(study, "search", "plan", "--where", "grp=PSS");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains(
            "--where grp: unknown participant attribute \"grp\"; the"
                + " attributes are role, group");
    CliRun ok = CliRun.in(study, "search", "plan", "--where", "group=pss", "--format", "csv");
    assertThat(ok.out()).contains("p02:t4").doesNotContain("p01:t2");
  }

  @Test
  void kwicAlignsEachMatch() {
    CliRun run = CliRun.in(study, "search", "plan", "--kwic", "--width", "12", "--format", "table");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo(
            ""
                + "p01:t2   s. The care **plan** is shared.\n"
                + "p02:t4   d me a care **plan** .\n");
  }

  @Test
  void aNewlyImportedTranscriptIsFoundAndDeletingDerivedDataLosesNothing() throws IOException {
    assertThat(CliRun.in(study, "search", "pharmacy", "--format", "csv").out())
        .doesNotContain("p03");
    Files.writeString(tmp.resolve("p03.txt"), "Interviewer: Hi.\n\nP03: The pharmacy called.\n");
    assertThat(CliRun.in(study, "import", "../p03.txt").exitCode()).isZero();
    assertThat(CliRun.in(study, "search", "pharmacy", "--format", "csv").out()).contains("p03:t2");
    try (Stream<Path> files = Files.walk(study.resolve(".tacit"))) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    CliRun again = CliRun.in(study, "search", "pharmacy", "--format", "csv");
    assertThat(again.out()).contains("p03:t2");
    assertThat(again.err()).isEqualTo("1 matching unit\n");
  }

  @Test
  void indexSaysWhatItDid() {
    assertThat(CliRun.in(study, "index").out()).startsWith("index rebuilt: 2 transcripts, ");
    assertThat(CliRun.in(study, "index").out()).startsWith("index up to date: 2 transcripts, ");
    assertThat(CliRun.in(study, "index", "--rebuild").out()).startsWith("index rebuilt: ");
  }

  @Test
  void codeFiltersReadTheCodersFiles() throws IOException {
    Files.writeString(
        study.resolve("coding/lead.csv"),
        "doc,start,end,code,memo,created\np02,0,200,care-plan,,2024-05-01T10:00:00Z\n");
    CliRun run =
        CliRun.in(
            study, "search", "*:*", "--code", "care-plan", "--coder", "lead", "--format", "csv");
    assertThat(run.out()).contains("p02:t2").contains("p02:t4").doesNotContain("p01:");
  }

  @Test
  void wordsCountStemsAndKeynessComparesGroups() throws IOException {
    JsonNode words = JSON.readTree(CliRun.in(study, "words", "--format", "json").out());
    // appointment(s), care, coordinate/coordinating, plan: twice each, alphabetical among equals.
    assertThat(words.get(0).get("term").asText()).isEqualTo("appointment");
    assertThat(words.get(0).get("stem").asText()).isEqualTo("appoint");
    assertThat(words.get(0).get("count").asInt()).isEqualTo(2);
    assertThat(words.get(2).get("term").asText()).isEqualTo("coordinate");
    JsonNode keys =
        JSON.readTree(CliRun.in(study, "words", "--by", "group", "--format", "json").out());
    assertThat(keys.get(0).fieldNames())
        .toIterable()
        .contains("group", "term", "count", "g2", "logRatio", "p");
    CliRun unknown = CliRun.in(study, "words", "--by", "colour");
    assertThat(unknown.exitCode()).isEqualTo(3);
  }

  @Test
  void onATerminalHitsAreWholePassagesInBoldColour() {
    StringWriter out = new StringWriter();
    int code =
        Main.run(
            new String[] {"search", "bus"},
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true),
            study,
            true);
    assertThat(code).isZero();
    assertThat(out.toString())
        .matches(
            "p02:t2  participant p02 \\(peer support specialist\\)"
                + "  score [0-9]+\\.[0-9]{3}\n"
                + "I went with him to the appointment\\. We rode the \u001b\\[1;33mbus\u001b\\[0m\\.\n\n");
  }

  @Test
  void negativeLimitsAreBadUsage() {
    assertThat(CliRun.in(study, "search", "plan", "--limit", "-1").exitCode()).isEqualTo(2);
    assertThat(CliRun.in(study, "words", "--top", "-1").exitCode()).isEqualTo(2);
  }

  @Test
  void libraryLoggingStaysSilent() {
    CliRun run = CliRun.in(study, "search", "plan", "--format", "json");
    assertThat(run.err()).isEqualTo("2 matching units\n");
  }
}
