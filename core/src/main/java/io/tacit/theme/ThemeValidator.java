package io.tacit.theme;

import io.tacit.Problem;
import io.tacit.codebook.Codebook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks themes.yaml against the codebook: every code exists, theme ids are unique, a theme lists a
 * code once; a code in two themes is a warning (a researcher may mean it, most often not).
 * Stateless.
 */
public final class ThemeValidator {
  /** Errors and warnings, each at its file and line. */
  public record Result(List<Problem> errors, List<Problem> warnings) {
    public Result {
      errors = List.copyOf(errors);
      warnings = List.copyOf(warnings);
    }
  }

  /** Problems in file order: by the line after the last colon of the location. */
  private static final Comparator<Problem> BY_LINE =
      Comparator.comparingLong(ThemeValidator::line).thenComparing(Problem::message);

  private ThemeValidator() {}

  private static long line(Problem p) {
    String loc = p.location();
    int colon = loc.lastIndexOf(':');
    try {
      return colon < 0 ? 0 : Long.parseLong(loc.substring(colon + 1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public static Result check(ThemesFile file, Codebook codebook) {
    List<Problem> errors = new ArrayList<>(file.errors());
    List<Problem> warnings = new ArrayList<>(file.warnings());
    Map<String, Integer> idLines = new HashMap<>();
    Map<String, String> themeOfCode = new HashMap<>();
    for (ThemesFile.Located l : file.located()) {
      Theme t = l.theme();
      Integer first = idLines.putIfAbsent(t.id(), l.line());
      if (first != null) {
        errors.add(
            Problem.at(
                file.file(),
                l.line(),
                "theme id \""
                    + t.id()
                    + "\" is already used"
                    + " at line "
                    + first
                    + "; give each theme its own id"));
      }
      List<String> seen = new ArrayList<>();
      for (int i = 0; i < t.codes().size(); i++) {
        String code = t.codes().get(i);
        int line = l.codeLines().get(i);
        if (!codebook.contains(code)) {
          errors.add(
              Problem.at(
                  file.file(),
                  line,
                  "unknown code \""
                      + code
                      + "\" in theme \""
                      + t.id()
                      + "\"; add it to the codebook or fix the id"));
        }
        if (seen.contains(code)) {
          errors.add(
              Problem.at(
                  file.file(),
                  line,
                  "theme \"" + t.id() + "\" lists code \"" + code + "\" twice; keep one"));
          continue;
        }
        seen.add(code);
        String other = themeOfCode.putIfAbsent(code, t.id());
        if (other != null) {
          warnings.add(
              Problem.at(
                  file.file(),
                  line,
                  "code \""
                      + code
                      + "\" is in theme \""
                      + other
                      + "\" and in \""
                      + t.id()
                      + "\"; keep it in one (tacit themes move-code "
                      + code
                      + " --to ID) unless both are meant"));
        }
      }
    }
    errors.sort(BY_LINE);
    warnings.sort(BY_LINE);
    return new Result(errors, warnings);
  }
}
