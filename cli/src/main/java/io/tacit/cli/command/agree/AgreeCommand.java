package io.tacit.cli.command.agree;

import io.tacit.BadInputException;
import io.tacit.agreement.Agreement;
import io.tacit.agreement.AgreementReport;
import io.tacit.agreement.Bootstrap;
import io.tacit.agreement.Level;
import io.tacit.agreement.table.ReliabilityTable;
import io.tacit.agreement.table.ReliabilityTableReader;
import io.tacit.cli.ExitCodes;
import io.tacit.cli.TacitCommand;
import io.tacit.cli.option.OutputFormat;
import io.tacit.cli.option.OutputOptions;
import io.tacit.cli.render.Messages;
import io.tacit.cli.render.Output;
import io.tacit.cli.render.TableView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tacit agree}: inter-coder agreement, on a reliability table or on coded transcripts. */
@Command(
    name = "agree",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Inter-coder agreement with 95%% confidence intervals and a reading of each"
          + " figure (Krippendorff's .667/.800 for alpha, Landis and Koch for kappa).",
      "--table: any reliability data matrix (unit,CODER1,CODER2,...; blank = missing).",
      "--coders: the transcripts every named coder coded; per code, whether each coder applied"
          + " it to each participant unit, and overall."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:unexpected internal error",
      "2:bad usage",
      "3:bad input data (nothing was written)",
      "4:agreement below --min-alpha (the figures are still printed)"
    })
public final class AgreeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source = new Source();

  @Mixin CodersOptions coders;

  static final class Source {
    @Option(
        names = "--table",
        paramLabel = "FILE.csv",
        required = true,
        description = "A reliability data matrix: header unit,CODER1,CODER2,...")
    @Nullable Path table;

    @Option(
        names = "--coders",
        paramLabel = "A,B[,C...]",
        split = ",",
        required = true,
        hideParamSyntax = true,
        description = "Compare these coders' codings (two or more).")
    @Nullable List<String> coders;
  }

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      description = "With --table: nominal," + " ordinal, interval or ratio (default: nominal).")
  @Nullable Level level;

  @Option(
      names = "--bootstrap",
      paramLabel = "N",
      defaultValue = "1000",
      description =
          "Bootstrap replicates for the confidence intervals (default: ${DEFAULT-VALUE}; 0: normal"
              + " approximation where a standard error exists).")
  int bootstrap;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Bootstrap seed (default: fixed, so" + " runs repeat exactly).")
  long seed = Bootstrap.DEFAULT_SEED;

  @Override
  public Integer call() {
    if (bootstrap < 0 || bootstrap > 1_000_000) {
      throw new ParameterException(spec.commandLine(), "--bootstrap must be 0 to 1000000");
    }
    Bootstrap boot = Bootstrap.of(bootstrap, seed);
    TacitCommand tacit = TacitCommand.of(spec);
    Messages messages = new Messages(spec.commandLine().getErr(), tacit.quiet());
    if (source.table != null) {
      if (coders.given()) {
        throw new ParameterException(
            spec.commandLine(),
            "--unit, --docs, --codes,"
                + " --min-overlap, --min-alpha and --disagreements go with --coders, not --table");
      }
      return table(tacit, source.table, boot, messages);
    }
    if (level != null && level != Level.NOMINAL) {
      throw new ParameterException(
          spec.commandLine(),
          "--level goes with --table; codings are" + " nominal (each code present or absent)");
    }
    return coders.run(spec, tacit, output, List.copyOf(source.coders), boot, messages);
  }

  private int table(TacitCommand tacit, Path file, Bootstrap boot, Messages messages) {
    Path path = tacit.workingDir().resolve(file);
    if (!Files.isRegularFile(path)) {
      throw new BadInputException(
          file.toString(),
          "no such file; give the reliability table's" + " path (a CSV: unit,CODER1,CODER2,...)");
    }
    Level lvl = level == null ? Level.NOMINAL : level;
    ReliabilityTable table = ReliabilityTableReader.read(path, lvl);
    AgreementReport report = Agreement.report(table.data(), lvl, boot);
    messages.info(
        String.format(
            java.util.Locale.ROOT,
            "Reliability data: %d units x %d coders"
                + " (%s), %s level; %d units rated by two or more",
            report.units(),
            report.coders(),
            String.join(", ", table.data().coderNames()),
            lvl.key(),
            report.pairableUnits()));
    boolean tidy = output.format(tacit.terminal()) == OutputFormat.CSV;
    Map<String, @Nullable Object> json = new LinkedHashMap<>();
    json.put("units", report.units());
    json.put("coders", report.coders());
    json.put("coderNames", table.data().coderNames());
    json.put("level", lvl.key());
    json.put("statistics", AgreeFigures.statistics(report));
    Output.emit(
        output,
        tacit.terminal(),
        tacit.workingDir(),
        spec.commandLine().getOut(),
        new TableView(AgreeFigures.headers(tidy), AgreeFigures.rows(report, tidy)),
        json);
    return ExitCodes.OK;
  }
}
