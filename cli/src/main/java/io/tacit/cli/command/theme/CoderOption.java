package io.tacit.cli.command.theme;

import io.tacit.BadInputException;
import io.tacit.project.CoderFiles;
import io.tacit.project.Project;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --coder C}: whose codings the themes are read from, with the team's coder by default. */
final class CoderOption {
  @Option(
      names = "--coder",
      paramLabel = "C",
      description =
          "Whose codings to use (default: the consensus coder, else the lead coder in"
              + " tacit.yaml).")
  @Nullable String coder;

  /** The coder asked for, else the default; exit 3 listing the coders when there is none. */
  String resolve(Project project) {
    if (coder != null) {
      return coder;
    }
    CoderFiles files = CoderFiles.of(project);
    Optional<String> found =
        files.defaultCoder(Optional.ofNullable(project.settings().leadCoder()));
    if (found.isPresent()) {
      return found.get();
    }
    List<String> coders = files.coders();
    throw new BadInputException(
        "--coder",
        "there is no consensus coder and tacit.yaml names no"
            + " lead coder with a coding file; choose one with --coder ("
            + (coders.isEmpty()
                ? "no coder has a file in coding/ yet"
                : "coders: " + String.join(", ", coders))
            + ")");
  }
}
