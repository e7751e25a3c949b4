package io.tacit.cli.command;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.render.Progress;
import io.tacit.deidentify.Detector;
import io.tacit.deidentify.IdentifierType;
import io.tacit.nlp.EntityRecognizer;
import io.tacit.project.Deidentification;
import io.tacit.project.Project;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacit deidentify}: propose replacements for identifiers, then apply a reviewed sheet. */
@Command(
    name = "deidentify",
    mixinStandardHelpOptions = true,
    description = {
      "De-identify transcripts: --review writes a sheet of every proposed"
          + " replacement for a person to accept or reject; --apply SHEET makes the accepted ones,"
          + " moving codings with the text.",
      "The key (deidentify/key.csv) and the sheets hold the originals: never share them."
    })
public final class DeidentifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  Mode mode = new Mode();

  /** Exactly one of --review and --apply. */
  static final class Mode {
    @Option(
        names = "--review",
        required = true,
        description = "Find identifiers and write the review sheet.")
    boolean review;

    @Option(
        names = "--apply",
        paramLabel = "SHEET",
        required = true,
        description = "Apply the accepted rows of a reviewed sheet.")
    @Nullable Path apply;
  }

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Where --review writes the sheet (default: deidentify/review.csv).")
  @Nullable Path out;

  @Option(names = "--dates", description = "Also replace dates (14 March 2024, 3/14/24).")
  boolean dates;

  @Option(names = "--ages", description = "Also replace ages (a 34-year-old, aged 60).")
  boolean ages;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    Project project = tacit.project();
    PrintWriter stdout = spec.commandLine().getOut();
    if (mode.apply != null) {
      Deidentification.Applied a =
          project.deidentification().apply(tacit.workingDir().resolve(mode.apply));
      stdout.printf(
          Locale.ROOT,
          "%d replacements made in %d transcripts (%d rejected); %d"
              + " codings moved, %d of them widened to cover a replacement; %d new originals in %s%n",
          a.replaced(),
          a.transcripts(),
          a.rejected(),
          a.codingsMoved(),
          a.codingsWidened(),
          a.keyEntriesAdded(),
          Deidentification.KEY);
      stdout.flush();
      return 0;
    }
    Set<IdentifierType> types = EnumSet.copyOf(Detector.DEFAULT_TYPES);
    if (dates) {
      types.add(IdentifierType.DATE);
    }
    if (ages) {
      types.add(IdentifierType.AGE);
    }
    Progress progress =
        new Progress(
            spec.commandLine().getErr(), tacit.terminal() && !tacit.quiet(), "Finding identifiers");
    Deidentification.Review r;
    EntityRecognizer recognizer = new EntityRecognizer();
    try {
      r =
          project
              .deidentification()
              .review(
                  types,
                  out == null ? null : tacit.workingDir().resolve(out),
                  recognizer,
                  Runtime.getRuntime().availableProcessors(),
                  (doc, done, total) -> progress.update(done, total, doc));
    } finally {
      progress.finish();
    }
    StringBuilder counts = new StringBuilder();
    r.byType()
        .forEach(
            (type, n) ->
                counts
                    .append(counts.length() == 0 ? "" : ", ")
                    .append(n)
                    .append(' ')
                    .append(type.label().toLowerCase(Locale.ROOT)));
    stdout.printf(
        Locale.ROOT,
        "%d proposed replacements in %d transcripts (%s); %d originals"
            + " not yet in the key%nreview sheet: %s%nmark accept no on rows to keep, then run: tacit"
            + " deidentify --apply %s%n",
        r.byType().values().stream().mapToInt(i -> i).sum(),
        r.transcripts(),
        counts.length() == 0 ? "none" : counts,
        r.newOriginals(),
        shown(project, r.sheet()),
        shown(project, r.sheet()));
    stdout.flush();
    if (recognizer.caselessSkipped()) {
      spec.commandLine()
          .getErr()
          .printf(
              Locale.ROOT,
              "tacit: warning: some lines are typed without capitals; finding names there needs"
                  + " about %d MB of memory for restoring capitals, more than this Java may use, so"
                  + " most names in them were missed. Run again with TACIT_JAVA_OPTS=-Xmx2g.%n",
              EntityRecognizer.TRUECASE_HEAP >> 20);
    }
    return 0;
  }

  private static String shown(Project project, Path p) {
    return p.startsWith(project.root()) ? project.root().relativize(p).toString() : p.toString();
  }
}
