package io.tacit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The launcher's training run: the common commands, once each, on a scratch copy of the bundled
 * sample study, through {@link Main#run} as a user's command line would go. The launcher runs it
 * with {@code -XX:ArchiveClassesAtExit}, so the JVM records every class these commands load in a
 * class-data-sharing archive that later commands start from (ADR 0015). It prints nothing and
 * removes its scratch folder; a command that fails here only leaves its classes out.
 */
public final class StartupTraining {
  private StartupTraining() {}

  public static void main(String[] args) throws IOException {
    Path scratch = Files.createTempDirectory("tacit-training");
    int failed;
    try {
      failed = run(scratch);
    } finally {
      delete(scratch);
    }
    System.exit(failed == 0 ? 0 : 1);
  }

  /** Runs every command in {@code scratch}; returns how many did not exit 0. */
  static int run(Path scratch) {
    Path sources = scratch.resolve("sources");
    SampleStudy.copyTo(sources);
    Path coding = sources.resolve("coding");
    Path table = scratch.resolve("ratings.csv");
    try {
      Files.writeString(table, "unit,a,b\nu1,x,x\nu2,x,y\nu3,y,y\nu4,y,\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String study = scratch.resolve("study").toString();
    List<List<String>> commands = new ArrayList<>();
    commands.add(List.of("--version"));
    commands.add(List.of("--help"));
    commands.add(List.of("init", study, "--codebook", "ahrq", "--name", "Training"));
    commands.add(
        List.of(
            "-C",
            study,
            "import",
            sources.toString(),
            "--interviewer",
            "Jordan Reyes",
            "--interviewer",
            "Alex Kim",
            "--interviewer",
            "SPEAKER_00"));
    commands.add(
        List.of(
            "-C", study, "participants", "import", sources.resolve("participants.csv").toString()));
    commands.add(
        List.of(
            "-C",
            study,
            "codebook",
            "import",
            coding.resolve("inductive-codes.csv").toString(),
            "--merge",
            "--reason",
            "training"));
    for (String coder : List.of("lead", "second")) {
      commands.add(
          List.of(
              "-C",
              study,
              "code",
              "import",
              "--coder",
              coder,
              coding.resolve(coder + ".csv").toString()));
    }
    commands.add(List.of("-C", study, "code", "lead", "lead"));
    for (String format : List.of("table", "csv", "json", "md")) {
      commands.add(List.of("-C", study, "transcripts", "--format", format));
      commands.add(List.of("-C", study, "agree", "--coders", "lead,second", "--format", format));
    }
    commands.add(List.of("-C", study, "show", "p01", "--units", "sentence"));
    commands.add(List.of("-C", study, "codebook", "validate"));
    commands.add(List.of("-C", study, "codebook", "show", "--tree"));
    commands.add(List.of("-C", study, "code", "list", "--coder", "lead", "--doc", "p01"));
    for (String unit : List.of("sentence", "char", "span")) {
      commands.add(
          List.of(
              "-C", study, "agree", "--coders", "lead,second", "--unit", unit, "--bootstrap", "0"));
    }
    commands.add(List.of("agree", "--table", table.toString(), "--level", "nominal"));
    commands.add(
        List.of(
            "-C",
            study,
            "consensus",
            "--coders",
            "lead,second",
            "--as",
            "consensus",
            "--decisions",
            coding.resolve("decisions.csv").toString()));
    commands.add(List.of("-C", study, "themes", "suggest"));
    commands.add(List.of("-C", study, "themes", "review"));
    commands.add(List.of("-C", study, "themes", "matrix", "--by", "group"));
    commands.add(List.of("-C", study, "report"));
    commands.add(List.of("-C", study, "search", "appointment"));
    commands.add(List.of("-C", study, "words", "--top", "5"));
    int failed = 0;
    for (List<String> command : commands) {
      PrintWriter quiet = new PrintWriter(Writer.nullWriter());
      if (Main.run(command.toArray(String[]::new), quiet, quiet, scratch, false) != 0) {
        failed++;
      }
    }
    return failed;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
