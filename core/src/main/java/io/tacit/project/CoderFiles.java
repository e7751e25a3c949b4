package io.tacit.project;

import io.tacit.BadInputException;
import io.tacit.coding.Coding;
import io.tacit.text.Ids;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * The coders as the theme commands see them: which coders there are, one coder's checked codings,
 * and which coder stands for the team. A view over {@link CodingStore}; holds no state but the
 * project.
 */
public final class CoderFiles {
  /** A coder named so is the team's consensus coding. */
  public static final String CONSENSUS = "consensus";

  private final Project project;

  private CoderFiles(Project project) {
    this.project = project;
  }

  public static CoderFiles of(Project project) {
    return new CoderFiles(project);
  }

  /** Coder ids with a file, sorted. */
  public List<String> coders() {
    return project.codings().coders();
  }

  /**
   * @throws BadInputException if the coder has no file, or the file has bad rows
   */
  public List<Coding> load(String coder) {
    Ids.require("coder", coder);
    List<String> coders = coders();
    if (!coders.contains(coder)) {
      throw new BadInputException(
          "--coder " + coder,
          "no coding file coding/"
              + coder
              + ".csv;"
              + " the coders are "
              + (coders.isEmpty() ? "none yet" : String.join(", ", coders)));
    }
    return project.codings().load(coder);
  }

  /**
   * The team's coder: one named {@code consensus}, else one with a consensus decisions audit trail
   * (as {@code tacit consensus} keeps it), else the lead coder of tacit.yaml if it has a file;
   * empty when none applies.
   */
  public Optional<String> defaultCoder(Optional<String> lead) {
    List<String> coders = coders();
    if (coders.contains(CONSENSUS)) {
      return Optional.of(CONSENSUS);
    }
    for (String c : coders) {
      if (Files.isRegularFile(project.resolve("consensus/" + c + "-decisions.csv"))) {
        return Optional.of(c);
      }
    }
    return lead.filter(coders::contains);
  }
}
