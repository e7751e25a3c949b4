package io.tacit.cli.command.theme;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.option.OutputOptions;
import io.tacit.cli.option.UnitOption;
import io.tacit.cli.render.Messages;
import io.tacit.cli.render.Output;
import io.tacit.project.Project;
import io.tacit.project.ThemeStore;
import io.tacit.theme.Candidate;
import io.tacit.theme.SuggestOptions;
import io.tacit.theme.Suggestion;
import io.tacit.theme.ThemeCut;
import io.tacit.theme.ThemeSuggester;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tacit themes suggest}. */
@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    description = {
      "Collate codes into candidate themes from how often they occur together,"
          + " and write them to themes.yaml as candidates.",
      "Never replaces themes the researchers edited unless --force.",
      "JSON: a list of {id, name, codes, extracts, participants, participantsOf, byGroup,"
          + " cohesion, terms, description, quotes: [{unit, participant, role, text}]}."
    })
final class ThemesSuggest implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;
  @Mixin UnitOption unit;
  @Mixin CoderOption coder;

  @Option(
      names = "--min-support",
      paramLabel = "N",
      defaultValue = "3",
      description = "Codes with fewer extracts are listed apart, not placed (default: 3).")
  int minSupport;

  @Option(
      names = "--window",
      paramLabel = "W",
      defaultValue = "1",
      description =
          "Neighbouring units of the same transcript, either side, that count as"
              + " together (default: 1; 0 for the unit only).")
  int window;

  @ArgGroup(exclusive = true)
  @Nullable Cut cut;

  static final class Cut {
    @Option(
        names = "--k",
        paramLabel = "K",
        description =
            "Cut the tree into K clusters (a"
                + " one-code cluster is a candidate only if half of the participants have the code).")
    @Nullable Integer k;

    @Option(
        names = "--threshold",
        paramLabel = "T",
        description =
            "Join codes while their average association is at least T (default: twice"
                + " the median association of all code pairs or the largest gap in the tree if lower,"
                + " at least 0.05, with no candidate over 40%% of the codes or 3).")
    @Nullable Double threshold;
  }

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the candidates to FILE (default: themes.yaml).")
  @Nullable Path out;

  @Option(names = "--force", description = "Replace themes that were edited since suggested.")
  boolean force;

  @Override
  public Integer call() {
    SuggestOptions options;
    try {
      ThemeCut themeCut =
          cut == null
              ? ThemeCut.DEFAULT
              : cut.k != null ? ThemeCut.ofK(cut.k) : ThemeCut.ofThreshold(cut.threshold);
      options = new SuggestOptions(minSupport, themeCut, window, 3);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    TacitCommand tacit = TacitCommand.of(spec);
    Project project = tacit.project();
    ThemeData in = ThemeData.load(project, coder.resolve(project), unit.resolve(project));
    Suggestion s = ThemeSuggester.suggest(in.data(), in.codebook(), options);
    ThemeStore store = out == null ? project.themes() : project.themes(tacit.workingDir(), out);
    store.saveSuggested(
        s.toThemes(
            "Suggested from coder "
                + in.coder()
                + " ("
                + in.unit().label()
                + "s, window "
                + window
                + ")"),
        force);
    Output.emit(
        output,
        tacit.terminal(),
        tacit.workingDir(),
        spec.commandLine().getOut(),
        SuggestView.table(s),
        SuggestView.json(s));
    Messages messages = new Messages(spec.commandLine().getErr(), tacit.quiet());
    messages.info(
        s.candidates().size()
            + " candidate theme(s) from "
            + s.candidates().stream().mapToInt(c -> c.codes().size()).sum()
            + " code(s) of coder "
            + in.coder()
            + ", written"
            + " to "
            + store.fileName()
            + ".");
    if (!s.alone().isEmpty()) {
      messages.info(
          "Codes not yet in a theme (they joined no other code, and fewer than half"
              + " of the participants have them): "
              + String.join(
                  ", ",
                  s.alone().stream()
                      .map(
                          a ->
                              a.code()
                                  + " ("
                                  + a.extracts()
                                  + " extracts, "
                                  + a.participants()
                                  + " participants)")
                      .toList())
              + ".");
    }
    if (!s.unplaced().isEmpty()) {
      messages.info(
          "Codes not placed (fewer than "
              + minSupport
              + " extracts): "
              + String.join(
                  ", ",
                  s.unplaced().stream().map(u -> u.code() + " (" + u.extracts() + ")").toList())
              + ".");
    }
    return 0;
  }

  static String codes(Candidate c) {
    return String.join(" ", c.codes());
  }
}
