package io.tacit.cli.command.code;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.option.OutputOptions;
import io.tacit.cli.option.UnitOption;
import io.tacit.cli.render.Figures;
import io.tacit.cli.render.Messages;
import io.tacit.cli.render.Output;
import io.tacit.cli.render.TableView;
import io.tacit.coding.Suggestion;
import io.tacit.project.CodingStore;
import io.tacit.project.Project;
import io.tacit.project.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tacit code suggest}: codes suggested by their search terms, as a separate coder. */
@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    description = {
      "Suggest codes from each code's search terms (codebook.yaml `terms`): every"
          + " participant unit that matches becomes a coding of a separate coder (auto), with the"
          + " score and the matched terms in its memo, to review and accept with `tacit code"
          + " accept`. Running it again replaces that coder's suggestions for the same codes.",
      "JSON: a list of {unit, doc, start, end, code, score, terms}."
    })
final class CodeSuggest implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;
  @Mixin UnitOption unit;

  @Option(
      names = "--coder",
      paramLabel = "C",
      defaultValue = Suggestions.AUTO,
      description = "The coder the suggestions are recorded as (default: ${DEFAULT-VALUE}).")
  String coder = Suggestions.AUTO;

  @Option(
      names = "--codes",
      split = ",",
      paramLabel = "X",
      description = "Only these codes (comma-separated; default: every code with terms).")
  List<String> codes = new ArrayList<>();

  @Option(
      names = "--min-score",
      paramLabel = "S",
      defaultValue = "0",
      description = "Leave out matches scoring below S (default: ${DEFAULT-VALUE}).")
  double minScore;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "At most N units per code, the best (default: ${DEFAULT-VALUE}, all).")
  int limit;

  @Option(
      names = "--force",
      description = "Write into a coder's file even though a person codes as that coder.")
  boolean force;

  /** One suggestion for {@code --format json}. */
  record SuggestionJson(
      String unit, String doc, int start, int end, String code, double score, List<String> terms) {}

  @Override
  public Integer call() {
    if (limit < 0) {
      throw new ParameterException(spec.commandLine(), "--limit must be 0 or more");
    }
    TacitCommand tacit = TacitCommand.of(spec);
    Project project = tacit.project();
    Suggestions.Run run =
        project.suggestions().suggest(coder, codes, unit.resolve(project), minScore, limit, force);
    List<SuggestionJson> json = run.suggestions().stream().map(CodeSuggest::json).toList();
    List<List<String>> rows =
        json.stream()
            .map(
                s ->
                    List.of(
                        s.unit(),
                        s.code(),
                        Figures.fixed(s.score(), 3),
                        String.join(" | ", s.terms())))
            .toList();
    Output.emit(
        output,
        tacit.terminal(),
        tacit.workingDir(),
        spec.commandLine().getOut(),
        new TableView(List.of("unit", "code", "score", "terms"), rows),
        json);
    Messages messages = new Messages(spec.commandLine().getErr(), tacit.quiet());
    if (!run.withoutTerms().isEmpty()) {
      messages.warn(
          "",
          "no search terms, so no suggestions, for "
              + String.join(", ", run.withoutTerms())
              + "; add terms to the codebook (terms: [...])");
    }
    messages.info(
        json.size()
            + " suggestion(s) for "
            + run.codes().size()
            + " code(s) in "
            + CodingStore.location(coder)
            + (run.replaced() > 0 ? ", replacing " + run.replaced() + " earlier one(s)" : "")
            + (run.alreadyAccepted() > 0
                ? "; "
                    + run.alreadyAccepted()
                    + " match(es) a coder already accepted are not suggested again"
                : "")
            + ". Read them with `tacit code list --coder "
            + coder
            + "`; accept them with `tacit code accept --from "
            + coder
            + " --coder C`.");
    return 0;
  }

  private static SuggestionJson json(Suggestion s) {
    return new SuggestionJson(
        s.unit().toString(),
        s.unit().doc(),
        s.span().start(),
        s.span().end(),
        s.code(),
        Figures.round(s.score(), 3),
        s.terms());
  }
}
