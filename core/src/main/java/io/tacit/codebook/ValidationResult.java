package io.tacit.codebook;

import io.tacit.BadInputException;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What reading and checking a codebook file found: every problem, in line order, and the codebook
 * when there were no errors. Immutable.
 */
public record ValidationResult(@Nullable Codebook codebook, List<Diagnostic> diagnostics) {
  public ValidationResult {
    diagnostics = diagnostics.stream().sorted(Comparator.comparingInt(Diagnostic::line)).toList();
    if (codebook == null && diagnostics.stream().noneMatch(Diagnostic::isError)) {
      throw new IllegalArgumentException("a codebook that could not be read needs an error");
    }
  }

  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> !d.isError()).toList();
  }

  /**
   * The codebook, if it may be used.
   *
   * @param strict whether warnings count as errors
   * @throws BadInputException listing every error (and, when strict, every warning)
   */
  public Codebook orThrow(boolean strict) {
    List<Diagnostic> blocking = strict ? diagnostics : errors();
    if (!blocking.isEmpty() || codebook == null) {
      throw new BadInputException(blocking.stream().map(Diagnostic::toProblem).toList());
    }
    return codebook;
  }

  /** The codebook; warnings are the caller's to show. */
  public Codebook orThrow() {
    return orThrow(false);
  }
}
