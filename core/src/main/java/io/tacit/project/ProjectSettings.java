package io.tacit.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.tacit.text.Ids;
import org.jspecify.annotations.Nullable;

/**
 * The settings in tacit.yaml. Immutable.
 *
 * @param name the study's name
 * @param codebook the codebook file, relative to the project folder
 * @param unit the default unit of analysis ({@code turn} or {@code sentence})
 * @param leadCoder the lead coder's id, once known
 */
@JsonPropertyOrder({"name", "codebook", "unit", "leadCoder"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectSettings(
    String name, String codebook, String unit, @Nullable String leadCoder) {
  public static final String DEFAULT_CODEBOOK = "codebook.yaml";

  public ProjectSettings {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("tacit.yaml needs a name");
    }
    if (codebook == null || codebook.isBlank()) {
      codebook = DEFAULT_CODEBOOK;
    }
    if (unit == null || unit.isBlank()) {
      unit = "turn";
    }
    if (!unit.equals("turn") && !unit.equals("sentence")) {
      throw new IllegalArgumentException("unit must be turn or sentence, not \"" + unit + "\"");
    }
    if (leadCoder != null) {
      Ids.require("coder", leadCoder);
    }
  }

  public static ProjectSettings named(String name) {
    return new ProjectSettings(name, DEFAULT_CODEBOOK, "turn", null);
  }
}
