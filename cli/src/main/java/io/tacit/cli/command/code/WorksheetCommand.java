package io.tacit.cli.command.code;

import io.tacit.BadInputException;
import io.tacit.cli.TacitCommand;
import io.tacit.cli.option.UnitOption;
import io.tacit.cli.render.Messages;
import io.tacit.cli.render.Output;
import io.tacit.project.CodingStore;
import io.tacit.project.Project;
import io.tacit.project.Worksheets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit code worksheet export|import}: coding in a spreadsheet. */
@Command(
    name = "worksheet",
    mixinStandardHelpOptions = true,
    description = {
      "Code in a spreadsheet: one row per participant unit with its text and a"
          + " column per code; mark a cell (1, x, yes, true or a tick) to apply the code to the"
          + " whole unit, clear it to remove that coding."
    },
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {WorksheetCommand.Export.class, WorksheetCommand.Import.class})
public final class WorksheetCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** {@code tacit code worksheet export}. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Write the coder's worksheet: columns unit, participant, role, text, then one"
            + " per code (headed by its id), marked where the coder's coding covers the whole unit.",
        "CSV for Excel: UTF-8 with a byte-order mark, CRLF. With -o, the codes' names and"
            + " definitions go to a legend beside it (sheet.csv: sheet.codes.csv)."
      })
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin UnitOption unit;

    @Option(names = "--coder", required = true, paramLabel = "C", description = "Whose marks.")
    String coder = "";

    @Option(
        names = "--docs",
        split = ",",
        paramLabel = "ID",
        description = "Only these transcripts (comma-separated; default: all).")
    List<String> docs = new ArrayList<>();

    @Option(
        names = "--codes",
        split = ",",
        paramLabel = "X",
        description = "Only these code columns (comma-separated; default: every code).")
    List<String> codes = new ArrayList<>();

    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        description = "Write the sheet to FILE (and its legend beside it).")
    @Nullable Path output;

    @Override
    public Integer call() {
      TacitCommand tacit = TacitCommand.of(spec);
      Project project = tacit.project();
      Worksheets.Export sheet =
          project.worksheets().export(coder, docs, unit.resolve(project), codes);
      Path out = output;
      Output.write(out, tacit.workingDir(), spec.commandLine().getOut(), sheet.sheet());
      Messages messages = new Messages(spec.commandLine().getErr(), tacit.quiet());
      if (out == null) {
        messages.info(sheet.units() + " units, " + sheet.codes().size() + " code columns.");
        return 0;
      }
      Path legend = legendOf(out);
      Output.write(legend, tacit.workingDir(), spec.commandLine().getOut(), sheet.legend());
      messages.info(
          "Wrote "
              + out
              + ": "
              + sheet.units()
              + " units, "
              + sheet.codes().size()
              + " code columns; the codes' names are in "
              + legend
              + ". Mark a cell with 1 or x,"
              + " save as CSV UTF-8, then `tacit code worksheet import --coder "
              + coder
              + " "
              + out
              + "`.");
      return 0;
    }

    private static Path legendOf(Path sheet) {
      String name = sheet.getFileName().toString();
      String stem =
          name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
              ? name.substring(0, name.length() - 4)
              : name;
      return sheet.resolveSibling(stem + ".codes.csv");
    }
  }

  /** {@code tacit code worksheet import}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Read a worksheet back: a marked cell adds a coding of the whole unit, a"
            + " cleared cell removes the coder's coding of exactly that unit.",
        "Refused, with every problem and its line, if a unit's text was changed, a unit id is"
            + " unknown or a column is not a code; nothing is written then."
      })
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--coder", required = true, paramLabel = "C", description = "Whose marks.")
    String coder = "";

    @Parameters(index = "0", paramLabel = "SHEET.csv", description = "The worksheet, as saved.")
    Path file = Path.of("");

    @Override
    public Integer call() throws IOException {
      TacitCommand tacit = TacitCommand.of(spec);
      Path path = tacit.workingDir().resolve(file);
      if (!Files.isRegularFile(path)) {
        throw new BadInputException(file.toString(), "no such file");
      }
      Worksheets.Imported done =
          tacit
              .project()
              .worksheets()
              .importSheet(coder, file.toString(), Files.readAllBytes(path));
      Messages messages = new Messages(spec.commandLine().getErr(), tacit.quiet());
      done.warnings().forEach(w -> messages.warn(file.toString(), w));
      done.notes().forEach(n -> messages.warn("", n));
      messages.info(
          "Read "
              + done.units()
              + " units from "
              + file
              + ": added "
              + done.added()
              + " coding(s) and removed "
              + done.removed()
              + " (cleared cells that were coded as"
              + " whole units) in "
              + CodingStore.location(coder)
              + ".");
      return 0;
    }
  }
}
