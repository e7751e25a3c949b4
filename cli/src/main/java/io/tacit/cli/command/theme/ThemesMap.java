package io.tacit.cli.command.theme;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.option.UnitOption;
import io.tacit.cli.render.Output;
import io.tacit.project.Project;
import io.tacit.theme.Cooccurrence;
import io.tacit.theme.ThemeMap;
import io.tacit.theme.Themes;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacit themes map}. */
@Command(
    name = "map",
    mixinStandardHelpOptions = true,
    description = {
      "A thematic map: the themes of themes.yaml as clusters, their codes as nodes,"
          + " and edges between codes that occur together, weighted by association."
    })
final class ThemesMap implements Callable<Integer> {
  enum Format {
    DOT,
    MERMAID
  }

  @Spec CommandSpec spec;
  @Mixin UnitOption unit;
  @Mixin CoderOption coder;

  @Option(
      names = "--format",
      paramLabel = "dot|mermaid",
      defaultValue = "dot",
      description = "Graphviz DOT (default) or Mermaid.")
  Format format;

  @Option(
      names = "--min-association",
      paramLabel = "A",
      defaultValue = "0.1",
      description = "Draw edges of at least this association (default: 0.1).")
  double cut;

  @Option(
      names = "--window",
      paramLabel = "W",
      defaultValue = "1",
      description = "Neighbouring units either side that count as together (default: 1).")
  int window;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  @Nullable Path output;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    Project project = tacit.project();
    Themes themes = project.themes().load();
    ThemeData in = ThemeData.load(project, coder.resolve(project), unit.resolve(project));
    Cooccurrence cooc =
        Cooccurrence.of(in.data(), themes.codes().stream().sorted().toList(), window);
    String text =
        format == Format.DOT
            ? ThemeMap.dot(themes, in.codebook(), cooc, cut)
            : ThemeMap.mermaid(themes, in.codebook(), cooc, cut);
    Output.write(output, tacit.workingDir(), spec.commandLine().getOut(), text);
    return 0;
  }
}
