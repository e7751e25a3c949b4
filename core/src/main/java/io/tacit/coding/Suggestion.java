package io.tacit.coding;

import io.tacit.text.Span;
import io.tacit.transcript.UnitId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code suggested for a unit because the unit matched the code's search terms. It is recorded as a
 * coding of a separate coder ({@code auto} unless told otherwise) whose memo says so: {@code
 * suggested: score 4.127; terms: care plan | appointment*}. A coder accepts it into their own file
 * with {@code tacit code accept}, which rewrites the memo as {@code accepted: ...}. Immutable.
 *
 * @param code the code whose terms matched
 * @param unit the unit that matched
 * @param span the unit's span
 * @param score the relevance (BM25), higher is better
 * @param terms the code's terms that matched
 */
public record Suggestion(String code, UnitId unit, Span span, double score, List<String> terms) {
  public static final String SUGGESTED = "suggested: ";
  public static final String ACCEPTED = "accepted: ";
  private static final Pattern SCORE = Pattern.compile("(?:^|; |: )score (-?[0-9]+(?:\\.[0-9]+)?)");

  public Suggestion {
    terms = List.copyOf(terms);
  }

  public String memo() {
    return SUGGESTED
        + String.format(Locale.ROOT, "score %.3f", score)
        + "; terms: "
        + String.join(" | ", terms);
  }

  public Coding toCoding(String coder, Instant created) {
    return new Coding(coder, unit.doc(), span, code, memo(), created);
  }

  /** Whether a coding's memo marks it as a suggestion nobody has accepted yet. */
  public static boolean isSuggested(String memo) {
    return memo.startsWith(SUGGESTED);
  }

  /** The score a suggestion's memo gives; empty for a memo without one. */
  public static OptionalDouble scoreOf(String memo) {
    Matcher m = SCORE.matcher(memo);
    return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
  }

  /** The memo of an accepted suggestion: what it was suggested for, marked as accepted. */
  public static String acceptedMemo(String memo) {
    return isSuggested(memo) ? ACCEPTED + memo.substring(SUGGESTED.length()) : memo;
  }
}
