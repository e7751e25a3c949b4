package io.tacit.cli.command.consensus;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.option.OutputFormat;
import io.tacit.cli.option.OutputOptions;
import io.tacit.cli.option.UnitOption;
import io.tacit.cli.render.Messages;
import io.tacit.cli.render.Output;
import io.tacit.cli.render.TableView;
import io.tacit.coding.consensus.ConsensusResult;
import io.tacit.coding.consensus.Decision;
import io.tacit.coding.reliability.Disagreement;
import io.tacit.coding.reliability.Selection;
import io.tacit.project.CodingStore;
import io.tacit.project.ConsensusStore;
import io.tacit.project.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tacit consensus}: two coders merged into one, disagreements settled by a sheet. */
@Command(
    name = "consensus",
    mixinStandardHelpOptions = true,
    description = {
      "Merge two coders into a consensus coding; a decisions sheet settles where" + " they differ.",
      "Works unit by unit, as tacit agree compares the coders. Codes both coders put on a unit"
          + " go in; where they differ, the decisions sheet settles it (first,"
          + " second, both, neither, or a coder's id); unsettled disagreements are listed and left"
          + " out. Transcripts only one of them coded are carried over as coded. Writes"
          + " coding/NAME.csv and the audit trail consensus/NAME-decisions.csv.",
      "Write the sheet with `tacit agree --coders A,B --disagreements FILE`, fill in its"
          + " decision, decided_by and reason columns, then pass it as --decisions FILE.",
      "Prints the disagreements still unsettled. JSON: {name, coders, unit, transcripts,"
          + " agreed, settled: {first, second, both, neither}, unsettled: [{unit, code,"
          + " appliedBy}], stale, carriedOver, codings}."
    })
public final class ConsensusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;
  @Mixin UnitOption unit;

  @Option(
      names = "--coders",
      split = ",",
      required = true,
      paramLabel = "FIRST,SECOND",
      hideParamSyntax = true,
      description = "The two coders to merge; the first is \"first\" in the sheet.")
  List<String> coders = List.of();

  @Option(
      names = "--as",
      required = true,
      paramLabel = "NAME",
      description = "The consensus coder's id, e.g. consensus.")
  String name = "";

  @Option(
      names = "--decisions",
      paramLabel = "FILE",
      description = "The filled-in decisions sheet (from tacit agree --disagreements).")
  @Nullable Path decisions;

  @Option(
      names = "--min-overlap",
      paramLabel = "F",
      defaultValue = "0",
      description =
          "How much of a unit a coder's codings must cover for the code to count as"
              + " applied, as in tacit agree (default: any overlap).")
  double minOverlap;

  @Option(names = "--replace", description = "Rebuild an existing consensus of this name.")
  boolean replace;

  @Option(names = "--dry-run", description = "Show what the consensus would be; write nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    if (coders.size() != 2 || new HashSet<>(coders).size() != 2) {
      throw new ParameterException(
          spec.commandLine(),
          "--coders takes two different coders,"
              + " FIRST,SECOND, not "
              + String.join(",", coders));
    }
    if (!(minOverlap >= 0 && minOverlap <= 1)) {
      throw new ParameterException(
          spec.commandLine(), "--min-overlap is a fraction from 0 to 1," + " not " + minOverlap);
    }
    Project project = tacit.project();
    Selection selection =
        new Selection(coders, unit.resolve(project), Set.of(), Set.of(), minOverlap);
    Optional<Path> sheet = Optional.ofNullable(decisions).map(tacit.workingDir()::resolve);
    ConsensusResult r = project.consensus().build(selection, name, sheet, replace, !dryRun);
    // On a terminal an empty table of unsettled disagreements says nothing the summary does not.
    boolean nothingToShow =
        r.unsettled().isEmpty()
            && output.output() == null
            && output.format(tacit.terminal()) == OutputFormat.TABLE;
    if (!nothingToShow) {
      Output.emit(
          output,
          tacit.terminal(),
          tacit.workingDir(),
          spec.commandLine().getOut(),
          table(r),
          json(r, selection));
    }
    report(r, selection, new Messages(spec.commandLine().getErr(), tacit.quiet()));
    return 0;
  }

  private void report(ConsensusResult r, Selection selection, Messages messages) {
    r.stale()
        .forEach(
            s ->
                messages.warn(
                    decisions + ":" + s.line(),
                    s.unit()
                        + " "
                        + s.code()
                        + " is no disagreement of "
                        + r.first()
                        + " and "
                        + r.second()
                        + " now; the row was"
                        + " ignored (write a fresh sheet with tacit agree --disagreements)"));
    String by = selection.unit().name().toLowerCase(java.util.Locale.ROOT);
    messages.info(
        (dryRun ? "Would write " : "Wrote ")
            + CodingStore.location(name)
            + ": "
            + r.codings().size()
            + " coding(s); "
            + r.agreed()
            + " "
            + by
            + "-code(s) both coders"
            + " applied, "
            + r.settledCount()
            + " disagreement(s) settled, "
            + r.unsettled().size()
            + " unsettled and left out"
            + (r.carriedOver().isEmpty()
                ? ""
                : "; carried over "
                    + r.carriedOver().size()
                    + " transcript(s) only one of them coded ("
                    + String.join(", ", r.carriedOver())
                    + ")")
            + ".");
    if (!dryRun) {
      messages.info("Kept the decisions as " + ConsensusStore.DIR + "/" + name + "-decisions.csv.");
    }
    if (!r.unsettled().isEmpty() && decisions != null) {
      messages.info(
          "To settle the rest, fill in their decisions in "
              + decisions
              + " (or a"
              + " fresh sheet from tacit agree --disagreements) and run tacit consensus again with"
              + " --replace.");
    } else if (!r.unsettled().isEmpty()) {
      messages.info(
          "To settle the rest: tacit agree --coders "
              + r.first()
              + ","
              + r.second()
              + " --unit "
              + by
              + " --disagreements sheet.csv, fill in its decision column, then"
              + " tacit consensus --coders "
              + r.first()
              + ","
              + r.second()
              + " --as "
              + name
              + " --decisions sheet.csv --replace");
    }
  }

  private static TableView table(ConsensusResult r) {
    List<List<String>> rows = new ArrayList<>();
    for (Disagreement d : r.unsettled()) {
      rows.add(List.of(d.unit().id().toString(), d.code(), String.join(" ", d.appliedBy())));
    }
    return new TableView(List.of("unsettled unit", "code", "applied by"), rows);
  }

  private static Map<String, Object> json(ConsensusResult r, Selection selection) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("name", r.name());
    root.put("coders", List.of(r.first(), r.second()));
    root.put("unit", selection.unit().name().toLowerCase(java.util.Locale.ROOT));
    root.put("transcripts", r.compared());
    root.put("agreed", r.agreed());
    Map<String, Object> settled = new LinkedHashMap<>();
    for (Decision d : Decision.values()) {
      settled.put(d.key(), r.settled().get(d));
    }
    root.put("settled", settled);
    root.put(
        "unsettled",
        r.unsettled().stream()
            .map(
                d -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("unit", d.unit().id().toString());
                  m.put("code", d.code());
                  m.put("appliedBy", d.appliedBy());
                  return m;
                })
            .toList());
    root.put("stale", r.stale().stream().map(s -> s.unit() + " " + s.code()).toList());
    root.put("carriedOver", r.carriedOver());
    root.put("codings", r.codings().size());
    return root;
  }
}
