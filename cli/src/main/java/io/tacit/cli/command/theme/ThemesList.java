package io.tacit.cli.command.theme;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.option.OutputOptions;
import io.tacit.cli.render.Output;
import io.tacit.cli.render.TableView;
import io.tacit.theme.Theme;
import io.tacit.theme.Themes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tacit themes list}. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "List the themes of themes.yaml, subthemes indented under their themes.",
      "JSON: a list of {id, name, status, description, codes, notes, subthemes: [...]}."
    })
final class ThemesList implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    Themes themes = tacit.project().themes().load();
    List<List<String>> rows = new ArrayList<>();
    themes.themes().forEach(t -> rows(t, 0, rows));
    Output.emit(
        output,
        tacit.terminal(),
        tacit.workingDir(),
        spec.commandLine().getOut(),
        new TableView(List.of("id", "name", "status", "codes"), rows),
        themes.themes().stream().map(ThemesList::json).toList());
    return 0;
  }

  private static void rows(Theme t, int depth, List<List<String>> rows) {
    rows.add(
        List.of(
            t.id(),
            "  ".repeat(depth) + t.name(),
            t.status().label(),
            String.join(" ", t.codes())));
    t.subthemes().forEach(s -> rows(s, depth + 1, rows));
  }

  static Map<String, Object> json(Theme t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("name", t.name());
    m.put("status", t.status().label());
    m.put("description", t.description());
    m.put("codes", t.codes());
    m.put("notes", t.notes());
    m.put("subthemes", t.subthemes().stream().map(ThemesList::json).toList());
    return m;
  }
}
