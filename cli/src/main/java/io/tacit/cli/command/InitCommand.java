package io.tacit.cli.command;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.render.Messages;
import io.tacit.project.Project;
import io.tacit.project.ProjectInitializer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit init}: a new study project. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = "Create a new study project (refuses a folder that already has one).")
public final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "Folder for the project (default: the current folder).")
  @Nullable Path dir;

  @Option(
      names = "--name",
      paramLabel = "N",
      description = "The study's name (default: the folder's name).")
  @Nullable String name;

  @Option(
      names = "--codebook",
      paramLabel = "ahrq|FILE",
      description =
          "Start from the shipped AHRQ care-coordination codebook, or from a codebook"
              + " file (.yaml, .csv or .qdc); a file with errors is refused.")
  @Nullable String codebook;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    Path target = dir == null ? tacit.workingDir() : tacit.workingDir().resolve(dir).normalize();
    String studyName = name != null ? name : String.valueOf(target.getFileName());
    // A codebook file is named relative to where the command runs, like every other file.
    String source =
        codebook == null || codebook.equals(ProjectInitializer.AHRQ)
            ? codebook
            : tacit.workingDir().resolve(codebook).toString();
    Project project = ProjectInitializer.init(target, studyName, source);
    new Messages(spec.commandLine().getErr(), tacit.quiet())
        .info(
            "Created project \""
                + studyName
                + "\" in "
                + project.root()
                + (codebook == null ? " with an empty codebook" : " with codebook " + codebook)
                + ". Next: tacit import FILE|DIR...");
    return 0;
  }
}
