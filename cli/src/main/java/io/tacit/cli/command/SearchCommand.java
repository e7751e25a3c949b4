package io.tacit.cli.command;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.option.OutputFormat;
import io.tacit.cli.option.OutputOptions;
import io.tacit.cli.option.UnitOption;
import io.tacit.cli.render.Emphasis;
import io.tacit.cli.render.Figures;
import io.tacit.cli.render.HitText;
import io.tacit.cli.render.Messages;
import io.tacit.cli.render.Output;
import io.tacit.cli.render.TableView;
import io.tacit.project.Project;
import io.tacit.search.Hit;
import io.tacit.search.Kwic;
import io.tacit.search.KwicLine;
import io.tacit.search.SearchRequest;
import io.tacit.search.SearchResult;
import io.tacit.search.UnitSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit search QUERY}: every passage about a topic, best first, matches highlighted. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search participant units with a Lucene query; matches are highlighted.",
      "Words are stemmed (appointment finds appointments); \"care plan\" is a phrase;"
          + " AND, OR, NOT, +, -, ( ) combine; coordinat* and ~ match words as spoken;"
          + " \"peer hospital\"~5 is proximity. Fields: exact:\"care plan\" (unstemmed),"
          + " speaker:, role:, participant:, doc:, code:, coder:, code_CODER:, attr_ATTRIBUTE:.",
      "Matches are marked **like this** in csv, md and json."
    })
public final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;
  @Mixin UnitOption unit;

  @Parameters(
      arity = "1..*",
      paramLabel = "QUERY",
      description = "The query (words after the first are joined with spaces).")
  List<String> query = new ArrayList<>();

  @Option(
      names = "--code",
      paramLabel = "X",
      description = "Only units coded X (by any coder, or by --coder).")
  @Nullable String code;

  @Option(names = "--coder", paramLabel = "C", description = "Only units coder C coded.")
  @Nullable String coder;

  @Option(
      names = "--where",
      paramLabel = "ATTR=VALUE",
      description =
          "Only participants with this attribute value (repeatable: values of one attribute are alternatives).")
  List<String> where = new ArrayList<>();

  @Option(names = "--include-interviewer", description = "Interviewer units may match too.")
  boolean includeInterviewer;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "50",
      description = "The best N units (default: ${DEFAULT-VALUE}; 0 for all).")
  int limit;

  @Option(names = "--kwic", description = "A keyword-in-context concordance: one line per match.")
  boolean kwic;

  @Option(
      names = "--width",
      paramLabel = "N",
      defaultValue = "40",
      description =
          "Context on each side of a --kwic match, in characters (default: ${DEFAULT-VALUE}).")
  int width;

  record HitJson(
      String unit,
      String doc,
      String participant,
      String role,
      double score,
      String text,
      String speaker,
      int start,
      int end,
      List<int[]> highlights) {}

  record KwicJson(
      String unit,
      String doc,
      String participant,
      int start,
      int end,
      String left,
      String match,
      String right) {}

  @Override
  public Integer call() {
    if (limit < 0 || width < 0) {
      throw new ParameterException(
          spec.commandLine(), (limit < 0 ? "--limit" : "--width") + " must be 0 or more");
    }
    TacitCommand tacit = TacitCommand.of(spec);
    Project project = tacit.project();
    SearchRequest request =
        new SearchRequest(
            String.join(" ", query),
            unit.resolve(project),
            includeInterviewer,
            code,
            coder,
            SearchRequest.parseWhere(where),
            limit);
    SearchResult result;
    try (UnitSearch search = project.index().open()) {
      result = search.search(request);
    }
    OutputFormat format = output.format(tacit.terminal());
    boolean readable = format == OutputFormat.TABLE;
    Emphasis emphasis =
        Emphasis.forTerminal(readable && tacit.terminal() && output.output() == null);
    String out =
        kwic
            ? kwic(result.hits(), format, emphasis)
            : hits(result.hits(), format, emphasis, project);
    Output.write(output.output(), tacit.workingDir(), spec.commandLine().getOut(), out);
    new Messages(spec.commandLine().getErr(), tacit.quiet())
        .info(
            result.hits().size() < result.total()
                ? result.hits().size()
                    + " of "
                    + result.total()
                    + " matching units shown; --limit 0 shows all"
                : result.total() + " matching " + (result.total() == 1 ? "unit" : "units"));
    return 0;
  }

  private String hits(List<Hit> hits, OutputFormat format, Emphasis emphasis, Project project) {
    if (format == OutputFormat.TABLE) {
      Map<String, String> roles = new TreeMap<>();
      project
          .participants()
          .load()
          .participants()
          .forEach(p -> p.role().ifPresent(r -> roles.put(p.id(), " (" + r + ")")));
      return HitText.passages(hits, emphasis, roles);
    }
    List<HitJson> json =
        hits.stream()
            .map(
                h ->
                    new HitJson(
                        h.unit().toString(),
                        h.unit().doc(),
                        h.participant(),
                        h.role().label(),
                        Figures.round(h.score(), 3),
                        h.marked("**", "**"),
                        h.speaker(),
                        h.span().start(),
                        h.span().end(),
                        h.matches().stream().map(m -> new int[] {m.start(), m.end()}).toList()))
            .toList();
    List<List<String>> rows =
        json.stream()
            .map(
                h ->
                    List.of(
                        h.unit(),
                        h.doc(),
                        h.participant(),
                        h.speaker(),
                        h.role(),
                        Figures.fixed(h.score(), 3),
                        String.valueOf(h.start()),
                        String.valueOf(h.end()),
                        h.text()))
            .toList();
    return Output.render(
        format,
        new TableView(
            List.of(
                "unit", "doc", "participant", "speaker", "role", "score", "start", "end", "text"),
            rows),
        json);
  }

  private String kwic(List<Hit> hits, OutputFormat format, Emphasis emphasis) {
    List<KwicLine> lines = Kwic.lines(hits, width);
    if (format == OutputFormat.TABLE) {
      return HitText.concordance(lines, emphasis, width);
    }
    List<KwicJson> json =
        lines.stream()
            .map(
                l ->
                    new KwicJson(
                        l.unit().toString(),
                        l.unit().doc(),
                        l.participant(),
                        l.span().start(),
                        l.span().end(),
                        l.left(),
                        l.match(),
                        l.right()))
            .toList();
    List<List<String>> rows =
        json.stream()
            .map(
                k ->
                    List.of(
                        k.unit(),
                        k.participant(),
                        String.valueOf(k.start()),
                        String.valueOf(k.end()),
                        k.left(),
                        k.match(),
                        k.right()))
            .toList();
    return Output.render(
        format,
        new TableView(
            List.of("unit", "participant", "start", "end", "left", "match", "right"), rows),
        json);
  }
}
