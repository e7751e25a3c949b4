package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeCommandsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String[] ANSWERS = {
    "In the treatment team meeting I spoke up for him, and the council listened.",
    "We talked about the weather for a while.",
    "The bus was late again, as it always is.",
    "Before the doctor visit we wrote questions on a card for the doctor.",
    "The grant that funds peers ran out in the spring."
  };

  @TempDir Path tmp;
  private Path study;

  @BeforeEach
  void init() throws IOException {
    assertThat(CliRun.in(tmp, "init", "study", "--codebook", "ahrq").exitCode()).isZero();
    study = tmp.resolve("study");
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (String id : List.of("p01", "p02", "p03", "p04", "p05")) {
      StringBuilder text = new StringBuilder();
      for (String a : ANSWERS) {
        text.append("Interviewer: What happened?\n\n")
            .append(id.toUpperCase(java.util.Locale.ROOT))
            .append(": ")
            .append(a)
            .append("\n\n");
      }
      Files.writeString(in.resolve(id + ".txt"), text);
    }
    assertThat(run("import", in.toString()).exitCode()).isZero();
    Files.writeString(
        tmp.resolve("participants.csv"),
        "id,role,group,site\n"
            + "p01,case manager,MHP,Riverside\np02,therapist,MHP,Riverside\n"
            + "p03,case manager,MHP,Northgate\np04,peer support specialist,PSS,Northgate\n"
            + "p05,peer support specialist,PSS,Northgate\n");
    assertThat(run("participants", "import", tmp.resolve("participants.csv").toString()).exitCode())
        .isZero();
    List<String> rows = new ArrayList<>();
    for (String id : List.of("p01", "p02", "p03", "p04", "p05")) {
      JsonNode units = JSON.readTree(run("show", id, "--format", "json").out()).get("units");
      List<JsonNode> answers = new ArrayList<>();
      units.forEach(
          u -> {
            if (u.get("role").asText().equals("participant")) {
              answers.add(u);
            }
          });
      code(rows, id, answers.get(0), "teamwork-coordination", "peer-advocacy");
      code(rows, id, answers.get(3), "needed-care-physical", "support-self-management");
      if (id.equals("p01") || id.equals("p02")) {
        code(rows, id, answers.get(4), "peer-funding");
      }
    }
    rows.sort(null);
    Files.writeString(
        study.resolve("coding/lead.csv"),
        "doc,start,end,code,memo,created\n" + String.join("", rows));
  }

  private static void code(List<String> rows, String doc, JsonNode unit, String... codes) {
    for (String c : codes) {
      rows.add(
          doc
              + ","
              + unit.get("start").asInt()
              + ","
              + unit.get("end").asInt()
              + ","
              + c
              + ",,2026-01-01T00:00:00Z\n");
    }
  }

  private CliRun run(String... args) {
    return CliRun.in(study, args);
  }

  @Test
  void suggestAsksForACoderWhenThereIsNoDefault() {
    CliRun r = run("themes", "suggest");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("--coder").contains("coders: lead");
    assertThat(study.resolve("themes.yaml")).hasContent("themes: []");
  }

  @Test
  void suggestWritesCandidatesAndPrintsTheirEvidence() throws IOException {
    CliRun r = run("themes", "suggest", "--coder", "lead", "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode list = JSON.readTree(r.out());
    assertThat(list).hasSize(2);
    JsonNode first = list.get(0);
    assertThat(first.get("id").asText()).isEqualTo("theme-1");
    assertThat(first.get("codes").toString())
        .contains("needed-care-physical")
        .contains("support-self-management");
    assertThat(first.get("extracts").asInt()).isEqualTo(5);
    assertThat(first.get("participants").asInt()).isEqualTo(5);
    assertThat(first.get("byGroup").get("PSS").get("participants").asInt()).isEqualTo(2);
    assertThat(first.get("quotes")).hasSize(3);
    assertThat(first.get("quotes").get(0).get("role").asText()).isEqualTo("case manager");
    assertThat(first.get("quotes").get(0).get("unit").asText()).isEqualTo("p01:t8");
    assertThat(r.err()).contains("Codes not placed").contains("peer-funding (2)");
    String yaml = Files.readString(study.resolve("themes.yaml"));
    assertThat(yaml)
        .startsWith("# Candidate themes written by `tacit themes suggest`; sha256 ")
        .contains("  - id: theme-1")
        .contains("    status: candidate");

    CliRun again = run("themes", "suggest", "--coder", "lead", "--format", "json");
    assertThat(again.out()).isEqualTo(r.out());
    assertThat(Files.readString(study.resolve("themes.yaml"))).isEqualTo(yaml);
  }

  @Test
  void aCodeThatJoinsNoOtherIsListedApartAsNotYetInATheme() throws IOException {
    // peer-funding: two extracts from two of five participants, never beside another code.
    CliRun r =
        run(
            "themes",
            "suggest",
            "--coder",
            "lead",
            "--min-support",
            "2",
            "--window",
            "0",
            "--format",
            "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "\"\",(not yet in a theme) Funding and Sustainability," + "peer-funding,2,2,,,\n");
    assertThat(r.err())
        .contains("2 candidate theme(s) from 4 code(s)")
        .contains(
            "Codes not yet"
                + " in a theme (they joined no other code, and fewer than half of the participants have"
                + " them): peer-funding (2 extracts, 2 participants).");
    assertThat(Files.readString(study.resolve("themes.yaml"))).doesNotContain("peer-funding");
    JsonNode list =
        JSON.readTree(
            run(
                    "themes",
                    "suggest",
                    "--coder",
                    "lead",
                    "--min-support",
                    "2",
                    "--window",
                    "0",
                    "--format",
                    "json")
                .out());
    assertThat(list).hasSize(2);
  }

  @Test
  void suggestRefusesOptionsOutOfRange() {
    assertThat(run("themes", "suggest", "--coder", "lead", "--k", "0").exitCode()).isEqualTo(2);
    assertThat(run("themes", "suggest", "--coder", "lead", "--threshold", "1.5").exitCode())
        .isEqualTo(2);
    assertThat(
            run("themes", "suggest", "--coder", "lead", "--k", "2", "--threshold", "0.1")
                .exitCode())
        .isEqualTo(2);
    assertThat(run("themes", "suggest", "--coder", "nobody").exitCode()).isEqualTo(3);
  }

  @Test
  void suggestNeverReplacesEditedThemesWithoutForce() throws IOException {
    assertThat(run("themes", "suggest", "--coder", "lead", "-q").exitCode()).isZero();
    CliRun rename = run("themes", "rename", "theme-1", "--name", "Preparing for health visits");
    assertThat(rename.exitCode()).as(rename.err()).isZero();
    String edited = Files.readString(study.resolve("themes.yaml"));
    assertThat(edited).contains("name: Preparing for health visits");

    CliRun refused = run("themes", "suggest", "--coder", "lead");
    assertThat(refused.exitCode()).isEqualTo(3);
    assertThat(refused.err()).contains("themes.yaml").contains("--force");
    assertThat(study.resolve("themes.yaml")).hasContent(edited.strip());

    Files.writeString(
        study.resolve("themes.yaml"),
        Files.readString(study.resolve("themes.yaml"))
            .replace("Preparing for", "Getting ready for"));
    assertThat(run("themes", "suggest", "--coder", "lead").exitCode()).isEqualTo(3);

    CliRun elsewhere = run("themes", "suggest", "--coder", "lead", "--out", "fresh.yaml", "-q");
    assertThat(elsewhere.exitCode()).as(elsewhere.err()).isZero();
    assertThat(study.resolve("fresh.yaml")).exists();

    assertThat(run("themes", "suggest", "--coder", "lead", "--force", "-q").exitCode()).isZero();
    assertThat(Files.readString(study.resolve("themes.yaml"))).doesNotContain("Getting ready");
  }

  @Test
  void editsThemesWithoutHandEditingYaml() throws IOException {
    assertThat(run("themes", "suggest", "--coder", "lead", "-q").exitCode()).isZero();
    assertThat(run("themes", "set-status", "theme-2", "reviewed").exitCode()).isZero();
    assertThat(run("themes", "merge", "theme-1", "theme-2", "--as", "visits").exitCode()).isZero();
    CliRun list = run("themes", "list", "--format", "json");
    JsonNode themes = JSON.readTree(list.out());
    assertThat(themes).hasSize(1);
    assertThat(themes.get(0).get("id").asText()).isEqualTo("visits");
    assertThat(themes.get(0).get("codes")).hasSize(4);

    CliRun split =
        run(
            "themes",
            "split",
            "visits",
            "--codes",
            "peer-advocacy,teamwork-coordination",
            "--as",
            "advocacy",
            "--name",
            "Advocacy in meetings");
    assertThat(split.exitCode()).as(split.err()).isZero();
    assertThat(run("themes", "move-code", "peer-advocacy", "--to", "visits").exitCode()).isZero();
    CliRun csv = run("themes", "list", "--format", "csv");
    assertThat(csv.out())
        .isEqualTo(
            "id,name,status,codes\n"
                + "visits,\""
                + themes.get(0).get("name").asText()
                + "\",candidate,"
                + String.join(
                    " ",
                    List.of(
                        themes.get(0).get("codes").get(0).asText(),
                        themes.get(0).get("codes").get(1).asText()))
                + " peer-advocacy\n"
                + "advocacy,Advocacy in meetings,candidate,teamwork-coordination\n");

    CliRun unknown = run("themes", "rename", "nope", "--name", "X");
    assertThat(unknown.exitCode()).isEqualTo(3);
    assertThat(unknown.err()).contains("no theme \"nope\"").contains("visits, advocacy");
  }

  @Test
  void validateListsProblemsWithTheirLines() throws IOException {
    Files.writeString(
        study.resolve("themes.yaml"),
        "themes:\n"
            + "  - id: one\n    name: One\n    status: candidate\n    codes:\n"
            + "      - peer-role\n      - no-such-code\n"
            + "  - id: one\n    name: Two\n    status: done\n    codes:\n      - peer-role\n");
    CliRun r = run("themes", "validate");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err())
        .contains("themes.yaml:7: unknown code \"no-such-code\"")
        .contains("themes.yaml:10: status \"done\" is not candidate, reviewed or final")
        .contains("themes.yaml:8: theme id \"one\" is already used at line 2")
        .contains("warning: themes.yaml:12: code \"peer-role\" is in theme \"one\"");
  }

  @Test
  void matrixCrossesCasesWithThemes() throws IOException {
    assertThat(run("themes", "suggest", "--coder", "lead", "--k", "2", "-q").exitCode()).isZero();
    CliRun csv = run("themes", "matrix", "--coder", "lead");
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    assertThat(csv.out())
        .isEqualTo(
            "participant,theme-1,theme-2\n" + "p01,1,1\np02,1,1\np03,1,1\np04,1,1\np05,1,1\n");
    assertThat(run("themes", "matrix", "--coder", "lead").out()).isEqualTo(csv.out());
    CliRun byGroup =
        run(
            "themes", "matrix", "--coder", "lead", "--by", "group", "--of", "codes", "--cells",
            "quotes");
    assertThat(byGroup.out()).startsWith("group,").contains("\nPSS,").contains("2: p04:t2 p05:t2");
    CliRun html = run("themes", "matrix", "--coder", "lead", "--format", "html", "-o", "m.html");
    assertThat(html.exitCode()).isZero();
    String page = Files.readString(study.resolve("m.html"));
    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains("<th scope=\"row\">p01</th>")
        .doesNotContain("http");
    CliRun bad = run("themes", "matrix", "--coder", "lead", "--by", "nope");
    assertThat(bad.exitCode()).isEqualTo(3);
  }

  @Test
  void reviewChecksThemesAgainstTheDataAndASecondCoder() throws IOException {
    assertThat(run("themes", "suggest", "--coder", "lead", "-q").exitCode()).isZero();
    String lead = Files.readString(study.resolve("coding/lead.csv"));
    Files.writeString(
        study.resolve("coding/second.csv"),
        lead.lines()
            .filter(
                l -> !l.contains("peer-advocacy") || l.startsWith("doc,") || l.startsWith("p01,"))
            .map(l -> l + "\n")
            .reduce("", String::concat));
    CliRun r = run("themes", "review", "--coder", "lead", "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode review = JSON.readTree(r.out());
    assertThat(review.get("codesInNoTheme").toString()).isEqualTo("[\"peer-funding\"]");
    JsonNode meetings = review.get("themes").get(1);
    assertThat(meetings.get("thin").asBoolean()).isFalse();
    JsonNode advocacy = meetings.get("agreement").get(0);
    assertThat(advocacy.get("code").asText()).isEqualTo("peer-advocacy");
    assertThat(advocacy.get("secondCoder").asText()).isEqualTo("second");
    assertThat(advocacy.get("onlyFirst").asInt()).isEqualTo(4);
    assertThat(r.err()).contains("agreement with second").contains("Codes in no theme");

    assertThat(run("themes", "review", "--coder", "lead", "--format", "json").out())
        .isEqualTo(r.out());
    CliRun thin =
        run(
            "themes",
            "review",
            "--coder",
            "lead",
            "--theme",
            "theme-1",
            "--thin",
            "6",
            "--format",
            "csv");
    assertThat(thin.out())
        .startsWith("id,name,status,extracts,participants,byGroup,thin,")
        .contains(",5,5/5,MHP 3/3 PSS 2/2,thin,");
  }

  @Test
  void exportsCooccurrenceAsTidyCsvAndDrawsAMap() throws IOException {
    CliRun r = run("themes", "export", "--cooccurrence", "--coder", "lead", "-o", "cooc.csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    String csv = Files.readString(study.resolve("cooc.csv"));
    assertThat(csv)
        .startsWith("code_a,code_b,together,a_total,b_total,association\n")
        .contains("\nneeded-care-physical,support-self-management,15,15,15,1.0000\n")
        .contains("\npeer-advocacy,teamwork-coordination,10,10,10,1.0000\n");
    assertThat(run("themes", "suggest", "--coder", "lead", "-q").exitCode()).isZero();
    CliRun dot = run("themes", "map", "--coder", "lead");
    assertThat(dot.out())
        .startsWith("graph themes {")
        .contains("subgraph \"cluster_theme-1\"")
        .contains("\"needed-care-physical\" -- \"support-self-management\" [label=\"1.00\"");
    CliRun mermaid = run("themes", "map", "--coder", "lead", "--format", "mermaid");
    assertThat(mermaid.out())
        .startsWith("flowchart LR\n")
        .contains("c_needed__care__physical ---|1.00| c_support__self__management");
  }
}
