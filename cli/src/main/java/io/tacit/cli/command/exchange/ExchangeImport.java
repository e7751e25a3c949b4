package io.tacit.cli.command.exchange;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.render.Messages;
import io.tacit.cli.render.TableView;
import io.tacit.cli.render.TableWriter;
import io.tacit.exchange.ImportOptions;
import io.tacit.exchange.ImportPlan;
import io.tacit.exchange.PositionScheme;
import io.tacit.nlp.SentenceSplitter;
import io.tacit.project.ProjectExchange.Imported;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit exchange import}. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import a REFI-QDA project (.qdpx) from NVivo, ATLAS.ti, MAXQDA or"
          + " QualCoder: text sources as transcripts, codes into the codebook, each user's"
          + " codings under a coder, notes as memos, sets as the participants' set attribute.",
      "Positions are converted from the way the exporting tool counts characters. Nothing is"
          + " written unless everything can be imported."
    })
final class ExchangeImport implements Callable<Integer> {
  /** How many added codes are named. */
  private static final int SHOWN = 8;

  /** What --positions accepts. */
  enum Positions {
    AUTO,
    CODE_POINTS,
    UTF16,
    CRLF_AS_ONE
  }

  /** Who the codings belong to. */
  static final class Coders {
    @Option(
        names = "--coder-from",
        paramLabel = "user",
        description = "One coder per user of" + " the project, named after the user (the default).")
    @Nullable CoderFrom from;

    @Option(names = "--coder", paramLabel = "C", description = "Every coding to this coder.")
    @Nullable String coder;
  }

  /** Where coder ids come from. */
  enum CoderFrom {
    USER
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.qdpx", description = "The project file.")
  Path file;

  @ArgGroup(exclusive = true)
  @Nullable Coders coders;

  @Option(
      names = "--positions",
      paramLabel = "HOW",
      defaultValue = "auto",
      converter = PositionsConverter.class,
      description =
          "How the tool counted characters: auto (by the tool that wrote the file),"
              + " code-points (the standard), utf16 (NVivo) or crlf-as-one (ATLAS.ti).")
  Positions positions = Positions.AUTO;

  @Option(
      names = "--skip-unplaced",
      description =
          "Import the other selections when some"
              + " cannot be placed on the text (each is reported).")
  boolean skipUnplaced;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    var project = tacit.project();
    String coder = coders == null ? null : coders.coder;
    PositionScheme scheme =
        positions == Positions.AUTO ? null : PositionScheme.valueOf(positions.name());
    ImportOptions options = new ImportOptions(coder, scheme, skipUnplaced, project.codings().now());
    Imported done =
        project
            .exchange()
            .importProject(
                tacit.workingDir().resolve(file), file.toString(), options, new SentenceSplitter());
    ImportPlan plan = done.plan();
    Messages messages = new Messages(spec.commandLine().getErr(), tacit.quiet());
    plan.warnings().forEach(w -> messages.warn(file.toString(), w));
    print(spec.commandLine().getOut(), done);
    return 0;
  }

  private void print(PrintWriter out, Imported done) {
    ImportPlan plan = done.plan();
    out.println(
        "Written by "
            + (plan.origin().isEmpty() ? "an unnamed tool" : plan.origin())
            + " ("
            + plan.vendor().label()
            + "); positions read as "
            + plan.scheme().label()
            + ", "
            + plan.schemeReason()
            + ".");
    plan.coders()
        .forEach((user, coder) -> out.println("User \"" + user + "\" codes as " + coder + "."));
    List<List<String>> rows = new ArrayList<>();
    plan.sources()
        .forEach(
            s ->
                rows.add(
                    List.of(
                        s.name(),
                        s.transcript(),
                        s.isNew() ? "imported" : "unchanged",
                        s.placed() + " of " + s.selections())));
    out.print(
        TableWriter.text(
            new TableView(List.of("source", "transcript", "status", "selections placed"), rows)));
    List<String> added = plan.addedCodes();
    out.println(
        "Codes: "
            + added.size()
            + " added to the codebook"
            + (added.isEmpty()
                ? ""
                : " ("
                    + String.join(", ", added.subList(0, Math.min(SHOWN, added.size())))
                    + (added.size() > SHOWN ? ", and " + (added.size() - SHOWN) + " more" : "")
                    + ")")
            + ".");
    done.codingsAdded()
        .forEach(
            (coder, n) ->
                out.println(
                    "Coder " + coder + ": " + n + (n == 1 ? " coding" : " codings") + " added."));
    out.println("Memos: " + done.memosAdded() + " memo file(s) written.");
    out.flush();
  }

  /** Accepts code-points as well as CODE_POINTS. */
  static final class PositionsConverter implements picocli.CommandLine.ITypeConverter<Positions> {
    @Override
    public Positions convert(String value) {
      return Positions.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }
}
