package io.tacit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import io.tacit.coding.Coding;
import io.tacit.text.Span;
import io.tacit.transcript.UnitType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorksheetsTest {
  @TempDir Path tmp;
  private Project project;

  @BeforeEach
  void study() {
    project = CodingFixture.create(tmp);
  }

  @Test
  void exportsTheCodersMarksAndReadsChangesBack() {
    project
        .codings()
        .add(
            "lead",
            List.of(
                new Coding(
                    "lead",
                    "p01",
                    Span.of(55, 115),
                    "transport",
                    "",
                    Instant.parse("2026-01-01T00:00:00Z"))));
    Worksheets.Export sheet =
        project
            .worksheets()
            .export("lead", List.of(), UnitType.TURN, List.of("transport", "housing"));
    assertThat(sheet.units()).isEqualTo(5);
    assertThat(sheet.sheet())
        .startsWith(
            "\uFEFFunit,participant,role,text,transport,housing\r\n"
                + "p01:t2,p01,case manager,\"Most of them take the bus, and some need a ride from"
                + " family.\",1,\r\n");
    assertThat(sheet.legend())
        .startsWith(
            "\uFEFFcode,name,path,definition,include,exclude\r\n"
                + "transport,Transport,Transport,,,\r\n");

    String edited =
        sheet.sheet().replace("family.\",1,", "family.\",,").replace("housing.,,", "housing.,,x");
    Worksheets.Imported done =
        project
            .worksheets()
            .importSheet("lead", "sheet.csv", edited.getBytes(StandardCharsets.UTF_8));
    assertThat(done.added()).isEqualTo(1);
    assertThat(done.removed()).isEqualTo(1);
    assertThat(project.codings().load("lead"))
        .extracting(c -> c.doc() + ":" + c.span() + " " + c.code())
        .containsExactly("p02:44-111 housing");
  }

  @Test
  void aSheetWithProblemsChangesNothing() throws Exception {
    Worksheets.Export sheet =
        project.worksheets().export("lead", List.of("p02"), UnitType.TURN, List.of("housing"));
    String bad = sheet.sheet().replace(",\r\n", ",x\r\n").replace("Nobody", "No one");
    assertThatThrownBy(
            () ->
                project
                    .worksheets()
                    .importSheet("lead", "sheet.csv", bad.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("sheet.csv:3: the text of p02:t4 no longer matches");
    assertThat(Files.exists(project.resolve("coding/lead.csv"))).isFalse();
  }
}
