package io.tacit.codebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A code as a reader found it, before checking: fields may be missing or wrong, and each remembers
 * its line so that problems can point at it. Mutable; one reader fills it.
 */
final class CodeDraft {
  final int line;
  final Map<String, Integer> keyLines = new HashMap<>();
  @Nullable String id;
  @Nullable String name;
  String shortDefinition = "";
  String definition = "";
  String include = "";
  String exclude = "";
  List<String> examples = new ArrayList<>();
  List<String> terms = new ArrayList<>();
  @Nullable String color;
  @Nullable String qdaGuid;
  final List<CodeDraft> children = new ArrayList<>();

  CodeDraft(int line) {
    this.line = line;
  }

  /** The line of a field, or of the code when the field was not given on its own line. */
  int lineOf(String key) {
    return keyLines.getOrDefault(key, line);
  }

  /** Call only once checked: the id and name are known to be valid. */
  Code toCode() {
    return new Code(
        String.valueOf(id),
        String.valueOf(name),
        shortDefinition,
        definition,
        include,
        exclude,
        examples,
        terms,
        color,
        qdaGuid,
        children.stream().map(CodeDraft::toCode).toList());
  }
}
