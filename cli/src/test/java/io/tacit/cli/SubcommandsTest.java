package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tacit.cli.command.agree.AgreeCommand;
import io.tacit.cli.command.theme.ThemesCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubcommandsTest {
  private static final List<Class<?>> ALL = TacitCommand.SUBCOMMANDS;

  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      agree --coders a,b                 | agree
      -q agree --table x.csv             | agree
      -C study -v themes suggest         | themes
      -qC study themes review            | themes
      -Cstudy --quiet agree              | agree
      --verbose -C=study themes --help   | themes
      """)
  void aCommandLineNamingOneCommandGetsThatCommandAlone(String args, String command) {
    Class<?> expected = command.equals("agree") ? AgreeCommand.class : ThemesCommand.class;
    assertThat(Subcommands.needed(ALL, args.split(" "))).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V", "-q --version", "-C study -V"})
  void versionAloneNeedsNoCommand(String args) {
    assertThat(Subcommands.needed(ALL, args.split(" "))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "--help",
        "-h",
        "help agree",
        "generate-completion",
        "agre",
        "--bogus agree",
        "--version agree",
        "-C",
        "-- agree",
        "-x agree"
      })
  void anythingElseGetsEveryCommand(String args) {
    String[] split = args.isEmpty() ? new String[0] : args.split(" ");
    assertThat(Subcommands.needed(ALL, split)).isEqualTo(ALL);
  }

  /** Whatever the tree, a command line prints the same and exits the same. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "--version",
        "-q -V",
        "--help",
        "agree --help",
        "-q agree --bogus",
        "agree --coders",
        "agree --unit word --coders a,b",
        "themes",
        "themes suggest --help",
        "themes sugest",
        "codebook",
        "code add --help",
        "agre",
        "--bogus agree",
        "-C",
        "transcripts",
        "-C nowhere transcripts",
        "help agree",
        "report --format pdf",
        "agree --table",
        "transcripts -C . --format json"
      })
  void printsWhatTheWholeTreePrints(String args) {
    String[] split = args.split(" ");
    assertThat(run(split, split)).isEqualTo(run(split, new String[0]));
  }

  private String run(String[] args, String[] treeFor) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        TacitCommand.commandLine(
                new CliContext(tmp, false),
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                treeFor)
            .execute(args);
    return exit + "\n" + out + "\n---\n" + err;
  }
}
