package io.tacit.codebook;

import io.tacit.text.Ids;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a codebook as read and reports every problem at once, compiler-style. Errors (a code
 * without an id or name, an id that breaks the ID rule or is used twice, two siblings with one
 * name, a bad colour) stop the codebook from being used; warnings (a missing definition, include,
 * exclude or example, an unknown key, a search term Tacit's search would misread) only with {@code
 * --strict}. Stateless.
 */
final class CodebookValidator {
  /** Characters with a meaning in Lucene's query syntax; {@code *} is allowed at the end. */
  private static final Pattern TERM_SYNTAX = Pattern.compile("[+&|!(){}\\[\\]^\"~?:\\\\/]|\\*.");

  private CodebookValidator() {}

  static ValidationResult check(CodebookDraft draft) {
    if (draft.hasHeader) {
      checkHeader(draft);
    }
    Map<String, Integer> idLines = new HashMap<>();
    checkSiblings(draft, draft.codes, "at the top level", idLines);
    boolean ok = draft.diagnostics.stream().noneMatch(Diagnostic::isError);
    Codebook codebook = ok ? build(draft) : null;
    return new ValidationResult(codebook, draft.diagnostics);
  }

  private static Codebook build(CodebookDraft d) {
    return new Codebook(
        String.valueOf(d.id),
        orEmpty(d.title),
        orEmpty(d.version),
        orEmpty(d.source),
        d.description,
        d.codes.stream().map(CodeDraft::toCode).toList(),
        d.changelog);
  }

  private static void checkHeader(CodebookDraft d) {
    if (d.id == null || d.id.isBlank()) {
      d.error(1, "the codebook has no id; add a line such as `id: my-study` at the top");
    } else if (!Ids.isValid(d.id)) {
      d.error(d.idLine, Ids.describe("codebook", d.id));
    }
    if (isBlank(d.title)) {
      d.warning(1, "the codebook has no title; add `title: ...`, the name shown in reports");
    }
    if (isBlank(d.version)) {
      d.warning(
          1,
          "the codebook has no version; add `version: 0.1.0` and bump it when codes" + " change");
    }
    if (isBlank(d.source)) {
      d.warning(
          1,
          "the codebook has no source; add `source: ...`, a citation for the framework it"
              + " adapts or a note on how the codes were developed");
    }
  }

  private static void checkSiblings(
      CodebookDraft d, List<CodeDraft> siblings, String where, Map<String, Integer> idLines) {
    Map<String, CodeDraft> names = new HashMap<>();
    for (CodeDraft c : siblings) {
      checkCode(d, c, idLines);
      if (c.name != null && !c.name.isBlank()) {
        CodeDraft first = names.putIfAbsent(Code.nameKey(c.name), c);
        if (first != null) {
          d.error(
              c.lineOf("name"),
              "the name \""
                  + c.name
                  + "\" is already used on line "
                  + first.lineOf("name")
                  + " by a code "
                  + where
                  + "; siblings need different names");
        }
      }
      String label = c.id != null ? "\"" + c.id + "\"" : "\"" + c.name + "\"";
      checkSiblings(d, c.children, "under " + label, idLines);
    }
  }

  private static void checkCode(CodebookDraft d, CodeDraft c, Map<String, Integer> idLines) {
    String label = label(c);
    if (c.id == null || c.id.isBlank()) {
      String suggestion = c.name == null ? "" : Ids.suggest(c.name);
      d.error(
          c.line,
          label
              + " has no id; add one"
              + (suggestion.isEmpty() ? "" : ", e.g. `id: " + suggestion + "`"));
    } else if (!Ids.isValid(c.id)) {
      d.error(c.lineOf("id"), Ids.describe("code", c.id));
    } else {
      Integer first = idLines.putIfAbsent(c.id, c.lineOf("id"));
      if (first != null) {
        d.error(
            c.lineOf("id"),
            "code id \""
                + c.id
                + "\" is already used on line "
                + first
                + "; ids must be unique in the whole codebook");
      }
    }
    if (c.name == null || c.name.isBlank()) {
      d.error(c.line, label + " has no name; add `name: ...`, what coders will see");
    }
    if (c.color != null && !Code.COLOR.matcher(c.color).matches()) {
      d.error(
          c.lineOf("color"),
          label
              + ": colour \""
              + c.color
              + "\" is not #RRGGBB; write it"
              + " like \"#1B447E\", in quotes");
    }
    warnIfBlank(d, c, c.definition, "definition", "the full definition, 2-4 sentences");
    warnIfBlank(d, c, c.include, "include", "when to use the code");
    warnIfBlank(d, c, c.exclude, "exclude", "when not to use it, and what to use instead");
    if (c.examples.stream().allMatch(String::isBlank)) {
      d.warning(
          c.lineOf("examples"),
          label + " has no examples; add one or two utterances it" + " fits under `examples:`");
    }
    for (String term : c.terms) {
      if (term.isBlank() || TERM_SYNTAX.matcher(term).find()) {
        d.warning(
            c.lineOf("terms"),
            label
                + ": search term \""
                + term
                + "\" will not search as"
                + " written; use plain words or phrases, with at most a * at the end");
      }
    }
  }

  private static void warnIfBlank(
      CodebookDraft d, CodeDraft c, String value, String key, String what) {
    if (value.isBlank()) {
      d.warning(c.lineOf(key), label(c) + " has no " + key + "; add `" + key + ":`, " + what);
    }
  }

  private static String label(CodeDraft c) {
    if (c.id != null && !c.id.isBlank()) {
      return "code \"" + c.id + "\"";
    }
    return c.name != null && !c.name.isBlank() ? "code \"" + c.name + "\"" : "a code";
  }

  private static boolean isBlank(@org.jspecify.annotations.Nullable String s) {
    return s == null || s.isBlank();
  }

  private static String orEmpty(@org.jspecify.annotations.Nullable String s) {
    return s == null ? "" : s;
  }
}
