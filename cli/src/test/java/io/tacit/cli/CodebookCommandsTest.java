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

class CodebookCommandsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String CODINGS =
      "doc,start,end,code,memo,created\n"
          + "p01,0,10,peer-role,,2026-01-01T00:00:00Z\n"
          + "p01,20,30,peer-services,,2026-01-01T00:00:00Z\n"
          + "p02,0,10,peer-role,,2026-01-02T00:00:00Z\n";

  @TempDir Path tmp;
  private Path study;

  @BeforeEach
  void init() {
    assertThat(CliRun.in(tmp, "init", "study", "--codebook", "ahrq").exitCode()).isZero();
    study = tmp.resolve("study");
  }

  private CliRun run(String... args) {
    return CliRun.in(study, args);
  }

  @Test
  void showListsEveryCodeWithCodingsPerCoder() throws IOException {
    Files.writeString(study.resolve("coding/lead.csv"), CODINGS);
    Files.writeString(
        study.resolve("coding/second.csv"),
        CODINGS.lines().limit(2).map(l -> l + "\n").reduce("", String::concat));
    CliRun csv = run("codebook", "show", "--format", "csv");
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    assertThat(csv.out())
        .startsWith(
            "id,name,parent,codings,lead,second\n"
                + "coordination-activities,Care Coordination Activities,,0,0,0\n");
    assertThat(csv.out()).contains("\npeer-role,Role of Peers in the Centre,peer-support,3,2,1\n");

    JsonNode flat = JSON.readTree(run("codebook", "show", "--format", "json").out());
    assertThat(flat).hasSize(37);
    JsonNode role =
        flat.findParents("id").stream()
            .filter(n -> n.get("id").asText().equals("peer-role"))
            .findFirst()
            .orElseThrow();
    assertThat(role.get("byCoder").get("lead").asInt()).isEqualTo(2);
    assertThat(role.get("path").asText())
        .endsWith("Peer Support Services > Role of Peers in the" + " Centre");

    JsonNode tree = JSON.readTree(run("codebook", "show", "--tree", "--format", "json").out());
    assertThat(tree).hasSize(3);
    assertThat(tree.get(0).get("children").get(0).get("id").asText())
        .isEqualTo("establish-accountability");

    CliRun table = run("codebook", "show", "--tree", "--code", "peer-support", "--format", "table");
    String[] lines = table.out().split("\n");
    assertThat(lines).hasSize(2 + 8);
    assertThat(lines[3].indexOf("Role of Peers")).isEqualTo(lines[2].indexOf("Peer Support") + 2);
  }

  @Test
  void showOneCodeInFullAndRefuseAnUnknownOne() throws IOException {
    JsonNode code =
        JSON.readTree(run("codebook", "show", "--code", "peer-role", "--format", "json").out());
    assertThat(code.fieldNames())
        .toIterable()
        .contains(
            "id",
            "name",
            "definition",
            "include",
            "exclude",
            "examples",
            "terms",
            "color",
            "children",
            "codings");
    CliRun unknown = run("codebook", "show", "--code", "care-plan");
    assertThat(unknown.exitCode()).isEqualTo(3);
    assertThat(unknown.err()).startsWith("tacit: --code: unknown code \"care-plan\"");
  }

  @Test
  void validateTheShippedCodebookStrictly() {
    CliRun r = run("codebook", "validate", "--strict");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("codebook.yaml: 37 codes, no problems (strict)\n");
  }

  @Test
  void validatePrintsEveryProblemAndFailsOnErrorsOrOnWarningsWhenStrict() throws IOException {
    Files.writeString(
        tmp.resolve("bad.yaml"),
        "id: s\ntitle: S\nversion: 1\nsource: x\ncodes:\n"
            + "  - id: a\n    name: A\n  - id: a\n    name: B\n    color: red\n");
    CliRun bad = CliRun.in(tmp, "codebook", "validate", "bad.yaml");
    assertThat(bad.exitCode()).isEqualTo(3);
    assertThat(bad.out())
        .contains(
            "bad.yaml:8: code id \"a\" is already used on line 6; ids must"
                + " be unique in the whole codebook\n")
        .contains("bad.yaml:10: code \"a\": colour \"red\" is not #RRGGBB")
        .contains("bad.yaml:6: warning: code \"a\" has no definition");
    assertThat(bad.err()).isEqualTo("bad.yaml: 2 errors, 8 warnings\n");

    Files.writeString(
        tmp.resolve("thin.yaml"),
        "id: s\ntitle: S\nversion: 1\nsource: x\ncodes:\n" + "  - id: a\n    name: A\n");
    assertThat(CliRun.in(tmp, "codebook", "validate", "thin.yaml").exitCode()).isZero();
    assertThat(CliRun.in(tmp, "codebook", "validate", "thin.yaml", "--strict").exitCode())
        .isEqualTo(3);

    Files.writeString(tmp.resolve("broken.yaml"), "id: s\ncodes:\n\t- id: a\n");
    CliRun broken = CliRun.in(tmp, "codebook", "validate", "broken.yaml");
    assertThat(broken.exitCode()).isEqualTo(3);
    assertThat(broken.out()).startsWith("broken.yaml:3: not valid YAML (");
  }

  @Test
  void validateFindsCodingsWhoseCodeIsNotInTheCodebook() throws IOException {
    Files.writeString(study.resolve("coding/lead.csv"), CODINGS + "p03,0,4,care-plan,,t\n");
    CliRun r = run("codebook", "validate");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.out())
        .isEqualTo(
            "coding/lead.csv:5: unknown code \"care-plan\": the codebook has"
                + " no code with this id; add it (tacit codebook add care-plan --name \"...\") or correct"
                + " the code\n");
    assertThat(r.err()).isEqualTo("codebook.yaml: 37 codes, 1 error, 0 warnings\n");
  }

  @Test
  void validateRefusesXmlWithEntities() throws IOException {
    Files.writeString(
        tmp.resolve("evil.qdc"),
        "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e"
            + " SYSTEM \"file:///etc/passwd\">]>\n<CodeBook><Codes><Code guid=\"00000000-0000-4000"
            + "-8000-000000000001\" name=\"&e;\" isCodable=\"true\"/></Codes></CodeBook>\n");
    CliRun r = CliRun.in(tmp, "codebook", "validate", "evil.qdc");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.out())
        .isEqualTo(
            "evil.qdc: contains a DTD or entity declaration, which Tacit"
                + " does not read (to stay safe from XML external entity attacks); export the codebook"
                + " again without it\n");
    assertThat(r.out()).doesNotContain("root:");
  }

  @Test
  void exportInEveryFormat() throws IOException {
    JsonNode json = JSON.readTree(run("codebook", "export", "--format", "json").out());
    assertThat(json.fieldNames()).toIterable().startsWith("id", "title", "version", "source");
    JsonNode first = json.get("codes").get(0);
    assertThat(first.fieldNames())
        .toIterable()
        .contains(
            "id",
            "name",
            "definition",
            "include",
            "exclude",
            "examples",
            "terms",
            "color",
            "children");
    assertThat(first.get("children").get(0).get("id").asText())
        .isEqualTo("establish-accountability");

    assertThat(run("codebook", "export", "--format", "md").out())
        .startsWith("# Care Coordination and Peer Support");
    assertThat(run("codebook", "export", "--format", "csv").out()).startsWith("id,parent,path,");
    assertThat(run("codebook", "export").out()).startsWith("id: ahrq-care-coordination\n");

    CliRun qdc = run("codebook", "export", "-o", "../out.qdc");
    assertThat(qdc.exitCode()).isZero();
    assertThat(qdc.err()).isEqualTo("Exported 37 codes to ../out.qdc (qdc).\n");
    String first1 = Files.readString(tmp.resolve("out.qdc"));
    assertThat(first1).contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"");
    run("codebook", "export", "--format", "qdc", "-o", "../out2.qdc");
    assertThat(tmp.resolve("out2.qdc")).hasContent(first1);
  }

  @Test
  void importReplacesOrMergesAndRefusesToDropCodesInUse() throws IOException {
    Files.writeString(study.resolve("coding/lead.csv"), CODINGS);
    Files.writeString(
        tmp.resolve("new.csv"),
        "id,parent,name,definition\n"
            + "peer-role,,Peer Role,The role\nfresh,peer-role,Fresh,New\n");
    CliRun refused = run("codebook", "import", "../new.csv");
    assertThat(refused.exitCode()).isEqualTo(3);
    assertThat(refused.err())
        .contains(
            "codes \"peer-services\" are used by codings (1 in"
                + " coding/lead.csv) but missing from this file");

    CliRun merged = run("codebook", "import", "../new.csv", "--merge", "--reason", "pilot");
    assertThat(merged.exitCode()).as(merged.err()).isZero();
    assertThat(merged.err()).contains("merged: 1 added, 1 updated, 0 removed").contains("38 codes");
    assertThat(study.resolve("codebook.yaml"))
        .content()
        .contains("name: Peer Role")
        .contains("action: import")
        .contains("reason: pilot");

    run("codebook", "export", "-o", "../all.qdc");
    Files.delete(study.resolve("coding/lead.csv"));
    Files.writeString(
        tmp.resolve("one.yaml"),
        "id: other\ntitle: O\nversion: 1\nsource: s\n" + "codes:\n  - id: only\n    name: Only\n");
    assertThat(run("codebook", "import", "../one.yaml").exitCode()).isZero();
    assertThat(run("codebook", "show", "--format", "csv").out())
        .isEqualTo("id,name,parent,codings\nonly,Only,,0\n");
    CliRun back = run("codebook", "import", "../all.qdc");
    assertThat(back.exitCode()).as(back.err()).isZero();
    assertThat(run("codebook", "show", "--format", "csv").out()).contains("\npeer-role,Peer Role,");
  }

  @Test
  void addRenameMoveAndRemoveACode() {
    CliRun add =
        run(
            "codebook",
            "add",
            "transport",
            "--name",
            "Transport",
            "--parent",
            "link-community-resources",
            "--definition",
            "Getting there.",
            "--example",
            "The bus.",
            "--term",
            "bus",
            "--term",
            "ride*",
            "--color",
            "#336699",
            "--reason",
            "pilot 3");
    assertThat(add.exitCode()).as(add.err()).isZero();
    assertThat(add.err())
        .startsWith(
            "Added code \"transport\" (Care Coordination Activities >"
                + " Link to Community Resources > Transport)");
    assertThat(run("codebook", "rename", "transport", "--name", "Getting There").exitCode())
        .isZero();
    assertThat(run("codebook", "move", "transport", "--top").exitCode()).isZero();
    CliRun cycle = run("codebook", "move", "peer-support", "--parent", "peer-role");
    assertThat(cycle.exitCode()).isEqualTo(3);
    assertThat(cycle.err()).contains("which is inside it");
    assertThat(run("codebook", "move", "transport").exitCode()).isEqualTo(2);
    assertThat(run("codebook", "add", "x").exitCode()).isEqualTo(2);
    assertThat(run("codebook", "add", "x", "--name", "X", "--color", "blue").exitCode())
        .isEqualTo(3);
    assertThat(run("codebook", "remove", "transport", "--reason", "not needed").exitCode())
        .isZero();
    CliRun log = run("codebook", "export", "--format", "json");
    assertThat(log.out())
        .contains("\"action\": \"add\"")
        .contains("\"action\": \"rename\"")
        .contains("\"action\": \"move\"")
        .contains("\"reason\": \"not needed\"");
    assertThat(run("codebook", "remove", "nope").exitCode()).isEqualTo(3);
  }

  @Test
  void mergeRecodesCodingsAndRemoveIsRefusedWhileUsed() throws IOException {
    Files.writeString(study.resolve("coding/lead.csv"), CODINGS);
    CliRun remove = run("codebook", "remove", "peer-services");
    assertThat(remove.exitCode()).isEqualTo(3);
    assertThat(remove.err())
        .isEqualTo(
            "tacit: code \"peer-services\" is used by 1 coding(s) (1 in"
                + " coding/lead.csv); merge it into another code (tacit codebook merge peer-services"
                + " OTHER) or remove those codings first\n");

    CliRun merge = run("codebook", "merge", "peer-services", "peer-role", "--reason", "overlap");
    assertThat(merge.exitCode()).as(merge.err()).isZero();
    assertThat(merge.err())
        .contains("recoded 1 coding(s) of lead")
        .contains("the coding files as they were are in .tacit/backup/");
    assertThat(study.resolve("coding/lead.csv"))
        .content()
        .doesNotContain("peer-services")
        .contains("p01,20,30,peer-role,");
    assertThat(run("codebook", "show", "--code", "peer-services").exitCode()).isEqualTo(3);
  }

  @Test
  void initRefusesACodebookWithErrors() throws IOException {
    Files.writeString(tmp.resolve("bad.yaml"), "id: s\ncodes:\n  - id: A\n    name: A\n");
    CliRun r = CliRun.in(tmp, "init", "other", "--codebook", "bad.yaml");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("bad.yaml:3: code id \"A\" is not allowed");
    assertThat(tmp.resolve("other/tacit.yaml")).doesNotExist();
  }

  @Test
  void helpListsTheSubcommands() {
    CliRun help = run("codebook", "--help");
    assertThat(help.out())
        .contains(
            "show", "validate", "export", "import", "add", "rename", "move", "merge", "remove");
  }
}
