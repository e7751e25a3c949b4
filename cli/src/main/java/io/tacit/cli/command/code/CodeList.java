package io.tacit.cli.command.code;

import io.tacit.BadInputException;
import io.tacit.cli.TacitCommand;
import io.tacit.cli.option.OutputOptions;
import io.tacit.cli.render.Messages;
import io.tacit.cli.render.Output;
import io.tacit.cli.render.TableView;
import io.tacit.coding.Coding;
import io.tacit.coding.CodingCsv;
import io.tacit.coding.CodingSet;
import io.tacit.project.CodingStore;
import io.tacit.project.Project;
import io.tacit.text.Ids;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacit code list}: codings with the text they code. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "List codings with the text they code, by coder, transcript and offset.",
      "JSON: a list of {coder, doc, start, end, code, memo, created, text}."
    })
final class CodeList implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;

  @Option(names = "--coder", paramLabel = "C", description = "Only this coder's codings.")
  @Nullable String coder;

  @Option(names = "--code", paramLabel = "X", description = "Only codings of this code.")
  @Nullable String code;

  @Option(names = "--doc", paramLabel = "ID", description = "Only codings in this transcript.")
  @Nullable String doc;

  /** One coding for {@code --format json}, as DESIGN.md specifies, with its text. */
  record CodingJson(
      String coder,
      String doc,
      int start,
      int end,
      String code,
      String memo,
      String created,
      String text) {}

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    Project project = tacit.project();
    CodingStore store = project.codings();
    String c = coder;
    if (c != null && !store.exists(Ids.require("coder", c))) {
      throw new BadInputException(
          "--coder " + c,
          "there is no coder "
              + c
              + " (no "
              + CodingStore.location(c)
              + "); coders: "
              + (store.coders().isEmpty() ? "none yet" : String.join(", ", store.coders())));
    }
    if (code != null) {
      project.codebook().load().requireCode(code, "--code");
    }
    String d = doc;
    if (d != null && !project.transcripts().exists(Ids.require("transcript", d))) {
      throw new BadInputException(
          "--doc " + d, "no transcript " + d + "; see `tacit" + " transcripts` for the ids");
    }
    CodingSet set =
        (c == null ? store.loadAll() : store.load(List.of(c)))
            .filter(
                k -> (code == null || k.code().equals(code)) && (d == null || k.doc().equals(d)));
    List<CodingJson> json = set.codings().stream().map(k -> json(set, k)).toList();
    List<List<String>> rows =
        json.stream()
            .map(
                j ->
                    List.of(
                        j.coder(),
                        j.doc(),
                        String.valueOf(j.start()),
                        String.valueOf(j.end()),
                        j.code(),
                        j.memo(),
                        j.created(),
                        j.text()))
            .toList();
    Output.emit(
        output,
        tacit.terminal(),
        tacit.workingDir(),
        spec.commandLine().getOut(),
        new TableView(
            List.of("coder", "doc", "start", "end", "code", "memo", "created", "text"), rows),
        json);
    new Messages(spec.commandLine().getErr(), tacit.quiet())
        .info(json.size() + (json.size() == 1 ? " coding" : " codings"));
    return 0;
  }

  private static CodingJson json(CodingSet set, Coding c) {
    return new CodingJson(
        c.coder(),
        c.doc(),
        c.span().start(),
        c.span().end(),
        c.code(),
        c.memo(),
        CodingCsv.formatCreated(c.created()),
        set.text(c));
  }
}
