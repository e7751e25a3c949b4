package io.tacit.cli.command;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.option.OutputOptions;
import io.tacit.cli.render.Messages;
import io.tacit.cli.render.Output;
import io.tacit.cli.render.TableView;
import io.tacit.participant.Participant;
import io.tacit.participant.ParticipantCsv;
import io.tacit.participant.ParticipantTable;
import io.tacit.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit participants}: list participants; {@code participants import} loads a CSV. */
@Command(
    name = "participants",
    mixinStandardHelpOptions = true,
    description = "List participants and their attributes.",
    subcommands = ParticipantsCommand.Import.class)
public final class ParticipantsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    ParticipantTable table = tacit.project().participants().load();
    List<String> headers = new ArrayList<>();
    headers.add("id");
    headers.addAll(table.columns());
    List<List<String>> rows = new ArrayList<>();
    List<Map<String, String>> json = new ArrayList<>();
    for (Participant p : table.participants()) {
      List<String> row = new ArrayList<>();
      row.add(p.id());
      Map<String, String> obj = new LinkedHashMap<>();
      obj.put("id", p.id());
      for (String c : table.columns()) {
        String v = p.attributes().getOrDefault(c, "");
        row.add(v);
        obj.put(c, v);
      }
      rows.add(row);
      json.add(obj);
    }
    Output.emit(
        output,
        tacit.terminal(),
        tacit.workingDir(),
        spec.commandLine().getOut(),
        new TableView(headers, rows),
        json);
    return 0;
  }

  /** {@code tacit participants import FILE.csv}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Load participant attributes from a CSV file (id, role, group, ...).",
        "Rows update participants with the same id; other participants are kept."
      })
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "Header row with an id column.")
    Path file;

    @Override
    public Integer call() throws IOException {
      TacitCommand tacit = TacitCommand.of(spec);
      Project project = tacit.project();
      Path path = tacit.workingDir().resolve(file);
      if (!Files.isRegularFile(path)) {
        throw new io.tacit.BadInputException(file.toString(), "no such file");
      }
      ParticipantTable incoming = ParticipantCsv.read(file.toString(), Files.readAllBytes(path));
      ParticipantTable saved = project.participants().importTable(incoming);
      List<String> unlinked =
          project.transcripts().loadAll().stream()
              .filter(t -> saved.find(t.participant()).isEmpty())
              .map(t -> t.id() + " (participant " + t.participant() + ")")
              .toList();
      Messages messages = new Messages(spec.commandLine().getErr(), tacit.quiet());
      messages.info(
          "Loaded "
              + incoming.participants().size()
              + " participants from "
              + file
              + " ("
              + saved.participants().size()
              + " in the project; columns: "
              + String.join(", ", saved.columns())
              + ").");
      if (!unlinked.isEmpty()) {
        messages.warn("", "transcripts without a participant row: " + String.join(", ", unlinked));
      }
      return 0;
    }
  }
}
