package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled sample study with both coders' codings: the demo's project, the lead's inductive
 * codes merged into its codebook, and coding/lead.csv and coding/second.csv (the second coder
 * double-coded p01, p02, p04, p05 and p08).
 */
final class AgreeStudy {
  private AgreeStudy() {}

  static Path create(Path tmp) {
    CliRun demo = CliRun.in(tmp, "demo", "--out", "study");
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    Path study = tmp.resolve("study");
    try {
      Path codes = tmp.resolve("inductive-codes.csv");
      copy("inductive-codes.csv", codes);
      CliRun merged = CliRun.in(study, "codebook", "import", codes.toString(), "--merge",
          "--reason", "codes from the data");
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
    try (InputStream in = AgreeStudy.class.getResourceAsStream("/io/tacit/cli/sample/coding/"
        + name)) {
      assertThat(in).as(name).isNotNull();
      Files.copy(in, target);
    }
  }
}
