package io.tacit.search;

import io.tacit.BadInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the classic query parser's complaints, written for the grammar's authors ("Encountered
 * &lt;EOF&gt; at line 1, column 8. Was expecting one of: &lt;NOT&gt; ..."), into what a researcher
 * can act on.
 */
final class QueryProblems {
  private static final Pattern ENCOUNTERED =
      Pattern.compile(
          "Encountered \"?\\s*(<EOF>|<\\w+>|\"[^\"]*\")?.*? at line \\d+, column (\\d+)",
          Pattern.DOTALL);
  private static final String SYNTAX = "; see `tacit search --help` for the query syntax";

  private QueryProblems() {}

  static BadInputException of(String query, String parserMessage) {
    return new BadInputException("", describe(query, parserMessage));
  }

  static String describe(String query, String message) {
    String shown = "the query: " + query;
    if (message.contains("Lexical error") && message.contains("after prefix \"\\\"")) {
      return "unbalanced quote in "
          + shown
          + " (close the phrase with a second \", or write \\\""
          + " to search for a quote mark)";
    }
    if (message.contains("Lexical error") && message.contains("after prefix \"/")) {
      return "a / starts a regular expression that is never closed in "
          + shown
          + " (close it"
          + " with a second /, or write \\/ for a slash, as in 24\\/7)";
    }
    if (message.contains("not allowed as first character in WildcardQuery")) {
      return "a word cannot start with * or ? in "
          + shown
          + ", unless the whole query is *:*"
          + " (every unit, to combine with --code or --where); put letters first, e.g. coordinat*";
    }
    if (message.contains("too many boolean clauses") || message.contains("maxClauseCount")) {
      return "a pattern in " + shown + " matches too many different words; make it more specific";
    }
    Matcher m = ENCOUNTERED.matcher(message);
    if (m.find()) {
      String token = m.group(1) == null ? "" : m.group(1);
      int position = Integer.parseInt(m.group(2)) + 1;
      if (token.equals("<EOF>")) {
        return endsEarly(query, shown, message);
      }
      if (token.contains(")") && count(query, ')') > count(query, '(')) {
        return "unbalanced parenthesis in "
            + shown
            + ": the ) at character "
            + position
            + " closes nothing";
      }
      if (token.equals("<AND>") || token.equals("<OR>") || token.equals("<NOT>")) {
        return "AND, OR and NOT need a word on each side (in capitals they are operators) in "
            + shown
            + ", at character "
            + position
            + "; write them in lower case to search for"
            + " the words themselves";
      }
      return "unexpected "
          + token.replace("\"", "").strip()
          + " at character "
          + position
          + " of "
          + shown.substring(4)
          + SYNTAX;
    }
    String first =
        message.replaceFirst("(?s)^Cannot parse '.*?': ", "").lines().findFirst().orElse(message);
    return "cannot read " + shown + " (" + first + ")" + SYNTAX;
  }

  private static String endsEarly(String query, String shown, String message) {
    if (count(query, '(') > count(query, ')')) {
      return "unbalanced parenthesis in " + shown + " (close each ( with a ))";
    }
    if (message.contains("\"TO\"") || message.contains("RANGE")) {
      return "unfinished range in " + shown + " (write it as [a TO b])";
    }
    if (message.contains("Was expecting:") && message.contains("<NUMBER>")) {
      return "^ and ~ take a number in " + shown + " (e.g. care^2, \"care plan\"~3)";
    }
    return "the query ends too early: "
        + query
        + " (AND, OR, NOT, + and - need a word after them,"
        + " and field: needs a value, e.g. speaker:p01)";
  }

  private static long count(String s, char c) {
    return s.chars().filter(x -> x == c).count();
  }
}
