package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tacit report}: what it needs first, its folder, its formats and its timestamp. */
class ReportCommandTest {
  @TempDir Path tmp;

  @Test
  void saysWhichCommandToRunFirst() throws IOException {
    CliRun none = CliRun.in(tmp, "report");
    assertThat(none.exitCode()).isEqualTo(3);
    assertThat(none.err()).contains("tacit init");

    Path study = CodingStudy.create(tmp);
    CliRun uncoded = CliRun.in(study, "report");
    assertThat(uncoded.exitCode()).isEqualTo(3);
    assertThat(uncoded.err()).contains("no coder has codings yet").contains("tacit code import");

    assertThat(
            CliRun.in(
                    study,
                    "code",
                    "add",
                    "--coder",
                    "lead",
                    "--code",
                    "transport",
                    "p01:t2",
                    "p01:t6",
                    "p02:t2")
                .exitCode())
        .isZero();
    assertThat(
            CliRun.in(
                    study,
                    "code",
                    "add",
                    "--coder",
                    "lead",
                    "--code",
                    "care-plan",
                    "p01:t4",
                    "p02:t4")
                .exitCode())
        .isZero();
    CliRun unthemed = CliRun.in(study, "report");
    assertThat(unthemed.exitCode()).isEqualTo(3);
    assertThat(unthemed.err()).contains("themes.yaml").contains("tacit themes suggest");

    CliRun unknown = CliRun.in(study, "report", "--coder", "third");
    assertThat(unknown.exitCode()).isEqualTo(3);
    assertThat(unknown.err()).contains("coding/third.csv").contains("the coders are lead");
    assertThat(study.resolve("report")).doesNotExist();
  }

  @Test
  void writesTheAskedForFormatsIntoItsOwnFolderOnly() throws IOException {
    Path study = CodingStudy.create(tmp);
    assertThat(
            CliRun.in(
                    study,
                    "code",
                    "add",
                    "--coder",
                    "lead",
                    "--code",
                    "transport",
                    "p01:t2",
                    "p01:t6",
                    "p02:t2")
                .exitCode())
        .isZero();
    assertThat(
            CliRun.in(
                    study,
                    "code",
                    "add",
                    "--coder",
                    "lead",
                    "--code",
                    "care-plan",
                    "p01:t4",
                    "p02:t4")
                .exitCode())
        .isZero();
    Files.writeString(
        study.resolve("themes.yaml"),
        "themes:\n  - id: access\n    name: Access"
            + "\n    status: reviewed\n    codes: [transport, care-plan]\n");

    CliRun md = CliRun.in(study, "report", "--format", "md", "--title", "Access to care");
    assertThat(md.exitCode()).as(md.err()).isZero();
    assertThat(md.out().lines())
        .containsExactly(
            study.resolve("report/report.md").toString(),
            study.resolve("report/manifest.json").toString());
    assertThat(md.err()).contains("Report of coder lead: 1 theme(s)");
    String text = Files.readString(study.resolve("report/report.md"));
    assertThat(text)
        .startsWith("# Access to care\n")
        .contains("### Access")
        .contains("A case manager (P01) said")
        .contains("No transcript was coded by two coders")
        .doesNotContain("Generated ");

    CliRun stamped = CliRun.in(study, "report", "--format", "md,html", "--timestamp");
    assertThat(stamped.exitCode()).as(stamped.err()).isZero();
    assertThat(Files.readString(study.resolve("report/report.md")))
        .containsPattern("Generated \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\.");
    assertThat(study.resolve("report/report.html")).isNotEmptyFile();

    CliRun badFormat = CliRun.in(study, "report", "--format", "pdf");
    assertThat(badFormat.exitCode()).isEqualTo(2);
    assertThat(badFormat.err()).contains("unknown report format \"pdf\"");

    Files.createDirectories(study.resolve("notes"));
    Files.writeString(study.resolve("notes/mine.md"), "mine");
    CliRun refused = CliRun.in(study, "report", "--out", "notes");
    assertThat(refused.exitCode()).isEqualTo(3);
    assertThat(refused.err()).contains("no earlier Tacit report");
    assertThat(study.resolve("notes/mine.md")).hasContent("mine");
  }
}
