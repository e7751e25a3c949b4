package io.tacit.cli.option;

import io.tacit.project.Project;
import io.tacit.transcript.UnitType;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --unit turn|sentence}, defaulting to the project's unit in tacit.yaml. */
public final class UnitOption {
  @Option(
      names = "--unit",
      paramLabel = "turn|sentence",
      description = "Turns or sentences (default: the unit in tacit.yaml, else turn).")
  @Nullable UnitType unit;

  public UnitType resolve(Project project) {
    return unit != null
        ? unit
        : UnitType.valueOf(project.settings().unit().toUpperCase(Locale.ROOT));
  }
}
