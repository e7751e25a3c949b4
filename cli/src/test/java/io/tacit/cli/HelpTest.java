package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command's {@code --help} prints its usage and nothing else. Picocli reports a description
 * it cannot format (an unescaped percent sign, say) through its tracer on the process's standard
 * error, as "[picocli WARN] ...", and still exits 0, so only a test that listens there sees it.
 */
class HelpTest {
  @TempDir static Path tmp;

  /** The command paths of the whole tree, from the root: "tacit", "tacit themes suggest", .... */
  static Stream<String> commands() {
    CommandLine root =
        TacitCommand.commandLine(
            new CliContext(Path.of("."), false),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()));
    Set<String> paths = new LinkedHashSet<>();
    collect(root, paths);
    return paths.stream();
  }

  private static void collect(CommandLine command, Set<String> paths) {
    paths.add(command.getCommandSpec().qualifiedName(" "));
    // Aliases map to the same CommandLine; the set keeps each command once.
    for (CommandLine sub : command.getSubcommands().values()) {
      collect(sub, paths);
    }
  }

  @Test
  void treeHoldsEveryLevel() {
    List<String> all = commands().toList();
    assertThat(all)
        .contains(
            "tacit",
            "tacit themes suggest",
            "tacit codebook export",
            "tacit code worksheet export");
    assertThat(all.size()).isGreaterThan(40);
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpPrintsUsageWithoutWarnings(String path) {
    List<String> words = List.of(path.split(" "));
    List<String> args = new ArrayList<>(words.subList(1, words.size()));
    args.add("--help");
    PrintStream original = System.err;
    ByteArrayOutputStream traced = new ByteArrayOutputStream();
    CliRun run;
    try {
      // picocli's tracer writes to whatever System.err is when it is asked for.
      System.setErr(new PrintStream(traced, true, StandardCharsets.UTF_8));
      run = CliRun.in(tmp, args.toArray(String[]::new));
    } finally {
      System.setErr(original);
    }
    assertThat(traced.toString(StandardCharsets.UTF_8)).as("picocli's tracer").isEmpty();
    assertThat(run.err()).as("standard error").isEmpty();
    assertThat(run.exitCode()).isZero();
    // "help" prints its description above the usage line.
    assertThat(run.out()).contains("Usage: " + path + " ").doesNotContain("picocli");
  }
}
