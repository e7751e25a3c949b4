package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tacit consensus} on the sample study: lead and second agree on 118 turn-code decisions and
 * differ on 73 (29 lead only, 44 second only) in the five double-coded transcripts; the lead coded
 * the other seven alone.
 */
class ConsensusCommandTest {
  static final JsonMapper JSON = JsonMapper.builder().build();
  @TempDir Path tmp;
  Path study;

  @BeforeEach
  void sampleStudy() {
    study = AgreeStudy.create(tmp);
  }

  @Test
  void withoutDecisionsAgreementsGoInAndEveryDisagreementIsUnsettled() throws Exception {
    CliRun run =
        CliRun.in(
            study, "consensus", "--coders", "lead,second", "--as", "team", "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("transcripts").toString())
        .isEqualTo("[\"p01\",\"p02\",\"p04\",\"p05\",\"p08\"]");
    assertThat(root.get("agreed").asInt()).isEqualTo(118);
    assertThat(root.get("unsettled")).hasSize(73);
    assertThat(root.at("/settled/first").asInt()).isZero();
    assertThat(root.get("carriedOver").toString())
        .isEqualTo("[\"p03\",\"p06\",\"p07\",\"p09\",\"p10\",\"p11\",\"p12\"]");
    List<String> trail = Files.readAllLines(study.resolve("consensus/team-decisions.csv"));
    assertThat(trail.get(0))
        .isEqualTo("unit,code,lead,second,decision,decided_by,reason," + "outcome");
    assertThat(trail).hasSize(74).allMatch(l -> l.startsWith("unit,") || l.endsWith(",unsettled"));
    assertThat(run.err())
        .contains(
            "Wrote coding/team.csv: "
                + root.get("codings").asInt()
                + " coding(s); 118 turn-code(s) both coders applied, 0 disagreement(s) settled, 73"
                + " unsettled and left out; carried over 7 transcript(s)");

    CliRun list =
        CliRun.in(study, "code", "list", "--coder", "team", "--doc", "p01", "--format", "json");
    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(JSON.readTree(list.out())).isNotEmpty();
  }

  @Test
  void theSheetSettlesDisagreementsAndTheTrailKeepsWhoDecidedAndWhy() throws Exception {
    assertThat(CliRun.in(study, "consensus", "--coders", "lead,second", "--as", "team").exitCode())
        .isZero();
    List<String> rows = Files.readAllLines(study.resolve("consensus/team-decisions.csv"));
    List<String> sheet = new ArrayList<>();
    sheet.add("unit,code,lead,second,decision,decided_by,reason");
    String[] decisions = {"first", "second", "both", "neither"};
    for (int i = 1; i <= 4; i++) {
      String[] cells = rows.get(i).split(",");
      sheet.add(
          cells[0]
              + ","
              + cells[1]
              + ","
              + cells[2]
              + ","
              + cells[3]
              + ","
              + decisions[i - 1]
              + ",RK,"
              + "\"Discussed, agreed\"");
    }
    Path file = tmp.resolve("sheet.csv");
    Files.write(file, sheet, StandardCharsets.UTF_8);
    String[] first = rows.get(1).split(",");
    String[] second = rows.get(2).split(",");
    int kept = (first[2].equals("yes") ? 1 : 0) + (second[3].equals("yes") ? 1 : 0) + 1;

    CliRun run =
        CliRun.in(
            study,
            "consensus",
            "--coders",
            "lead,second",
            "--as",
            "team",
            "--decisions",
            file.toString(),
            "--replace",
            "--format",
            "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.at("/settled/first").asInt()).isEqualTo(1);
    assertThat(root.at("/settled/second").asInt()).isEqualTo(1);
    assertThat(root.at("/settled/both").asInt()).isEqualTo(1);
    assertThat(root.at("/settled/neither").asInt()).isEqualTo(1);
    assertThat(root.get("unsettled")).hasSize(69);
    List<String> trail = Files.readAllLines(study.resolve("consensus/team-decisions.csv"));
    assertThat(trail.subList(1, 5)).allMatch(l -> l.contains(",RK,\"Discussed, agreed\","));
    assertThat(trail.subList(1, 5).stream().filter(l -> l.endsWith(",coded")).count())
        .isEqualTo(kept);
  }

  @Test
  void anExistingConsensusIsNotReplacedUnlessAsked() throws IOException {
    assertThat(CliRun.in(study, "consensus", "--coders", "lead,second", "--as", "team").exitCode())
        .isZero();
    byte[] before = Files.readAllBytes(study.resolve("coding/team.csv"));

    CliRun again = CliRun.in(study, "consensus", "--coders", "lead,second", "--as", "team");

    assertThat(again.exitCode()).isEqualTo(3);
    assertThat(again.err())
        .contains(
            "coding/team.csv: this coder's file exists; rebuild the" + " consensus with --replace");
    assertThat(Files.readAllBytes(study.resolve("coding/team.csv"))).isEqualTo(before);
  }

  @Test
  void replaceNeverOverwritesACodersOwnFile() throws IOException {
    byte[] before = Files.readAllBytes(study.resolve("coding/lead.csv"));
    Files.copy(study.resolve("coding/lead.csv"), study.resolve("coding/third.csv"));

    CliRun run =
        CliRun.in(study, "consensus", "--coders", "lead,second", "--as", "third", "--replace");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains(
            "coding/third.csv: this coder's file was not made by tacit"
                + " consensus (there is no consensus/third-decisions.csv), so it is not replaced");
    assertThat(Files.readAllBytes(study.resolve("coding/third.csv"))).isEqualTo(before);
  }

  @Test
  void aBadSheetIsRefusedAtItsLineAndNothingIsWritten() throws IOException {
    Path file = tmp.resolve("sheet.csv");
    Files.writeString(file, "unit,code,lead,second,decision\np01:t2,peer-role,yes,no,perhaps\n");

    CliRun run =
        CliRun.in(
            study,
            "consensus",
            "--coders",
            "lead,second",
            "--as",
            "team",
            "--decisions",
            file.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains(
            "sheet.csv:2: decision \"perhaps\" is not one of first,"
                + " second, both, neither, lead or second");
    assertThat(study.resolve("coding/team.csv")).doesNotExist();
    assertThat(study.resolve("consensus")).doesNotExist();
  }

  @Test
  void theConsensusIsNeitherOfItsCodersAndMergesExactlyTwo() {
    CliRun asLead = CliRun.in(study, "consensus", "--coders", "lead,second", "--as", "lead");
    assertThat(asLead.exitCode()).isEqualTo(3);
    assertThat(asLead.err()).contains("lead is one of the coders being merged");

    CliRun one = CliRun.in(study, "consensus", "--coders", "lead", "--as", "team");
    assertThat(one.exitCode()).isEqualTo(2);
    assertThat(one.err()).contains("--coders takes two different coders");

    CliRun unknown = CliRun.in(study, "consensus", "--coders", "lead,third", "--as", "team");
    assertThat(unknown.exitCode()).isEqualTo(3);
    assertThat(unknown.err()).contains("coder \"third\" has no coding file");
  }

  @Test
  void aDryRunWritesNothing() {
    CliRun run =
        CliRun.in(study, "consensus", "--coders", "lead,second", "--as", "team", "--dry-run");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("Would write coding/team.csv");
    assertThat(study.resolve("coding/team.csv")).doesNotExist();
  }
}
