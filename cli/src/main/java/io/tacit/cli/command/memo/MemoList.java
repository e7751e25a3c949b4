package io.tacit.cli.command.memo;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.option.OutputOptions;
import io.tacit.cli.render.Output;
import io.tacit.cli.render.TableView;
import io.tacit.memo.Memo;
import io.tacit.memo.MemoTarget;
import io.tacit.project.CodeUsage;
import io.tacit.project.MemoStore;
import io.tacit.project.Project;
import io.tacit.transcript.Transcript;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacit memo list [--on TARGET]}. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "List memos with what they are about: a unit's text, a transcript's title,"
          + " how many codings a code has.",
      "JSON: a list of {target, kind, file, created, coder, text, context}."
    })
final class MemoList implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;

  @Option(
      names = "--on",
      paramLabel = "TARGET",
      description = "Only memos on p01, p01:t3, code:ID or theme:ID.")
  @Nullable String on;

  /** One memo for {@code --format json}. */
  record MemoJson(
      String target,
      String kind,
      String file,
      String created,
      String coder,
      String text,
      String context) {}

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    Project project = tacit.project();
    String o = on;
    MemoStore store = project.memos();
    List<Memo> memos = store.list(o == null ? null : MemoTarget.parse(o));
    CodeUsage usage =
        memos.stream().anyMatch(m -> m.target().kind() == MemoTarget.Kind.CODE)
            ? project.codings().usage()
            : new CodeUsage(Map.of());
    Map<String, Transcript> transcripts = new HashMap<>();
    List<MemoJson> json =
        memos.stream()
            .map(
                m ->
                    new MemoJson(
                        m.target().toString(),
                        m.target().kind().label(),
                        MemoStore.DIR + "/" + m.target().fileName(),
                        m.created(),
                        m.coder(),
                        m.text(),
                        store.context(m.target(), transcripts, usage)))
            .toList();
    List<List<String>> rows =
        json.stream()
            .map(m -> List.of(m.target(), m.created(), m.coder(), m.text(), m.context()))
            .toList();
    Output.emit(
        output,
        tacit.terminal(),
        tacit.workingDir(),
        spec.commandLine().getOut(),
        new TableView(List.of("target", "created", "coder", "memo", "context"), rows),
        json);
    return 0;
  }
}
