package io.tacit.cli.command.theme;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.option.OutputOptions;
import io.tacit.cli.option.UnitOption;
import io.tacit.cli.render.Figures;
import io.tacit.cli.render.Output;
import io.tacit.cli.render.TableView;
import io.tacit.project.Project;
import io.tacit.theme.Cooccurrence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacit themes export --cooccurrence}. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the code co-occurrence behind the themes as tidy data: one row per"
          + " pair of codes (code_a, code_b, together, a_total, b_total, association).",
      "together: windows with both; a_total, b_total: windows with each; association:"
          + " Jaccard, together / (a_total + b_total - together)."
    })
final class ThemesExport implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;
  @Mixin UnitOption unit;
  @Mixin CoderOption coder;

  @Option(
      names = "--cooccurrence",
      required = true,
      description = "Export code co-occurrence (the one export so far).")
  boolean cooccurrence;

  @Option(
      names = "--window",
      paramLabel = "W",
      defaultValue = "1",
      description = "Neighbouring units either side that count as together (default: 1).")
  int window;

  @Option(
      names = "--min-support",
      paramLabel = "N",
      defaultValue = "1",
      description = "Only codes with at least N extracts (default: 1).")
  int minSupport;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    Project project = tacit.project();
    ThemeData in = ThemeData.load(project, coder.resolve(project), unit.resolve(project));
    List<String> codes =
        in.data().extracts().entrySet().stream()
            .filter(e -> e.getValue().size() >= minSupport)
            .map(Map.Entry::getKey)
            .toList();
    Cooccurrence cooc = Cooccurrence.of(in.data(), codes, window);
    List<List<String>> rows = new ArrayList<>();
    List<Map<String, Object>> json = new ArrayList<>();
    for (Cooccurrence.Pair p : cooc.pairs()) {
      rows.add(
          List.of(
              p.codeA(),
              p.codeB(),
              String.valueOf(p.together()),
              String.valueOf(p.aTotal()),
              String.valueOf(p.bTotal()),
              Figures.fixed(p.association(), 4)));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("codeA", p.codeA());
      m.put("codeB", p.codeB());
      m.put("together", p.together());
      m.put("aTotal", p.aTotal());
      m.put("bTotal", p.bTotal());
      m.put("association", Figures.round(p.association(), 4));
      json.add(m);
    }
    Output.emit(
        output,
        tacit.terminal(),
        tacit.workingDir(),
        spec.commandLine().getOut(),
        new TableView(
            List.of("code_a", "code_b", "together", "a_total", "b_total", "association"), rows),
        json);
    return 0;
  }
}
