package io.tacit.cli.command.codebook;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.render.Messages;
import io.tacit.cli.render.Output;
import io.tacit.codebook.Codebook;
import io.tacit.codebook.CodebookFormat;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacit codebook export}. Here {@code --format} names the file format to export. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the codebook: md (to read and print), csv (spreadsheets), json"
          + " (scripts), yaml, or qdc (REFI-QDA, for NVivo, ATLAS.ti, MAXQDA, QualCoder).",
      "The same codebook always gives the same bytes."
    })
final class CodebookExport implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "md, csv, json, yaml or qdc (default: from -o's extension, else yaml).")
  @Nullable CodebookFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  @Nullable Path output;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    Codebook codebook = tacit.project().codebook().load();
    CodebookFormat chosen =
        format != null
            ? format
            : output == null
                ? CodebookFormat.YAML
                : CodebookFormat.ofFileName(output.toString()).orElse(CodebookFormat.YAML);
    Output.write(output, tacit.workingDir(), spec.commandLine().getOut(), chosen.write(codebook));
    if (output != null) {
      new Messages(spec.commandLine().getErr(), tacit.quiet())
          .info(
              "Exported "
                  + codebook.all().size()
                  + " codes to "
                  + output
                  + " ("
                  + chosen.extension()
                  + ").");
    }
    return 0;
  }
}
