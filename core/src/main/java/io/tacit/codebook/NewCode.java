package io.tacit.codebook;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A code to add, as the researcher asked for it; {@link CodebookEditor#add} checks it. Immutable.
 *
 * @param parent the id of the code to add it under, or null for the top level
 */
public record NewCode(
    String id,
    String name,
    @Nullable String parent,
    String shortDefinition,
    String definition,
    String include,
    String exclude,
    List<String> examples,
    List<String> terms,
    @Nullable String color) {
  public NewCode {
    examples = List.copyOf(examples);
    terms = List.copyOf(terms);
  }
}
