package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CoreNLP and Lucene write to the process's standard error directly; Tacit must keep them quiet.
 */
class QuietLibrariesTest {
  @TempDir Path tmp;

  @Test
  void importPrintsNothingFromLibrariesUnlessVerbose() throws Exception {
    assertThat(CliRun.in(tmp, "init", "s").exitCode()).isZero();
    Files.writeString(tmp.resolve("p01.txt"), "Interviewer: Hi?\n\nP01: Hello. Fine.\n");
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    CliRun run;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      run = CliRun.in(tmp.resolve("s"), "-q", "import", "../p01.txt");
    } finally {
      System.setErr(original);
    }
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
