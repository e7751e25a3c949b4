package io.tacit.cli.command;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.option.OutputOptions;
import io.tacit.cli.render.Output;
import io.tacit.cli.render.TableView;
import io.tacit.text.Ids;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.Unit;
import io.tacit.transcript.UnitType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit show ID}: a transcript with its unit ids, for reading and for coding by id. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Print a transcript with its unit ids (interviewer turns included, marked).")
public final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;

  @Parameters(index = "0", paramLabel = "ID", description = "Transcript id.")
  String id = "";

  @Option(
      names = "--units",
      paramLabel = "turn|sentence",
      defaultValue = "turn",
      description = "Show turns or sentences (default: ${DEFAULT-VALUE}).")
  UnitType units = UnitType.TURN;

  /** {@code tacit show --format json}, as DESIGN.md specifies. */
  record ShowJson(String id, List<UnitJson> units) {}

  record UnitJson(String id, String speaker, String role, int start, int end, String text) {}

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    Ids.require("transcript", id);
    Transcript t = tacit.project().transcripts().load(id);
    List<Unit> list = t.units(units, true);
    List<UnitJson> json =
        list.stream()
            .map(
                u ->
                    new UnitJson(
                        u.id().toString(),
                        u.speaker(),
                        u.role().label(),
                        u.span().start(),
                        u.span().end(),
                        u.text()))
            .toList();
    if (output.format(tacit.terminal()) == io.tacit.cli.option.OutputFormat.TABLE
        && output.output() == null) {
      spec.commandLine().getOut().print(readable(t, list));
      spec.commandLine().getOut().flush();
      return 0;
    }
    List<List<String>> rows = new ArrayList<>();
    for (UnitJson u : json) {
      rows.add(
          List.of(
              u.id(),
              u.speaker(),
              u.role(),
              String.valueOf(u.start()),
              String.valueOf(u.end()),
              u.text()));
    }
    Output.emit(
        output,
        tacit.terminal(),
        tacit.workingDir(),
        spec.commandLine().getOut(),
        new TableView(List.of("unit", "speaker", "role", "start", "end", "text"), rows),
        new ShowJson(t.id(), json));
    return 0;
  }

  /**
   * For reading: the unit id in the margin, then the speaker and the whole text, wrapped by the
   * terminal.
   */
  private static String readable(Transcript t, List<Unit> list) {
    StringBuilder out = new StringBuilder();
    out.append(t.title()).append('\n');
    t.header().stream().skip(1).forEach(h -> out.append(h).append('\n'));
    out.append('\n');
    for (Unit u : list) {
      String who = u.speaker().isEmpty() ? "" : u.speaker() + ": ";
      String mark = u.role() == io.tacit.transcript.Role.INTERVIEWER ? " (interviewer)" : "";
      out.append('[')
          .append(u.id())
          .append(']')
          .append(mark)
          .append(' ')
          .append(who)
          .append(u.text())
          .append("\n\n");
    }
    return out.toString();
  }
}
