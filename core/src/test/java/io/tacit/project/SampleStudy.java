package io.tacit.project;

import io.tacit.nlp.SentenceSplitter;
import java.nio.file.Path;
import java.util.List;

/** The bundled fictional sample study, imported into a new project for tests of stored files. */
final class SampleStudy {
  private static final Path SAMPLE = Path.of("../sample-transcripts");

  private SampleStudy() {}

  /** A new project in {@code dir} with the sample study's twelve interviews imported. */
  static Project importInto(Path dir) {
    Project project = ProjectInitializer.init(dir, "sample", null);
    new TranscriptImporter(project, new SentenceSplitter())
        .run(
            new TranscriptImporter.Request(
                List.of(SAMPLE),
                null,
                null,
                null,
                List.of("Jordan Reyes", "Alex Kim", "SPEAKER_00"),
                false),
            (f, d, t) -> {});
    return project;
  }
}
