package io.tacit.cli.command;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.option.OutputOptions;
import io.tacit.cli.option.UnitOption;
import io.tacit.cli.render.Figures;
import io.tacit.cli.render.Output;
import io.tacit.cli.render.TableView;
import io.tacit.project.Project;
import io.tacit.search.KeyTerm;
import io.tacit.search.UnitSearch;
import io.tacit.transcript.UnitType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tacit words}: what participants talk about most, and what sets groups apart. */
@Command(
    name = "words",
    mixinStandardHelpOptions = true,
    description = {
      "Word frequencies in participant speech: stems (Porter), stopwords and fillers"
          + " out, each shown as its commonest spoken form.",
      "With --by, the words each group uses more than the rest: log-likelihood G2 (Rayson and"
          + " Garside 2000), its p-value, and log ratio (Hardie 2014; +1 = twice as often)."
    })
public final class WordsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;
  @Mixin UnitOption unit;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "30",
      description =
          "The N most frequent words, or with --by the N most key words of each group"
              + " (default: ${DEFAULT-VALUE}; 0 for all).")
  int top;

  @Option(
      names = "--by",
      paramLabel = "ATTRIBUTE",
      description = "Compare the groups of a participant attribute (e.g. group, role, site).")
  @Nullable String by;

  record WordJson(String term, String stem, long count, int units, int participants) {}

  record KeyJson(
      String group,
      String term,
      String stem,
      long count,
      long rest,
      double g2,
      double logRatio,
      double p) {}

  @Override
  public Integer call() {
    if (top < 0) {
      throw new ParameterException(spec.commandLine(), "--top must be 0 (all) or more");
    }
    TacitCommand tacit = TacitCommand.of(spec);
    Project project = tacit.project();
    UnitType type = unit.resolve(project);
    TableView table;
    Object json;
    try (UnitSearch search = project.index().open()) {
      if (by == null) {
        List<WordJson> words =
            search.words(type).stream()
                .limit(top > 0 ? top : Long.MAX_VALUE)
                .map(w -> new WordJson(w.term(), w.stem(), w.count(), w.units(), w.participants()))
                .toList();
        json = words;
        table =
            new TableView(
                List.of("term", "stem", "count", "units", "participants"),
                words.stream()
                    .map(
                        w ->
                            List.of(
                                w.term(),
                                w.stem(),
                                String.valueOf(w.count()),
                                String.valueOf(w.units()),
                                String.valueOf(w.participants())))
                    .toList());
      } else {
        List<KeyJson> keys =
            topPerGroup(search.keyness(type, by)).stream()
                .map(
                    k ->
                        new KeyJson(
                            k.group(),
                            k.term(),
                            k.stem(),
                            k.count(),
                            k.rest(),
                            Figures.round(k.g2(), 3),
                            Figures.round(k.logRatio(), 3),
                            Figures.significant(k.p(), 4)))
                .toList();
        json = keys;
        table =
            new TableView(
                List.of("group", "term", "stem", "count", "rest", "g2", "logRatio", "p"),
                keys.stream()
                    .map(
                        k ->
                            List.of(
                                k.group(),
                                k.term(),
                                k.stem(),
                                String.valueOf(k.count()),
                                String.valueOf(k.rest()),
                                Figures.fixed(k.g2(), 3),
                                Figures.fixed(k.logRatio(), 3),
                                Figures.sig(k.p(), 3)))
                    .toList());
      }
    }
    Output.emit(
        output, tacit.terminal(), tacit.workingDir(), spec.commandLine().getOut(), table, json);
    return 0;
  }

  /** Keeps the first {@code top} terms of each group; the list comes sorted by group, then G2. */
  private List<KeyTerm> topPerGroup(List<KeyTerm> keys) {
    if (top <= 0) {
      return keys;
    }
    Map<String, Integer> seen = new HashMap<>();
    List<KeyTerm> kept = new ArrayList<>();
    for (KeyTerm k : keys) {
      if (seen.merge(k.group(), 1, Integer::sum) <= top) {
        kept.add(k);
      }
    }
    return kept;
  }
}
