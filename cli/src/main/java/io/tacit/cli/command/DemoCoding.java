package io.tacit.cli.command;

import io.tacit.codebook.Codebook;
import io.tacit.codebook.CodebookFormat;
import io.tacit.project.CodingStore;
import io.tacit.project.Project;
import io.tacit.text.TextDecoder;
import io.tacit.text.TextKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo's coding steps: the codes the lead coder added from the data, then both coders' codings,
 * with the lead coder recorded in tacit.yaml.
 */
final class DemoCoding {
  static final String INDUCTIVE = "coding/inductive-codes.csv";

  private DemoCoding() {}

  /** Returns the project with its lead coder. */
  static Project run(Project project, Path sources, DemoCommand.Steps steps) throws IOException {
    long t = System.nanoTime();
    Codebook before = project.codebook().load();
    Codebook incoming =
        CodebookFormat.readFile(sources.resolve(INDUCTIVE), INDUCTIVE, before).orThrow();
    Codebook after =
        project
            .codebook()
            .importCodebook(
                incoming,
                true,
                "sources/" + INDUCTIVE,
                "codes the lead coder added from the data while coding");
    steps.step(
        "codebook",
        (after.all().size() - before.all().size())
            + " inductive codes added"
            + " from "
            + INDUCTIVE
            + " ("
            + after.all().size()
            + " codes; the changelog says why)",
        t);

    t = System.nanoTime();
    CodingStore store = project.codings();
    StringBuilder what = new StringBuilder();
    for (String coder : new String[] {"lead", "second"}) {
      Path file = sources.resolve("coding/" + coder + ".csv");
      String text =
          TextDecoder.decode(file.toString(), Files.readAllBytes(file), TextKind.CSV).text();
      CodingStore.Change change =
          store.importCodings(coder, "sources/coding/" + coder + ".csv", text);
      what.append(what.length() == 0 ? "" : ", ")
          .append(change.added())
          .append(" codings by ")
          .append(coder)
          .append(" in ")
          .append(store.load(coder).stream().map(c -> c.doc()).distinct().count())
          .append(" transcripts");
    }
    Project led = project.withLeadCoder("lead");
    steps.step("code", what + "; lead is the lead coder", t);
    return led;
  }
}
