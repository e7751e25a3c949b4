package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeCommandsTest {
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

  private Path lead() {
    return study.resolve("coding/lead.csv");
  }

  @Test
  void addListAndRemoveCodings() throws IOException {
    CliRun add =
        run(
            "code",
            "add",
            "--coder",
            "lead",
            "--code",
            "transport",
            "p01:t2",
            "p02:46-51",
            "--memo",
            "buses, rides");
    assertThat(add.exitCode()).as(add.err()).isZero();
    assertThat(add.err()).isEqualTo("Added 2 coding(s) of transport to coding/lead.csv.\n");
    assertThat(Files.readString(lead()))
        .matches(
            "doc,start,end,code,memo,created\n"
                + "p01,55,115,transport,\"buses, rides\",\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\n"
                + "p02,46,51,transport,\"buses, rides\",\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\n");

    JsonNode list = JSON.readTree(run("code", "list", "--format", "json").out());
    assertThat(list).hasSize(2);
    assertThat(list.get(0).fieldNames())
        .toIterable()
        .containsExactly("coder", "doc", "start", "end", "code", "memo", "created", "text");
    assertThat(list.get(0).get("text").asText())
        .isEqualTo("Most of them take the bus, and some" + " need a ride from family.");
    assertThat(list.get(1).get("text").asText()).isEqualTo("drove");
    CliRun csv = run("code", "list", "--doc", "p02", "--format", "csv");
    assertThat(csv.out())
        .startsWith(
            "coder,doc,start,end,code,memo,created,text\n"
                + "lead,p02,46,51,transport,\"buses, rides\",");
    assertThat(csv.err()).isEqualTo("1 coding\n");

    CliRun remove =
        run("code", "remove", "--coder", "lead", "--code", "transport", "p01:t2", "p01:t4");
    assertThat(remove.exitCode()).isZero();
    assertThat(remove.err())
        .startsWith(
            "Removed 1 coding(s) of transport from coding/lead.csv.\n"
                + "warning: 1 of the units or spans had no coding of transport by lead");
    assertThat(JSON.readTree(run("code", "list", "--format", "json").out())).hasSize(1);
  }

  @Test
  void addingTheSameCodingAgainChangesNothing() throws IOException {
    run("code", "add", "--coder", "lead", "--code", "transport", "p01:t2");
    byte[] before = Files.readAllBytes(lead());
    CliRun again =
        run(
            "code",
            "add",
            "--coder",
            "lead",
            "--code",
            "transport",
            "p01:55-115",
            "--memo",
            "again");
    assertThat(again.exitCode()).isZero();
    assertThat(again.err())
        .isEqualTo("Added 0 coding(s) of transport to coding/lead.csv; 1" + " already there.\n");
    assertThat(lead()).hasBinaryContent(before);
  }

  @Test
  void badDataIsExitThreeWithEveryProblemAndWritesNothing() {
    CliRun r =
        run(
            "code", "add", "--coder", "lead", "--code", "parking", "p01:t1", "p01:t99", "p09:t2",
            "p01:9-3", "p01");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err().lines()).hasSize(6).allSatisfy(l -> assertThat(l).startsWith("tacit: "));
    assertThat(r.err())
        .contains(
            "tacit: --code: unknown code \"parking\"",
            "tacit: p01:t1: this is the interviewer's turn",
            "tacit: p01:t99: p01 has 6 turns",
            "tacit: p09: no transcript \"p09\"",
            "tacit: p01:9-3: the span ends at or before it",
            "tacit: p01: not a unit or span");
    assertThat(lead()).doesNotExist();
  }

  @Test
  void badUsageIsExitTwo() {
    assertThat(run("code", "add", "--code", "transport", "p01:t2").exitCode()).isEqualTo(2);
    assertThat(run("code", "add", "--coder", "lead", "--code", "transport").exitCode())
        .isEqualTo(2);
    assertThat(run("code", "suggest", "--limit", "-1").exitCode()).isEqualTo(2);
    assertThat(run("code", "frobnicate").exitCode()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../x",
        "..",
        "../../etc/passwd",
        "Lead",
        "a/b",
        "lead.csv",
        "-",
        "",
        "x y",
        "a\\b"
      })
  void hostileCoderNamesAreRefusedWithExitThree(String coder) throws IOException {
    for (String[] args :
        new String[][] {
          {"code", "add", "--coder", coder, "--code", "transport", "p01:t2"},
          {"code", "import", "--coder", coder, "../p01.txt"},
          {"code", "list", "--coder", coder},
          {"code", "worksheet", "export", "--coder", coder},
          {"code", "suggest", "--coder", coder},
          {"code", "accept", "--from", coder, "--coder", "lead"},
          {"code", "lead", coder},
          {"memo", "add", "--on", "p01", "--coder", coder, "hello"}
        }) {
      CliRun r = run(args);
      assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(3);
      assertThat(r.err()).contains("coder id");
    }
    try (Stream<Path> files = Files.walk(tmp)) {
      assertThat(
              files
                  .filter(f -> f.toString().endsWith(".csv"))
                  .map(f -> tmp.relativize(f).toString()))
          .containsExactlyInAnyOrder("people.csv", "study/participants.csv");
    }
    assertThat(study.resolve("memos")).isEmptyDirectory();
  }

  @Test
  void importReportsEveryBadRowWithItsLineAndWritesNothing() throws IOException {
    run("code", "add", "--coder", "lead", "--code", "housing", "p02:t2");
    byte[] before = Files.readAllBytes(lead());
    Files.writeString(
        tmp.resolve("bulk.csv"),
        "doc,start,end,code,memo\n"
            + "p01,55,115,transport,fine\n"
            + "p07,0,10,transport,\n"
            + "p01,0,10,parking,\n"
            + "p01,-1,10,transport,\n"
            + "p01,20,10,transport,\n"
            + "p01,10,900,transport,\n"
            + "p01,1O,20,transport,\n"
            + "p01,\"10,20,transport,\n");
    CliRun r = run("code", "import", "--coder", "lead", "../bulk.csv");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err().lines().toList())
        .containsExactly(
            "tacit: ../bulk.csv:3: unknown transcript \"p07\"; see `tacit transcripts` for the ids,"
                + " or import it first",
            "tacit: ../bulk.csv:4: unknown code \"parking\": the codebook has no code with this id;"
                + " add it (tacit codebook add parking --name \"...\") or correct the code",
            "tacit: ../bulk.csv:5: start -1 is negative; offsets count code points from 0, the start"
                + " of the transcript",
            "tacit: ../bulk.csv:6: end 10 is not after start 20; a coding covers at least one"
                + " character (offsets are half-open: start <= x < end)",
            "tacit: ../bulk.csv:7: end 900 is past the end of transcript p01 (287 code points); fix"
                + " the offsets",
            "tacit: ../bulk.csv:8: start \"1O\" is not a whole number; fix the row",
            "tacit: ../bulk.csv:9: not readable as CSV (EOF reached before encapsulated token"
                + " finished); check for an unbalanced quote");
    assertThat(lead()).hasBinaryContent(before);

    Files.writeString(
        tmp.resolve("bulk.csv"),
        "\uFEFFdoc,start,end,code\r\np01,55,115,transport"
            + "\r\np02,44,111,housing\r\np01,155,205,care-plan\r\n");
    CliRun ok = run("code", "import", "--coder", "lead", "../bulk.csv");
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(ok.err())
        .isEqualTo(
            "Added 2 coding(s) from ../bulk.csv to coding/lead.csv; 1" + " already there.\n");
  }

  @Test
  void listRefusesUnknownCodersCodesAndTranscripts() throws IOException {
    run("code", "add", "--coder", "lead", "--code", "housing", "p02:t2");
    CliRun coder = run("code", "list", "--coder", "second");
    assertThat(coder.exitCode()).isEqualTo(3);
    assertThat(coder.err())
        .isEqualTo(
            "tacit: --coder second: there is no coder second (no"
                + " coding/second.csv); coders: lead\n");
    assertThat(run("code", "list", "--code", "parking").exitCode()).isEqualTo(3);
    assertThat(run("code", "list", "--doc", "p09").exitCode()).isEqualTo(3);
    Files.writeString(lead(), Files.readString(lead()) + "p01,0,5,parking,,2026-01-01T00:00:00Z\n");
    CliRun broken = run("code", "list");
    assertThat(broken.exitCode()).isEqualTo(3);
    assertThat(broken.err()).startsWith("tacit: coding/lead.csv:3: unknown code \"parking\"");
  }

  @Test
  void leadSetsTheLeadCoderInTacitYaml() throws IOException {
    assertThat(run("code", "lead").err()).startsWith("No lead coder yet");
    CliRun set = run("code", "lead", "lead");
    assertThat(set.exitCode()).isZero();
    assertThat(study.resolve("tacit.yaml")).content().contains("leadCoder: lead");
    assertThat(run("code", "lead").out()).isEqualTo("lead\n");
  }
}
