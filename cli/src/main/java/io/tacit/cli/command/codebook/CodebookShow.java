package io.tacit.cli.command.codebook;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.option.OutputOptions;
import io.tacit.cli.render.Messages;
import io.tacit.cli.render.Output;
import io.tacit.cli.render.TableView;
import io.tacit.codebook.Code;
import io.tacit.codebook.Codebook;
import io.tacit.codebook.ValidationResult;
import io.tacit.project.CodeUsage;
import io.tacit.project.CodebookStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacit codebook show}: the codes, with how often each coder has used them. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "List the codes with their codings per coder, or show one code in full.",
      "JSON: a list of {id, name, parent, path, depth, short, codings, byCoder}; with --tree,"
          + " nested under children; with --code, every field of that code."
    })
final class CodebookShow implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;

  @Option(names = "--tree", description = "Indent codes under their parents (JSON: nest them).")
  boolean tree;

  @Option(
      names = "--code",
      paramLabel = "ID",
      description = "Show this code in full (with --tree: this code and its sub-codes).")
  @Nullable String code;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    CodebookStore store = tacit.project().codebook();
    ValidationResult checked = store.check();
    Codebook cb = checked.orThrow();
    if (!checked.warnings().isEmpty()) {
      new Messages(spec.commandLine().getErr(), tacit.quiet())
          .warn(
              store.fileName(),
              checked.warnings().size() + " warning(s); see `tacit codebook validate`");
    }
    CodeUsage usage = store.usage();
    List<Code> codes = code == null ? cb.codes() : List.of(cb.requireCode(code, "--code"));
    TableView table;
    Object json;
    if (code != null && !tree) {
      Code c = codes.get(0);
      Map<String, Object> details = entry(cb, c, usage);
      details.put("definition", c.definition());
      details.put("include", c.include());
      details.put("exclude", c.exclude());
      details.put("examples", c.examples());
      details.put("terms", c.terms());
      details.put("color", c.color());
      details.put("children", c.children().stream().map(Code::id).toList());
      List<List<String>> rows = new ArrayList<>();
      details.forEach((k, v) -> rows.add(List.of(k, text(v))));
      table = new TableView(List.of("field", "value"), rows);
      json = details;
    } else {
      List<String> headers = new ArrayList<>(List.of("id", "name", "parent", "codings"));
      headers.addAll(usage.coders());
      List<List<String>> rows = new ArrayList<>();
      List<Map<String, Object>> flat = new ArrayList<>();
      for (Code top : codes) {
        for (Code c :
            cb.subtreeIds(top.id()).stream().map(id -> cb.find(id).orElseThrow()).toList()) {
          Map<String, Object> e = entry(cb, c, usage);
          flat.add(e);
          List<String> row =
              new ArrayList<>(
                  List.of(
                      c.id(),
                      (tree ? "  ".repeat(cb.depth(c.id()) - cb.depth(top.id())) : "") + c.name(),
                      text(e.get("parent")),
                      text(e.get("codings"))));
          usage
              .coders()
              .forEach(k -> row.add(String.valueOf(usage.byCoder(c.id()).getOrDefault(k, 0))));
          rows.add(row);
        }
      }
      table = new TableView(headers, rows);
      json = tree ? codes.stream().map(c -> nested(cb, c, usage)).toList() : flat;
    }
    Output.emit(
        output, tacit.terminal(), tacit.workingDir(), spec.commandLine().getOut(), table, json);
    return 0;
  }

  private static Map<String, Object> entry(Codebook cb, Code c, CodeUsage usage) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("id", c.id());
    e.put("name", c.name());
    e.put("parent", cb.parentOf(c.id()).map(Code::id).orElse(null));
    e.put("path", cb.path(c.id()));
    e.put("depth", cb.depth(c.id()));
    e.put("short", c.shortDefinition());
    e.put("codings", usage.total(c.id()));
    e.put("byCoder", usage.byCoder(c.id()));
    return e;
  }

  private static Map<String, Object> nested(Codebook cb, Code c, CodeUsage usage) {
    Map<String, Object> e = entry(cb, c, usage);
    e.put("children", c.children().stream().map(k -> nested(cb, k, usage)).toList());
    return e;
  }

  private static String text(@Nullable Object value) {
    if (value instanceof List<?> list) {
      return String.join(" | ", list.stream().map(String::valueOf).toList());
    }
    if (value instanceof Map<?, ?> map) {
      return String.join(
          ", ", map.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }
    return value == null ? "" : String.valueOf(value);
  }
}
