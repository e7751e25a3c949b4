package io.tacit.project;

import io.tacit.BadInputException;
import io.tacit.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Expands the files and folders a user named into the files to read, in a stable order. */
final class InputFiles {
  private InputFiles() {}

  /**
   * Files are taken as given; folders contribute their files (recursively, hidden ones skipped)
   * whose extension is in {@code extensions}, sorted by path.
   */
  static List<Path> expand(List<Path> inputs, Set<String> extensions) {
    List<Problem> problems = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isRegularFile(input)) {
        files.add(input);
      } else if (Files.isDirectory(input)) {
        List<Path> found = list(input, extensions);
        if (found.isEmpty()) {
          problems.add(
              Problem.at(
                  input.toString(),
                  "this folder has no transcript files ("
                      + String.join(", ", extensions.stream().sorted().map(e -> "." + e).toList())
                      + ")"));
        }
        files.addAll(found);
      } else {
        problems.add(Problem.at(input.toString(), "no such file or folder"));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return files;
  }

  private static List<Path> list(Path dir, Set<String> extensions) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !isHidden(dir, p))
          .filter(p -> extensions.contains(extension(p)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".") || part.toString().startsWith("~$")) {
        return true;
      }
    }
    return false;
  }

  private static String extension(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
