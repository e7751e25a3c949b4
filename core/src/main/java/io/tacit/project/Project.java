package io.tacit.project;

import io.tacit.BadInputException;
import io.tacit.TacitException;
import io.tacit.text.Ids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A study project folder: where its files are, its settings, its lock and its stores. Immutable;
 * the files it points at change only through the stores, under the lock.
 */
public final class Project {
  public static final String SETTINGS_FILE = "tacit.yaml";
  private static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(30);

  private final Path root;
  private final ProjectSettings settings;

  private Project(Path root, ProjectSettings settings) {
    this.root = root;
    this.settings = settings;
  }

  /**
   * The project containing {@code start}: the nearest folder at or above it with a tacit.yaml.
   *
   * @throws BadInputException if there is none
   */
  public static Project find(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve(SETTINGS_FILE))) {
        return open(d);
      }
    }
    throw new BadInputException(
        dir.toString(),
        "not inside a Tacit project (no "
            + SETTINGS_FILE
            + " here or above); run `tacit init` first, or point to one with -C DIR");
  }

  /** Opens the project whose tacit.yaml is in {@code root}. */
  public static Project open(Path root) {
    Path file = root.resolve(SETTINGS_FILE);
    try {
      ProjectSettings settings = ProjectFiles.YAML.readValue(file.toFile(), ProjectSettings.class);
      return new Project(root.toAbsolutePath().normalize(), settings);
    } catch (IOException | IllegalArgumentException e) {
      throw new BadInputException(
          file.toString(),
          "cannot be read (" + firstLine(e) + "); fix" + " it or restore it from version control");
    }
  }

  static Project create(Path root, ProjectSettings settings) {
    return new Project(root.toAbsolutePath().normalize(), settings);
  }

  public Path root() {
    return root;
  }

  public ProjectSettings settings() {
    return settings;
  }

  public Path resolve(String relative) {
    return root.resolve(relative);
  }

  public Path derivedDir() {
    return root.resolve(".tacit");
  }

  public TranscriptStore transcripts() {
    return new TranscriptStore(root.resolve("transcripts"), new DerivedCache(derivedDir()));
  }

  public ParticipantStore participants() {
    return new ParticipantStore(this);
  }

  public CodebookStore codebook() {
    return new CodebookStore(this, java.time.Clock.systemUTC());
  }

  /** Consensus codings and the trails of the decisions behind them, consensus/. */
  public ConsensusStore consensus() {
    return new ConsensusStore(this);
  }

  /** The study's themes.yaml. */
  public ThemeStore themes() {
    return new ThemeStore(this, root.resolve(ThemeStore.FILE), ThemeStore.FILE);
  }

  /** A themes file elsewhere (relative to {@code base}), e.g. {@code themes suggest --out}. */
  public ThemeStore themes(Path base, Path file) {
    Path resolved = base.resolve(file).toAbsolutePath().normalize();
    String shown =
        resolved.startsWith(root) ? root.relativize(resolved).toString() : resolved.toString();
    return new ThemeStore(this, resolved, shown);
  }

  /** Every coder's codings, coding/CODER.csv. */
  public CodingStore codings() {
    return new CodingStore(this, java.time.Clock.systemUTC());
  }

  /** Spreadsheet coding: worksheets out and back. */
  public Worksheets worksheets() {
    return new Worksheets(this);
  }

  /** Code suggestions from the codebook's search terms, and accepting them. */
  public Suggestions suggestions() {
    return new Suggestions(this);
  }

  /** The theme report: its inputs, the report, and its folder. */
  public Reports reports() {
    return new Reports(this, java.time.Clock.systemUTC());
  }

  /** Whole projects in and out as REFI-QDA (.qdpx). */
  public ProjectExchange exchange() {
    return new ProjectExchange(this);
  }

  /** De-identification: the review sheet, applying it, and the key (deidentify/). */
  public Deidentification deidentification() {
    return new Deidentification(this);
  }

  /** Memos on transcripts, units, codes and themes, memos/*.md. */
  public MemoStore memos() {
    return new MemoStore(this, java.time.Clock.systemUTC());
  }

  /**
   * Makes {@code coder} the study's lead coder in tacit.yaml, written atomically under the lock.
   *
   * @return the project with its new settings
   */
  public Project withLeadCoder(String coder) {
    Ids.require("coder", coder);
    try (ProjectLock lock = lock()) {
      ProjectSettings now = open(root).settings();
      ProjectSettings changed = new ProjectSettings(now.name(), now.codebook(), now.unit(), coder);
      AtomicFiles.write(resolve(SETTINGS_FILE), ProjectFiles.YAML.writeValueAsString(changed));
      return new Project(root, changed);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write tacit.yaml", e);
    }
  }

  /** The search index of every unit, rebuilt from the project's files whenever they change. */
  public IndexStore index() {
    return new IndexStore(this);
  }

  /** Takes the writer lock, waiting up to the timeout ({@code TACIT_LOCK_TIMEOUT} seconds). */
  public ProjectLock lock() {
    return ProjectLock.acquire(derivedDir().resolve("lock"), lockTimeout());
  }

  private static Duration lockTimeout() {
    String env = System.getenv("TACIT_LOCK_TIMEOUT");
    if (env == null) {
      return DEFAULT_LOCK_TIMEOUT;
    }
    try {
      return Duration.ofMillis(Math.round(Double.parseDouble(env) * 1000));
    } catch (NumberFormatException e) {
      throw new TacitException(
          "TACIT_LOCK_TIMEOUT must be a number of seconds, not \"" + env + "\"");
    }
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
