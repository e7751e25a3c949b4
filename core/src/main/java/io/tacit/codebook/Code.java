package io.tacit.codebook;

import io.tacit.text.Ids;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One code of a codebook, with its children. Immutable and thread-safe.
 *
 * @param id stable id, following the ID rule; coding files refer to the code by it
 * @param name what coders see; unique among its siblings
 * @param shortDefinition a one-line definition (the YAML key {@code short}); may be empty
 * @param definition the full definition; may be empty (a warning when checked)
 * @param include when to use the code; may be empty
 * @param exclude when not to use it, naming the code to use instead; may be empty
 * @param examples short utterances that the code fits
 * @param terms search terms for {@code code suggest}; a term may end with {@code *}
 * @param color {@code #RRGGBB}, or null
 * @param qdaGuid the GUID another QDA tool gave the code, kept so that exchanges keep it; null when
 *     Tacit derives it from the ids
 * @param children sub-codes, in the codebook's order
 */
public record Code(
    String id,
    String name,
    String shortDefinition,
    String definition,
    String include,
    String exclude,
    List<String> examples,
    List<String> terms,
    @Nullable String color,
    @Nullable String qdaGuid,
    List<Code> children) {

  static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

  public Code {
    if (!Ids.isValid(id)) {
      throw new IllegalArgumentException(Ids.describe("code", id));
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("code \"" + id + "\" needs a name");
    }
    if (color != null && !COLOR.matcher(color).matches()) {
      throw new IllegalArgumentException(
          "code \"" + id + "\": colour \"" + color + "\" is not #RRGGBB");
    }
    examples = List.copyOf(examples);
    terms = List.copyOf(terms);
    children = List.copyOf(children);
    requireUniqueNames("under \"" + id + "\"", children);
  }

  /** Siblings need names a coder can tell apart. */
  static void requireUniqueNames(String where, List<Code> siblings) {
    Map<String, String> names = new HashMap<>();
    for (Code c : siblings) {
      String other = names.putIfAbsent(nameKey(c.name()), c.id());
      if (other != null) {
        throw new IllegalArgumentException(
            "codes \""
                + other
                + "\" and \""
                + c.id()
                + "\" "
                + where
                + " have the same name \""
                + c.name()
                + "\"");
      }
    }
  }

  /** A code with a name and nothing else yet, for building codebooks in code. */
  public static Code of(String id, String name) {
    return new Code(id, name, "", "", "", "", List.of(), List.of(), null, null, List.of());
  }

  /**
   * How names are compared for uniqueness among siblings: "Cost" and "cost " would look the same to
   * a coder choosing between them.
   */
  static String nameKey(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  public Code withName(String newName) {
    return new Code(
        id,
        newName,
        shortDefinition,
        definition,
        include,
        exclude,
        examples,
        terms,
        color,
        qdaGuid,
        children);
  }

  public Code withChildren(List<Code> newChildren) {
    return new Code(
        id,
        name,
        shortDefinition,
        definition,
        include,
        exclude,
        examples,
        terms,
        color,
        qdaGuid,
        newChildren);
  }

  public Code withExamplesAndTerms(List<String> newExamples, List<String> newTerms) {
    return new Code(
        id,
        name,
        shortDefinition,
        definition,
        include,
        exclude,
        newExamples,
        newTerms,
        color,
        qdaGuid,
        children);
  }

  public Code withQdaGuid(@Nullable String guid) {
    return new Code(
        id,
        name,
        shortDefinition,
        definition,
        include,
        exclude,
        examples,
        terms,
        color,
        guid,
        children);
  }

  /** This code's fields taken from {@code other}; id and children stay. */
  public Code withFieldsOf(Code other) {
    return new Code(
        id,
        other.name,
        other.shortDefinition,
        other.definition,
        other.include,
        other.exclude,
        other.examples,
        other.terms,
        other.color,
        other.qdaGuid != null ? other.qdaGuid : qdaGuid,
        children);
  }
}
