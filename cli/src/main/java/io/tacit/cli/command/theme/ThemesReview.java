package io.tacit.cli.command.theme;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.option.OutputOptions;
import io.tacit.cli.option.UnitOption;
import io.tacit.cli.render.Messages;
import io.tacit.cli.render.Output;
import io.tacit.project.CoderFiles;
import io.tacit.project.Project;
import io.tacit.theme.Theme;
import io.tacit.theme.ThemeReview;
import io.tacit.theme.Themes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacit themes review}. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "Review each theme against the data: participants (n/N, per group), extracts,"
          + " agreement on its codes where double-coded, units shared with other themes, thin"
          + " themes, codes in no theme, and extracts that sit apart from the rest of their theme"
          + " (candidates for negative cases).",
      "JSON: {themes: [{id, name, status, codes, extracts, participants, participantsOf,"
          + " byGroup, thin, agreement, sharedWith, apart}], overlaps, codesInNoTheme}."
    })
final class ThemesReview implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;
  @Mixin UnitOption unit;
  @Mixin CoderOption coder;

  @Option(names = "--theme", paramLabel = "ID", description = "Review this theme only.")
  @Nullable String theme;

  @Option(
      names = "--thin",
      paramLabel = "N",
      defaultValue = "3",
      description = "A theme with fewer participants than N is thin (default: 3).")
  int thin;

  @Option(
      names = "--apart-below",
      paramLabel = "S",
      defaultValue = "0.1",
      description =
          "An extract whose lexical similarity (cosine of TF-IDF stems) to the rest of"
              + " its theme is below S sits apart (default: 0.1).")
  double apartBelow;

  @Option(
      names = "--second",
      paramLabel = "C",
      description =
          "The second coder for agreement (default: the first other coder, not" + " consensus).")
  @Nullable String second;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    Project project = tacit.project();
    Themes themes = project.themes().load();
    if (theme != null) {
      String id = theme;
      Theme only =
          themes
              .find(id)
              .orElseThrow(
                  () ->
                      new io.tacit.BadInputException(
                          "--theme " + id,
                          "no theme \"" + id + "\" in themes.yaml; see `tacit themes list`"));
      themes = new Themes(List.of(only));
    }
    String first = coder.resolve(project);
    ThemeData in = ThemeData.load(project, first, unit.resolve(project));
    Optional<ThemeReview.Second> other =
        secondCoder(project, first)
            .map(c -> new ThemeReview.Second(c, ThemeData.load(project, c, in.unit()).data()));
    ThemeReview.Result r =
        ThemeReview.review(in.data(), themes, other, new ThemeReview.Options(thin, apartBelow));
    Output.emit(
        output,
        tacit.terminal(),
        tacit.workingDir(),
        spec.commandLine().getOut(),
        ReviewView.table(r),
        ReviewView.json(r));
    Messages messages = new Messages(spec.commandLine().getErr(), tacit.quiet());
    messages.info(
        "Reviewed "
            + r.themes().size()
            + " theme(s) against coder "
            + first
            + other
                .map(
                    s ->
                        " (agreement with "
                            + s.coder()
                            + ", per code on unit presence:"
                            + " percent agreement and Cohen's kappa)")
                .orElse(" (no second coder: no" + " agreement)")
            + ".");
    if (theme == null && !r.codesInNoTheme().isEmpty()) {
      messages.info("Codes in no theme: " + String.join(", ", r.codesInNoTheme()) + ".");
    }
    return 0;
  }

  private Optional<String> secondCoder(Project project, String first) {
    if (second != null) {
      return Optional.of(second);
    }
    return CoderFiles.of(project).coders().stream()
        .filter(c -> !c.equals(first) && !c.equals(CoderFiles.CONSENSUS))
        .findFirst();
  }
}
