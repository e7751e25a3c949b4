package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled sample study with both coders' codings, made as the demo's first steps make it (the
 * AHRQ codebook, the transcripts and participants), then the lead's inductive codes merged into its
 * codebook, and coding/lead.csv and coding/second.csv (the second coder double-coded p01, p02, p04,
 * p05 and p08). No consensus, themes or report, unlike the demo.
 */
final class AgreeStudy {
  private AgreeStudy() {}

  static Path create(Path tmp) {
    Path samples = tmp.resolve("samples");
    SampleStudy.copyTo(samples);
    CliRun init =
        CliRun.in(
            tmp,
            "init",
            "study",
            "--codebook",
            "ahrq",
            "--name",
            "Peer support in care coordination");
    assertThat(init.exitCode()).as(init.err()).isZero();
    Path study = tmp.resolve("study");
    CliRun imported =
        CliRun.in(
            study,
            "import",
            samples.toString(),
            "--interviewer",
            "Jordan Reyes",
            "--interviewer",
            "Alex Kim",
            "--interviewer",
            "SPEAKER_00");
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    CliRun people =
        CliRun.in(study, "participants", "import", samples.resolve("participants.csv").toString());
    assertThat(people.exitCode()).as(people.err()).isZero();
    try {
      Path codes = tmp.resolve("inductive-codes.csv");
      copy("inductive-codes.csv", codes);
      CliRun merged =
          CliRun.in(
              study,
              "codebook",
              "import",
              codes.toString(),
              "--merge",
              "--reason",
              "codes from the data");
      assertThat(merged.exitCode()).as(merged.err()).isZero();
      Files.createDirectories(study.resolve("coding"));
      copy("lead.csv", study.resolve("coding/lead.csv"));
      copy("second.csv", study.resolve("coding/second.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return study;
  }

  private static void copy(String name, Path target) throws IOException {
    try (InputStream in =
        AgreeStudy.class.getResourceAsStream("/io/tacit/cli/sample/coding/" + name)) {
      assertThat(in).as(name).isNotNull();
      Files.copy(in, target);
    }
  }
}
