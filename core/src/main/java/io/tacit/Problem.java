package io.tacit;

/**
 * One problem in the user's data: where it is ({@code coding/lead.csv:14}, {@code p01:t12}, a file
 * name) and what is wrong, ending with what to do about it.
 *
 * @param location file, file:line or unit; empty when the problem has no place
 * @param message what is wrong and what to do
 */
public record Problem(String location, String message) {

  public static Problem at(String location, String message) {
    return new Problem(location, message);
  }

  public static Problem at(String file, long line, String message) {
    return new Problem(file + ":" + line, message);
  }

  @Override
  public String toString() {
    return location.isEmpty() ? message : location + ": " + message;
  }
}
