package io.tacit.cli.command.theme;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.option.UnitOption;
import io.tacit.cli.render.Output;
import io.tacit.project.Project;
import io.tacit.theme.FrameworkMatrix;
import io.tacit.theme.MatrixWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacit themes matrix}. */
@Command(
    name = "matrix",
    mixinStandardHelpOptions = true,
    description = {
      "The Framework matrix: cases (participants, or groups of an attribute) by"
          + " themes or codes, each cell the extracts of that case, as counts or with the unit ids"
          + " to quote from."
    })
final class ThemesMatrix implements Callable<Integer> {
  enum Of {
    THEMES,
    CODES
  }

  enum Format {
    CSV,
    MD,
    HTML
  }

  @Spec CommandSpec spec;
  @Mixin UnitOption unit;
  @Mixin CoderOption coder;

  @Option(
      names = "--by",
      paramLabel = "participant|ATTRIBUTE",
      defaultValue = "participant",
      description =
          "Rows: each participant (default), or the groups of an attribute (role,"
              + " group, site, ...).")
  String by;

  @Option(
      names = "--of",
      paramLabel = "themes|codes",
      defaultValue = "themes",
      description = "Columns: the themes of themes.yaml (default) or the codes.")
  Of of;

  @Option(
      names = "--cells",
      paramLabel = "count|quotes",
      defaultValue = "count",
      description = "Cells: the number of extracts (default), or with their unit ids.")
  MatrixWriter.Cells cells;

  @Option(
      names = "--format",
      paramLabel = "csv|md|html",
      defaultValue = "csv",
      description = "csv (default), md, or html: one self-contained table.")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  @Nullable Path output;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    Project project = tacit.project();
    ThemeData in = ThemeData.load(project, coder.resolve(project), unit.resolve(project));
    List<FrameworkMatrix.Column> columns =
        of == Of.CODES
            ? FrameworkMatrix.codeColumns(in.data(), in.codebook())
            : FrameworkMatrix.themeColumns(project.themes().load());
    FrameworkMatrix m = FrameworkMatrix.of(in.data(), project.participants().load(), by, columns);
    String text =
        switch (format) {
          case CSV -> MatrixWriter.csv(m, cells);
          case MD -> MatrixWriter.markdown(m, cells);
          case HTML ->
              MatrixWriter.html(
                  m,
                  cells,
                  "Framework matrix: "
                      + by
                      + " by "
                      + of.name().toLowerCase(java.util.Locale.ROOT)
                      + " (coder "
                      + in.coder()
                      + ")");
        };
    Output.write(output, tacit.workingDir(), spec.commandLine().getOut(), text);
    return 0;
  }
}
