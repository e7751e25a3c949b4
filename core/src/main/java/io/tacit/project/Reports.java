package io.tacit.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tacit.BadInputException;
import io.tacit.coding.Coding;
import io.tacit.coding.CodingSet;
import io.tacit.coding.consensus.DecisionTrail;
import io.tacit.report.AgreementSection;
import io.tacit.report.Decisions;
import io.tacit.report.Report;
import io.tacit.report.ReportBuilder;
import io.tacit.report.ReportFormat;
import io.tacit.report.ReportInput;
import io.tacit.report.ReportWriter;
import io.tacit.text.Sha256;
import io.tacit.theme.Themes;
import io.tacit.transcript.UnitType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The project's theme report: reads every input (checked), builds the report, and writes it to a
 * report folder, refusing any folder that is not empty and not an earlier Tacit report. Holds no
 * state but the project.
 */
public final class Reports {
  /** The report folder when none is given, in the project. */
  public static final String DEFAULT_DIR = "report";

  private final Project project;
  private final Clock clock;

  Reports(Project project, Clock clock) {
    this.project = project;
    this.clock = clock;
  }

  /**
   * Reads the report's inputs.
   *
   * @param coder whose codings to report; null for the consensus coder, else the lead coder, else
   *     the only coder
   * @param title null for the study's name
   * @param timestamp whether to print when the report was made
   * @throws BadInputException without codings or themes.yaml, or for an unknown coder
   */
  public ReportInput input(@Nullable String coder, @Nullable String title, boolean timestamp) {
    return input(coder, title, timestamp, true);
  }

  /**
   * The agreement section alone, as the report would give it; empty when no transcript was coded by
   * two coders. Needs no themes.
   */
  public Optional<AgreementSection> agreement() {
    return ReportBuilder.agreement(input(null, null, false, false));
  }

  private ReportInput input(
      @Nullable String coder, @Nullable String title, boolean timestamp, boolean needThemes) {
    List<String> coders = project.codings().coders();
    if (coders.isEmpty()) {
      throw new BadInputException(
          CodingStore.DIR + "/",
          "no coder has codings yet; code the"
              + " transcripts first (`tacit code import --coder C FILE.csv` or `tacit code add`)");
    }
    String chosen = coder != null ? coder : defaultCoder(coders);
    if (!coders.contains(chosen)) {
      throw new BadInputException(
          "--coder " + chosen,
          "no coding file "
              + CodingStore.DIR
              + "/"
              + chosen
              + ".csv; the coders are "
              + String.join(", ", coders));
    }
    ThemeStore themes = project.themes();
    if (needThemes && (!themes.exists() || themes.load().isEmpty())) {
      throw new BadInputException(
          ThemeStore.FILE,
          (themes.exists() ? "has no themes yet" : "does not exist")
              + "; collate codes into themes first (`tacit themes suggest`)");
    }
    CodingSet codings = project.codings().loadAll();
    Map<String, List<Coding>> byCoder = new TreeMap<>();
    coders.forEach(c -> byCoder.put(c, codings.of(c)));
    DecisionTrail.Summary trail = project.consensus().trails().get(chosen);
    Decisions decisions =
        trail == null
            ? null
            : Decisions.of(
                ConsensusStore.DIR + "/" + project.consensus().trailFile(chosen).getFileName(),
                trail);
    ProjectSettings settings = project.settings();
    return new ReportInput(
        title != null ? title : settings.name(),
        timestamp
            ? DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS))
            : null,
        settings.name(),
        chosen,
        settings.leadCoder(),
        UnitType.valueOf(settings.unit().toUpperCase(Locale.ROOT)),
        project.transcripts().loadAll(),
        project.participants().load(),
        project.codebook().load(),
        byCoder,
        themes.exists() ? themes.load() : Themes.empty(),
        decisions,
        inputFiles());
  }

  public Report build(ReportInput input) {
    return ReportBuilder.build(input);
  }

  /**
   * Writes the report into {@code dir}, each file atomically, and removes files an earlier report
   * there wrote that this one does not.
   *
   * @return the files written, relative to {@code dir}, manifest last
   * @throws BadInputException if {@code dir} holds anything but an earlier Tacit report
   */
  public List<String> write(Path dir, Report report, Collection<ReportFormat> formats) {
    List<String> previous = previousOutputs(dir);
    Map<String, byte[]> files = ReportWriter.write(report, formats);
    Map<Path, byte[]> targets = new LinkedHashMap<>();
    files.forEach((name, bytes) -> targets.put(dir.resolve(name), bytes));
    AtomicFiles.writeAll(targets);
    try {
      for (String old : previous) {
        if (!files.containsKey(old)) {
          Files.deleteIfExists(dir.resolve(old));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(files.keySet());
  }

  /** The files an earlier report in {@code dir} wrote; empty for a new or empty folder. */
  private static List<String> previousOutputs(Path dir) {
    if (!Files.exists(dir)) {
      return List.of();
    }
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(dir.toString(), "is a file, not a folder; choose another --out");
    }
    try (Stream<Path> entries = Files.list(dir)) {
      if (entries.findAny().isEmpty()) {
        return List.of();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path manifest = dir.resolve(ReportWriter.MANIFEST);
    String refusal =
        "is not empty and holds no earlier Tacit report (no "
            + ReportWriter.MANIFEST
            + " from `tacit report`); choose a new or empty --out folder";
    if (!Files.isRegularFile(manifest)) {
      throw new BadInputException(dir.toString(), refusal);
    }
    try {
      JsonNode node = JsonMapper.builder().build().readTree(manifest.toFile());
      if (!ReportWriter.GENERATOR.equals(node.path("generator").asText())) {
        throw new BadInputException(dir.toString(), refusal);
      }
      List<String> outputs = new ArrayList<>();
      node.path("outputs")
          .forEach(
              o -> {
                String path = o.path("path").asText();
                Path resolved = dir.resolve(path).normalize();
                if (!path.isEmpty() && resolved.startsWith(dir.normalize())) {
                  outputs.add(path);
                }
              });
      return outputs;
    } catch (IOException e) {
      throw new BadInputException(
          manifest.toString(),
          "cannot be read (" + e.getMessage() + "); remove the folder or choose another --out");
    }
  }

  private String defaultCoder(List<String> coders) {
    Optional<String> found =
        CoderFiles.of(project).defaultCoder(Optional.ofNullable(project.settings().leadCoder()));
    if (found.isPresent()) {
      return found.get();
    }
    if (coders.size() == 1) {
      return coders.get(0);
    }
    throw new BadInputException(
        "--coder",
        "there is no consensus coder and tacit.yaml names no"
            + " lead coder; choose one with --coder (coders: "
            + String.join(", ", coders)
            + ")");
  }

  /** Every file the report reads, with its SHA-256: settings, codebook, data, codings, themes. */
  private List<ReportInput.InputFile> inputFiles() {
    List<String> paths =
        new ArrayList<>(
            List.of(
                Project.SETTINGS_FILE,
                project.settings().codebook(),
                "participants.csv",
                ThemeStore.FILE));
    for (String dir : List.of("transcripts", CodingStore.DIR, ConsensusStore.DIR)) {
      Path folder = project.resolve(dir);
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.list(folder)) {
        files
            .filter(Files::isRegularFile)
            .map(p -> dir + "/" + p.getFileName())
            .filter(p -> p.endsWith(".txt") || p.endsWith(".json") || p.endsWith(".csv"))
            .sorted()
            .forEach(paths::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // Hashed on every core (a large study's inputs are tens of megabytes); an ordered stream keeps
    // the manifest's order.
    return paths.parallelStream()
        .map(p -> inputFile(p, project.resolve(p)))
        .flatMap(Optional::stream)
        .toList();
  }

  private static Optional<ReportInput.InputFile> inputFile(String name, Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      return Optional.of(new ReportInput.InputFile(name, Sha256.of(bytes), bytes.length));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
