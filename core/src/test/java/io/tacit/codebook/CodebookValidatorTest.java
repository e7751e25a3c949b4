package io.tacit.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import org.junit.jupiter.api.Test;

class CodebookValidatorTest {
  private static final String HEADER = "id: study\ntitle: Study\nversion: 1.0.0\nsource: Pilot\n";

  /** A code with every field, so that only what a test breaks is reported. */
  private static String code(String indent, String id, String name) {
    return indent
        + "- id: "
        + id
        + "\n"
        + indent
        + "  name: "
        + name
        + "\n"
        + indent
        + "  definition: D\n"
        + indent
        + "  include: I\n"
        + indent
        + "  exclude: E\n"
        + indent
        + "  examples: [x]\n";
  }

  @Test
  void aCompleteCodebookHasNoProblems() {
    ValidationResult r = Fixtures.yaml(HEADER + "codes:\n" + code("  ", "a", "A"));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.orThrow(true).all()).hasSize(1);
  }

  @Test
  void duplicateIdNamesBothLines() {
    ValidationResult r =
        Fixtures.yaml(HEADER + "codes:\n" + code("  ", "a", "A") + code("  ", "a", "B"));
    assertThat(r.errors())
        .extracting(Diagnostic::toString)
        .containsExactly(
            "codebook.yaml:12: code id \"a\" is already used on line 6; ids must be unique in the"
                + " whole codebook");
    assertThat(r.codebook()).isNull();
  }

  @Test
  void duplicateIdInAnotherBranchIsFoundToo() {
    ValidationResult r =
        Fixtures.yaml(
            HEADER
                + "codes:\n"
                + code("  ", "a", "A")
                + "    children:\n"
                + code("      ", "b", "B")
                + code("  ", "c", "C")
                + "    children:\n"
                + code("      ", "b", "B"));
    assertThat(r.errors()).singleElement().extracting(Diagnostic::line).isEqualTo(26);
    assertThat(r.errors().get(0).message()).contains("already used on line 13");
  }

  @Test
  void reportsEveryErrorAtOnceWithItsLine() {
    String text =
        HEADER
            + "codes:\n"
            + code("  ", "Bad Id", "A")
            + code("  ", "b", "A")
            + "    color: red\n"
            + "  - name: No Id Here\n"
            + "  - id: no-name\n"
            + "    name: \"\"\n";
    ValidationResult r = Fixtures.yaml(text);
    assertThat(r.errors())
        .extracting(Diagnostic::toString)
        .containsExactly(
            "codebook.yaml:6: code id \"Bad Id\" is not allowed: use 1 to 64 lowercase letters,"
                + " digits, '-' or '_', starting with a letter or digit",
            "codebook.yaml:13: the name \"A\" is already used on line 7 by a code at the top level;"
                + " siblings need different names",
            "codebook.yaml:18: code \"b\": colour \"red\" is not #RRGGBB; write it like \"#1B447E\","
                + " in quotes",
            "codebook.yaml:19: code \"No Id Here\" has no id; add one, e.g. `id: no-id-here`",
            "codebook.yaml:20: code \"no-name\" has no name; add `name: ...`, what coders will see");
    assertThatThrownBy(() -> r.orThrow())
        .isInstanceOf(BadInputException.class)
        .satisfies(e -> assertThat(((BadInputException) e).problems()).hasSize(5));
  }

  @Test
  void missingFieldsAreWarningsThatFailOnlyWhenStrict() {
    ValidationResult r = Fixtures.yaml(HEADER + "codes:\n  - id: a\n    name: A\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.warnings())
        .extracting(Diagnostic::message)
        .containsExactly(
            "code \"a\" has no definition; add `definition:`, the full definition, 2-4 sentences",
            "code \"a\" has no include; add `include:`, when to use the code",
            "code \"a\" has no exclude; add `exclude:`, when not to use it, and what to use instead",
            "code \"a\" has no examples; add one or two utterances it fits under `examples:`");
    assertThat(r.warnings().get(0).toString()).startsWith("codebook.yaml:6: warning: ");
    assertThat(r.orThrow().all()).hasSize(1);
    assertThatThrownBy(() -> r.orThrow(true)).isInstanceOf(BadInputException.class);
  }

  @Test
  void unknownKeysAndUnsearchableTermsAreWarnings() {
    ValidationResult r =
        Fixtures.yaml(
            HEADER
                + "codes:\n"
                + code("  ", "a", "A")
                + "    defintion: typo\n    terms: [\"wait*\", \"a AND (b\", \"*x\"]\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.warnings())
        .extracting(Diagnostic::toString)
        .containsExactly(
            "codebook.yaml:12: warning: unknown key `defintion:` in a code is ignored (and dropped if"
                + " Tacit rewrites the file); known keys: id, name, short, definition, include,"
                + " exclude, examples, terms, color, qdaGuid, children",
            "codebook.yaml:13: warning: code \"a\": search term \"a AND (b\" will not search as"
                + " written; use plain words or phrases, with at most a * at the end",
            "codebook.yaml:13: warning: code \"a\": search term \"*x\" will not search as written; use"
                + " plain words or phrases, with at most a * at the end");
  }

  @Test
  void aKeyGivenTwiceIsAnErrorNamingBothLines() {
    ValidationResult r =
        Fixtures.yaml(HEADER + "codes:\n" + code("  ", "a", "A") + "    name: Again\n");
    assertThat(r.errors())
        .extracting(Diagnostic::toString)
        .containsExactly(
            "codebook.yaml:12: `name:` is given twice in this code (also on line 7); keep one");
  }

  @Test
  void headerProblems() {
    ValidationResult r = Fixtures.yaml("title: T\ncodes: []\n");
    assertThat(r.errors())
        .extracting(Diagnostic::message)
        .containsExactly("the codebook has no id; add a line such as `id: my-study` at the top");
    assertThat(r.warnings()).hasSize(2);
  }

  @Test
  void malformedYamlIsOneErrorWithTheParsersLineAndAHint() {
    assertThatThrownBy(() -> Fixtures.yaml(HEADER + "codes:\n  - id: a\n    name: Cost: money\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "codebook.yaml:7: not valid YAML (mapping values are not allowed here); check"
                + " the indentation, and put a value that contains \": \" in double quotes");
    assertThatThrownBy(() -> Fixtures.yaml(HEADER + "codes:\n\t- id: a\n"))
        .hasMessageStartingWith("codebook.yaml:6: not valid YAML (")
        .hasMessageEndingWith("; indent with spaces, not tabs");
    assertThatThrownBy(() -> Fixtures.yaml(HEADER + "codes:\n  - id: a\n    name: \"open\n"))
        .hasMessageStartingWith("codebook.yaml:7: not valid YAML (")
        .hasMessageEndingWith("the quotation mark opened here is not closed");
  }

  @Test
  void shapesThatAreNotACodebookAreErrors() {
    assertThatThrownBy(() -> Fixtures.yaml("- a\n- b\n"))
        .hasMessageStartingWith("codebook.yaml:1: not a codebook: a codebook is a YAML mapping");
    assertThat(Fixtures.yaml(HEADER + "codes:\n  - just text\n").errors())
        .extracting(Diagnostic::message)
        .containsExactly(
            "each entry under `codes:` must be a"
                + " code with `id:`, `name:` and its other fields, not a single value");
    assertThat(Fixtures.yaml(HEADER + "codes:\n  - id: a\n    name: [x]\n").errors())
        .extracting(Diagnostic::toString)
        .contains("codebook.yaml:7: `name:` must be a single value, not a list");
  }
}
