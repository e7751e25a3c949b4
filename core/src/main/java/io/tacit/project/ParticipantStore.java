package io.tacit.project;

import io.tacit.participant.ParticipantCsv;
import io.tacit.participant.ParticipantTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's participants.csv. */
public final class ParticipantStore {
  private final Project project;
  private final Path file;

  ParticipantStore(Project project) {
    this.project = project;
    this.file = project.resolve("participants.csv");
  }

  public ParticipantTable load() {
    if (!Files.exists(file)) {
      return ParticipantTable.empty();
    }
    try {
      return ParticipantCsv.read("participants.csv", Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes atomically; the caller holds the project lock. */
  void save(ParticipantTable table) {
    AtomicFiles.write(file, ParticipantCsv.write(table));
  }

  /**
   * Merges a participants file into the project's, under the lock.
   *
   * @return the table as saved
   */
  public ParticipantTable importTable(ParticipantTable incoming) {
    try (ProjectLock lock = project.lock()) {
      ParticipantTable merged = load().merge(incoming);
      save(merged);
      return merged;
    }
  }
}
