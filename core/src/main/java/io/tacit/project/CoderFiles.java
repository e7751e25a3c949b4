package io.tacit.project;

import io.tacit.BadInputException;
import io.tacit.coding.Coding;
import io.tacit.search.CodedSpan;
import io.tacit.text.Ids;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The coders' files as the theme commands read them, until the coding store
 * ({@code Project.codings()}) lands: which coders there are, one coder's codings, and which coder
 * stands for the team. Reads through {@link CodingRows}, so memos and times are not kept. Holds no
 * state but the folder.
 */
public final class CoderFiles {
  /** A coder named so is the team's consensus coding. */
  public static final String CONSENSUS = "consensus";

  private final Path dir;

  CoderFiles(Path dir) {
    this.dir = dir;
  }

  public static CoderFiles of(Project project) {
    return new CoderFiles(project.resolve(CodingFiles.DIR));
  }

  /** Coder ids with a file, sorted. */
  public List<String> coders() {
    return CodingFiles.coderFiles(dir).stream().map(CodingFiles::coder).toList();
  }

  /** @throws BadInputException if the coder has no file, or the file has bad rows */
  public List<Coding> load(String coder) {
    Ids.require("coder", coder);
    if (!coders().contains(coder)) {
      throw new BadInputException("--coder " + coder, "no coding file coding/" + coder + ".csv;"
          + " the coders are " + (coders().isEmpty() ? "none yet" : String.join(", ", coders())));
    }
    return CodingRows.read(dir).stream().filter(r -> r.coder().equals(coder))
        .filter(r -> !r.span().isEmpty())
        .map(CoderFiles::coding).sorted().toList();
  }

  private static Coding coding(CodedSpan r) {
    return new Coding(r.coder(), r.doc(), r.span(), r.code(), "", Instant.EPOCH);
  }

  /**
   * The team's coder: one named {@code consensus}, else one with a decisions audit trail
   * ({@code coding/CODER.decisions.csv}, as {@code tacit consensus} keeps it), else the lead coder
   * of tacit.yaml if it has a file; empty when none applies.
   */
  public Optional<String> defaultCoder(Optional<String> lead) {
    List<String> coders = coders();
    if (coders.contains(CONSENSUS)) {
      return Optional.of(CONSENSUS);
    }
    for (String c : coders) {
      if (Files.isRegularFile(dir.resolve(c + ".decisions.csv"))) {
        return Optional.of(c);
      }
    }
    return lead.filter(coders::contains);
  }
}
