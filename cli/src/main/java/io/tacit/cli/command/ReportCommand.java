package io.tacit.cli.command;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.render.Messages;
import io.tacit.project.Project;
import io.tacit.project.Reports;
import io.tacit.report.Report;
import io.tacit.report.ReportFormat;
import io.tacit.report.ReportInput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tacit report}: the theme report, as HTML, Markdown, tidy CSV and JSON. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write the theme report: study overview, codebook and its use, agreement,"
          + " themes with quotes attributed by role and participant id, the Framework matrix,"
          + " charts, and a methods paragraph.",
      "The same inputs give byte-identical files; manifest.json records the SHA-256 of every"
          + " input and output. Prints the files written."
    })
public final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Report folder (default: report in the project). Refused if it holds"
              + " anything but an earlier report.")
  @Nullable Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMATS",
      split = ",",
      defaultValue = "html,md,csv,json",
      description = "Any of html, md, csv, json, comma-separated (default: all).")
  List<String> formats = new ArrayList<>();

  @Option(
      names = "--coder",
      paramLabel = "C",
      description =
          "Whose codings to report (default: the consensus coder, else the lead coder"
              + " in tacit.yaml, else the only coder).")
  @Nullable String coder;

  @Option(names = "--title", paramLabel = "T", description = "Title (default: the study's name).")
  @Nullable String title;

  @Option(
      names = "--timestamp",
      description = "Print when the report was made (the files then" + " differ from run to run).")
  boolean timestamp;

  @Override
  public Integer call() {
    List<ReportFormat> chosen = new ArrayList<>();
    for (String f : formats) {
      chosen.add(
          ReportFormat.of(f)
              .orElseThrow(
                  () ->
                      new ParameterException(
                          spec.commandLine(),
                          "unknown report format \"" + f + "\"; choose from html, md, csv, json")));
    }
    TacitCommand tacit = TacitCommand.of(spec);
    Project project = tacit.project();
    Path dir =
        out != null
            ? tacit.workingDir().resolve(out).normalize()
            : project.resolve(Reports.DEFAULT_DIR);
    long start = System.nanoTime();
    ReportInput input = project.reports().input(coder, title, timestamp);
    Report report = project.reports().build(input);
    List<String> written = project.reports().write(dir, report, chosen);
    PrintWriter say = spec.commandLine().getOut();
    written.forEach(f -> say.println(dir.resolve(f)));
    say.flush();
    new Messages(spec.commandLine().getErr(), tacit.quiet())
        .info(
            String.format(
                Locale.ROOT,
                "Report of coder %s: %d theme(s), %d file(s) in %s (%.1f s).",
                input.coder(),
                report.themes().size(),
                written.size(),
                dir,
                (System.nanoTime() - start) / 1e9));
    return 0;
  }
}
