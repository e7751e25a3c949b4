package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeWorksheetTest {
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
  void exportsASheetForExcelPreFilledWithTheCodersWholeUnitCodings() throws IOException {
    run("code", "add", "--coder", "lead", "--code", "transport", "p01:t2", "p02:46-51");
    CliRun export =
        run(
            "code",
            "worksheet",
            "export",
            "--coder",
            "lead",
            "--docs",
            "p01,p03",
            "--codes",
            "transport,housing",
            "-o",
            "sheet.csv");
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(export.err())
        .startsWith(
            "Wrote sheet.csv: 5 units, 2 code columns; the codes'"
                + " names are in sheet.codes.csv.");
    byte[] bytes = Files.readAllBytes(study.resolve("sheet.csv"));
    assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1))
        .isEqualTo("\u00EF\u00BB\u00BF");
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .isEqualTo(
            "\uFEFF"
                + "unit,participant,role,text,transport,housing\r\n"
                + "p01:t2,p01,case manager,\"Most of them take the bus, and some need a ride from"
                + " family.\",1,\r\n"
                + "p01:t4,p01,case manager,The care plan is shared with the team every month.,,\r\n"
                + "p01:t6,p01,case manager,Transportation is the biggest barrier we see.,,\r\n"
                + "p03:t2,p03,nurse,\"First paragraph, with a comma.\nSecond paragraph of the same"
                + " answer.\",,\r\n"
                + "p03:t4,p03,nurse,\"\"\"Quoted\"\" start.\",,\r\n");
    assertThat(study.resolve("sheet.codes.csv"))
        .content(StandardCharsets.UTF_8)
        .startsWith(
            "\uFEFFcode,name,path,definition,include,exclude\r\n"
                + "transport,Transport,Transport,Getting to and from care.,,\r\n");
  }

  @Test
  void survivesAnExcelRoundTrip() throws IOException {
    run("code", "add", "--coder", "lead", "--code", "transport", "p01:t2");
    assertThat(run("code", "add", "--coder", "lead", "--code", "housing", "p01:0-287").exitCode())
        .isZero();
    assertThat(
            run(
                    "code",
                    "worksheet",
                    "export",
                    "--coder",
                    "lead",
                    "--codes",
                    "transport,housing",
                    "-o",
                    "sheet.csv")
                .exitCode())
        .isZero();
    // As Excel saves it: BOM, CRLF, the newline inside p03:t2's quoted text kept (as CRLF),
    // curly quotes, marks as x, TRUE and a tick, trailing empty columns and an empty row.
    String excel =
        "\uFEFFunit,participant,role,text,transport,housing,,\r\n"
            + "p01:t2,p01,case manager,\"Most of them take the bus, and some need a ride from"
            + " family.\",,,,\r\n"
            + "p01:t4,p01,case manager,The care plan is shared with the team every month.,,,,\r\n"
            + "p01:t6,p01,case manager,Transportation is the biggest barrier we see.,x,1,,\r\n"
            + ",,,,,,,\r\n"
            + "p02:t2,p02,peer support specialist,I drove him to the clinic on Tuesday. We also"
            + " talked about housing.,TRUE,\u2713,,\r\n"
            + "p02:t4,p02,peer support specialist,Nobody showed me a care plan.,,,,\r\n"
            + "p03:t2,p03,nurse,\"First paragraph, with a comma.\r\nSecond paragraph of the same"
            + " answer.\",,,,\r\n"
            + "p03:t4,p03,nurse,\u201CQuoted\u201D start.,,yes,,\r\n"
            + "\r\n";
    Files.writeString(study.resolve("back.csv"), excel);
    CliRun back = run("code", "worksheet", "import", "--coder", "lead", "back.csv");
    assertThat(back.exitCode()).as(back.err()).isZero();
    assertThat(back.err())
        .contains(
            "warning: p01:t2 housing: cleared, but lead's coding"
                + " p01:0-287 covers more than this unit, so it stays")
        .endsWith(
            "Read 7 units from back.csv: added 4 coding(s) and removed 1 (cleared cells"
                + " that were coded as whole units) in coding/lead.csv.\n");
    JsonNode list =
        JsonMapper.builder()
            .build()
            .readTree(run("code", "list", "--coder", "lead", "--format", "json").out());
    assertThat(list)
        .extracting(
            n ->
                n.get("doc").asText()
                    + ","
                    + n.get("start")
                    + ","
                    + n.get("end")
                    + ","
                    + n.get("code").asText())
        .containsExactly(
            "p01,0,287,housing",
            "p01,241,286,transport",
            "p02,44,111,housing",
            "p02,44,111,transport",
            "p03,127,142,housing");
  }

  @Test
  void refusesChangedTextUnknownUnitsAndCodeColumnsWithExitThree() throws IOException {
    Files.writeString(
        study.resolve("bad.csv"),
        "\uFEFFunit,participant,role,text,transport,"
            + "parking\r\n"
            + "p01:t2,p01,,Most of them take the train.,x,\r\n"
            + "p01:t77,p01,,Hello.,,\r\n"
            + "p01:t6,p01,,Transportation is the biggest barrier we see.,x,\r\n");
    CliRun r = run("code", "worksheet", "import", "--coder", "lead", "bad.csv");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err().lines())
        .containsExactly(
            "tacit: bad.csv:1: column \"parking\" is not a code of the codebook; head it with a code"
                + " id, or delete the column",
            "tacit: bad.csv:2: the text of p01:t2 no longer matches the transcript; put back the"
                + " text as it was exported (only the code columns may change), or export the"
                + " worksheet again",
            "tacit: bad.csv:3: unknown unit p01:t77: p01 has no such turn; the unit column must stay"
                + " as it was exported");
    assertThat(study.resolve("coding/lead.csv")).doesNotExist();
  }
}
