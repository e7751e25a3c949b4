package io.tacit.participant;

import io.tacit.text.Ids;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A study participant. Immutable.
 *
 * @param id participant id, following the ID rule
 * @param attributes every column but {@code id}, in the file's column order: {@code role}, {@code
 *     group}, then free attributes; a blank cell is an empty string
 */
public record Participant(String id, Map<String, String> attributes) {
  public Participant {
    Ids.require("participant", id);
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /** An attribute's value, empty when the column is missing or blank. */
  public Optional<String> attribute(String name) {
    String value = attributes.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  public Optional<String> role() {
    return attribute("role");
  }

  public Optional<String> group() {
    return attribute("group");
  }
}
