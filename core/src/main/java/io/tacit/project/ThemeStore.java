package io.tacit.project;

import io.tacit.BadInputException;
import io.tacit.theme.Themes;
import io.tacit.theme.ThemesFile;
import io.tacit.theme.ThemesYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The project's themes.yaml (or another themes file): read with locations, changed under the
 * project lock, written atomically. Suggestions never replace the researchers' edits unless forced.
 * Holds no state but the path.
 */
public final class ThemeStore {
  public static final String FILE = "themes.yaml";

  private final Project project;
  private final Path file;
  private final String name;

  ThemeStore(Project project, Path file, String name) {
    this.project = project;
    this.file = file;
    this.name = name;
  }

  public String fileName() {
    return name;
  }

  public Path file() {
    return file;
  }

  public boolean exists() {
    return Files.isRegularFile(file);
  }

  /** Reads the file with every problem listed; an absent file has no themes. */
  public ThemesFile read() {
    if (!exists()) {
      return ThemesFile.missing(name);
    }
    try {
      return ThemesYaml.read(name, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new BadInputException(name, "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * @throws BadInputException listing every error in the file
   */
  public Themes load() {
    return read().orThrow();
  }

  /**
   * Writes suggested candidates, under the lock.
   *
   * @throws BadInputException if the file holds the researchers' edits and {@code force} is off
   */
  public void saveSuggested(Themes themes, boolean force) {
    try (ProjectLock lock = project.lock()) {
      ThemesFile current = read();
      if (!force && !current.replaceable()) {
        throw new BadInputException(
            name,
            current.errors().isEmpty()
                ? "holds themes that were edited since `tacit themes suggest` wrote them (by hand,"
                    + " by a themes command, or with a status other than candidate); nothing was"
                    + " written. Use --out FILE to write the candidates elsewhere, or --force to"
                    + " replace them"
                : "cannot be read ("
                    + current.errors().get(0)
                    + "); nothing was written. Fix it,"
                    + " use --out FILE, or --force to replace it");
      }
      AtomicFiles.write(file, ThemesYaml.writeSuggested(themes));
    }
  }

  /**
   * Loads, changes and saves the themes under the lock; nothing is written if {@code change}
   * returns its argument.
   *
   * @return the themes as saved
   */
  public Themes update(UnaryOperator<Themes> change) {
    try (ProjectLock lock = project.lock()) {
      if (!exists()) {
        throw new BadInputException(
            name,
            "there is no themes file yet; run `tacit themes"
                + " suggest` first, or write one by hand");
      }
      Themes before = load();
      Themes after = change.apply(before);
      if (after != before) {
        AtomicFiles.write(file, ThemesYaml.write(after));
      }
      return after;
    }
  }
}
