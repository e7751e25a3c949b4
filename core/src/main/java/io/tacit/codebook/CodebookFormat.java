package io.tacit.codebook;

import io.tacit.BadInputException;
import io.tacit.text.DecodedText;
import io.tacit.text.Ids;
import io.tacit.text.TextDecoder;
import io.tacit.text.TextKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The file formats a codebook is read from and written to. YAML is the project's own; CSV is for
 * spreadsheets; REFI-QDA {@code .qdc} is the exchange format of other QDA tools; JSON is for
 * scripts; Markdown is for reading and printing. Only YAML, CSV and .qdc can be read. Stateless.
 */
public enum CodebookFormat {
  YAML("yaml", "yml"),
  CSV("csv"),
  JSON("json"),
  MD("md", "markdown"),
  QDC("qdc", "qde");

  private final List<String> extensions;

  CodebookFormat(String... extensions) {
    this.extensions = List.of(extensions);
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extensions.get(0);
  }

  public boolean readable() {
    return this == YAML || this == CSV || this == QDC;
  }

  /** The format a file's extension names, if any. */
  public static Optional<CodebookFormat> ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    for (CodebookFormat f : values()) {
      if (f.extensions.contains(ext)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The same codebook always gives the same text. */
  public String write(Codebook codebook) {
    return switch (this) {
      case YAML -> CodebookYamlWriter.write(codebook);
      case CSV -> CodebookCsv.write(codebook);
      case JSON -> CodebookJsonWriter.write(codebook);
      case MD -> CodebookMarkdown.write(codebook);
      case QDC -> QdcWriter.write(codebook);
    };
  }

  /**
   * Reads and checks the codebook file at {@code path}, in the format its extension names.
   *
   * @param name the file as the user named it, for messages
   * @param project see {@link #read(String, byte[], Codebook)}; may be null
   * @throws BadInputException if the file is missing, not a .yaml, .csv or .qdc file, or cannot be
   *     taken as its format at all
   */
  public static ValidationResult readFile(Path path, String name, @Nullable Codebook project) {
    CodebookFormat format =
        ofFileName(name)
            .filter(CodebookFormat::readable)
            .orElseThrow(
                () ->
                    new BadInputException(
                        name,
                        "Tacit reads codebooks from .yaml, .csv"
                            + " or .qdc files; export the codebook as one of these"));
    if (!Files.isRegularFile(path)) {
      throw new BadInputException(name, "no such codebook file");
    }
    try {
      return format.read(name, Files.readAllBytes(path), project);
    } catch (IOException e) {
      throw new BadInputException(name, "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** Reads and checks a codebook file on its own; see {@link #read(String, byte[], Codebook)}. */
  public ValidationResult read(String file, byte[] bytes) {
    return read(file, bytes, null);
  }

  /**
   * Reads and checks a codebook file, reporting every problem with its line.
   *
   * @param file the name for messages, as the user gave it
   * @param project the project's codebook, if the file is being imported into it: CSV and .qdc
   *     files have no title, version or source, so they take the project's, and a .qdc code whose
   *     GUID the project knows keeps its id
   * @throws BadInputException only for a file that cannot be taken as this format at all: empty,
   *     binary, not YAML, or declaring a DTD
   */
  public ValidationResult read(String file, byte[] bytes, @Nullable Codebook project) {
    if (!readable()) {
      throw new BadInputException(
          file, "Tacit imports codebooks from .yaml, .csv or .qdc files," + " not ." + extension());
    }
    if (bytes.length == 0) {
      throw new BadInputException(file, "the file is empty; export the codebook again");
    }
    CodebookDraft draft;
    if (this == QDC) {
      draft = new CodebookDraft(file, false);
      QdcReader.read(draft, bytes, project == null ? Map.of() : guids(project));
    } else {
      DecodedText text = TextDecoder.decode(file, bytes, TextKind.CODEBOOK);
      draft =
          this == YAML
              ? CodebookYamlReader.read(file, text.text())
              : new CodebookDraft(file, false);
      if (this == CSV) {
        CodebookCsvReader.read(draft, text.text());
      }
      text.warnings().forEach(w -> draft.warning(0, w));
    }
    if (!draft.hasHeader) {
      headerFor(draft, file, project);
    }
    ValidationResult result = CodebookValidator.check(draft);
    if (this == QDC && result.codebook() != null) {
      return new ValidationResult(
          CodeGuids.withoutDerived(result.codebook()), result.diagnostics());
    }
    return result;
  }

  private static void headerFor(CodebookDraft draft, String file, @Nullable Codebook project) {
    if (project != null) {
      draft.takeHeader(project);
      return;
    }
    String stem = Path.of(file).getFileName().toString().replaceFirst("\\.[^.]*$", "");
    String id = Ids.suggest(stem);
    draft.id = id.isEmpty() ? "codebook" : id;
    draft.title = stem;
    draft.version = "0.1.0";
    draft.source = "Imported from " + Path.of(file).getFileName();
  }

  private static Map<String, String> guids(Codebook project) {
    Map<String, String> ids = new HashMap<>();
    for (Code c : project.all()) {
      ids.put(CodeGuids.normal(CodeGuids.of(project, c)), c.id());
    }
    return ids;
  }
}
