package io.tacit.codebook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.tacit.BadInputException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns the YAML parser's complaint into one line a researcher can act on: where, what the parser
 * saw, and the usual fix for it.
 */
final class YamlErrors {
  private YamlErrors() {}

  static BadInputException describe(String file, JsonProcessingException e) {
    MarkedYAMLException marked = e.getCause() instanceof MarkedYAMLException m ? m : null;
    String problem =
        marked != null && marked.getProblem() != null
            ? marked.getProblem()
            : e.getOriginalMessage();
    problem =
        problem
            .lines()
            .findFirst()
            .orElse(problem)
            .strip()
            .replace("\\t(TAB)", "tab")
            .replace("\t(TAB)", "tab");
    String context = marked != null && marked.getContext() != null ? marked.getContext() : "";
    int line = lineOf(marked != null ? marked.getProblemMark() : null, e);
    String hint;
    String lower = problem.toLowerCase(Locale.ROOT);
    if (lower.contains("tab")) {
      hint = "indent with spaces, not tabs";
    } else if (context.contains("quoted scalar")) {
      // Where the quote opened is where the fix is; the parser stops at the end of the file.
      line = lineOf(marked.getContextMark(), e);
      hint = "the quotation mark opened here is not closed";
    } else if (lower.contains("mapping values are not allowed")) {
      hint = "check the indentation, and put a value that contains \": \" in double quotes";
    } else {
      hint =
          "check the indentation and quoting on this line and the one above (see"
              + " codebooks/template.yaml)";
    }
    return new BadInputException(file + ":" + line, "not valid YAML (" + problem + "); " + hint, e);
  }

  /** SnakeYAML's own mark is exact where Jackson's sometimes points at the previous token. */
  private static int lineOf(@Nullable Mark mark, JsonProcessingException e) {
    if (mark != null) {
      return mark.getLine() + 1;
    }
    JsonLocation loc = e.getLocation();
    return loc == null ? 1 : Math.max(1, loc.getLineNr());
  }
}
