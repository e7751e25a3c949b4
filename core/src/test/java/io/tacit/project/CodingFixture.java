package io.tacit.project;

import io.tacit.nlp.SentenceSplitter;
import io.tacit.participant.ParticipantCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A two-interview study for coding tests, made through the real import. The code transport's terms
 * find exactly p01:t2 (bus, ride), p01:t6 (transportation) and p02:t2 (drove); care-plan's find
 * p01:t4 and p02:t4; housing has no terms.
 */
final class CodingFixture {
  static final String CODEBOOK =
      """
      id: study
      title: Study
      version: 1.0.0
      source: Pilot
      codes:
        - id: transport
          name: Transport
          terms: [bus, ride, transportation, drove]
        - id: care-plan
          name: Care plan
          terms: [care plan]
        - id: housing
          name: Housing
      """;
  static final String P01 =
      "Interviewer: How do clients get to appointments?\n\n"
          + "P01: Most of them take the bus, and some need a ride from family.\n\n"
          + "Interviewer: And the care plan?\n\n"
          + "P01: The care plan is shared with the team every month.\n\n"
          + "Interviewer: Anything else?\n\n"
          + "P01: Transportation is the biggest barrier we see.\n";
  static final String P02 =
      "Interviewer: Tell me about your week.\n\n"
          + "P02: I drove him to the clinic on Tuesday. We also talked about housing.\n\n"
          + "Interviewer: What about the care plan?\n\n"
          + "P02: Nobody showed me a care plan.\n";

  private static SentenceSplitter splitter;

  private CodingFixture() {}

  static synchronized SentenceSplitter splitter() {
    if (splitter == null) {
      splitter = new SentenceSplitter();
    }
    return splitter;
  }

  static Project create(Path tmp) {
    try {
      Path in = Files.createDirectories(tmp.resolve("in"));
      Files.writeString(in.resolve("cb.yaml"), CODEBOOK);
      Project project =
          ProjectInitializer.init(tmp.resolve("study"), "Study", in.resolve("cb.yaml").toString());
      Path p01 = Files.writeString(in.resolve("p01.txt"), P01);
      Path p02 = Files.writeString(in.resolve("p02.txt"), P02);
      new TranscriptImporter(project, splitter())
          .run(
              new TranscriptImporter.Request(List.of(p01, p02), null, null, null, List.of(), false),
              (f, d, t) -> {});
      project
          .participants()
          .importTable(
              ParticipantCsv.read(
                  "participants.csv",
                  "id,role,group\np01,case manager,MHP\np02,peer support specialist,PSS\n"
                      .getBytes(StandardCharsets.UTF_8)));
      return project;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
