package io.tacit.project;

import io.tacit.BadInputException;
import io.tacit.codebook.Codebook;
import io.tacit.codebook.CodebookFormat;
import io.tacit.participant.ParticipantCsv;
import io.tacit.participant.ParticipantTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Creates a study project: tacit.yaml, the codebook, participants.csv, themes.yaml and the folders
 * of DESIGN.md, with a .gitignore that keeps derived data out of version control. Refuses to touch
 * a folder that already holds a project or any of these files.
 */
public final class ProjectInitializer {
  /** The shipped codebooks, by the short name {@code --codebook} accepts. */
  public static final String AHRQ = "ahrq";

  private static final String AHRQ_RESOURCE = "/io/tacit/codebooks/ahrq-care-coordination.yaml";
  private static final List<String> FILES =
      List.of(
          Project.SETTINGS_FILE,
          ProjectSettings.DEFAULT_CODEBOOK,
          "participants.csv",
          "themes.yaml",
          ".gitignore");
  private static final List<String> FOLDERS = List.of("transcripts", "coding", "memos", ".tacit");

  private ProjectInitializer() {}

  /**
   * @param codebook {@code ahrq}, a path to a codebook file (.yaml, .csv or .qdc; checked, and
   *     refused with all its errors), or null for an empty codebook
   * @throws BadInputException if the folder already has a project or would lose a file
   */
  public static Project init(Path dir, String name, @Nullable String codebook) {
    Path root = dir.toAbsolutePath().normalize();
    for (String f : FILES) {
      if (Files.exists(root.resolve(f))) {
        String what =
            f.equals(Project.SETTINGS_FILE)
                ? "is already a Tacit project"
                : "already has " + f + ", which init would overwrite";
        throw new BadInputException(root.toString(), what + "; choose an empty folder");
      }
    }
    byte[] codebookBytes = codebookBytes(codebook, name);
    ProjectSettings settings = ProjectSettings.named(name);
    try {
      Files.createDirectories(root);
      for (String folder : FOLDERS) {
        Files.createDirectories(root.resolve(folder));
      }
      Project project = Project.create(root, settings);
      try (ProjectLock lock = project.lock()) {
        AtomicFiles.write(root.resolve(ProjectSettings.DEFAULT_CODEBOOK), codebookBytes);
        AtomicFiles.write(
            root.resolve("participants.csv"), ParticipantCsv.write(ParticipantTable.empty()));
        AtomicFiles.write(root.resolve("themes.yaml"), "themes: []\n");
        AtomicFiles.write(
            root.resolve(".gitignore"),
            "# Derived data (search index, caches): rebuilt by Tacit when needed.\n.tacit/\n");
        // tacit.yaml last: a folder is a project only once everything else is in place.
        AtomicFiles.write(
            root.resolve(Project.SETTINGS_FILE), ProjectFiles.YAML.writeValueAsString(settings));
      }
      return project;
    } catch (IOException e) {
      throw new UncheckedIOException("could not create the project in " + root, e);
    }
  }

  private static byte[] codebookBytes(@Nullable String codebook, String name) {
    if (codebook == null) {
      // No codes yet, for studies that build their codebook from the data.
      return CodebookFormat.YAML
          .write(Codebook.empty("codebook", name + " codebook"))
          .getBytes(StandardCharsets.UTF_8);
    }
    if (codebook.equals(AHRQ)) {
      try (InputStream in = ProjectInitializer.class.getResourceAsStream(AHRQ_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the shipped codebook is missing from the build");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path file = Path.of(codebook);
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(
          codebook,
          "no such codebook file; give a codebook file (.yaml,"
              + " .csv or .qdc) or \"ahrq\" for the shipped AHRQ care-coordination codebook");
    }
    // A codebook with errors would stop every later command, so it stops init instead.
    Codebook checked = CodebookFormat.readFile(file, codebook, null).orThrow();
    if (CodebookFormat.ofFileName(codebook).orElseThrow() != CodebookFormat.YAML) {
      return CodebookFormat.YAML.write(checked).getBytes(StandardCharsets.UTF_8);
    }
    // YAML is kept as written, comments and all.
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
