package io.tacit.search;

import io.tacit.nlp.SentenceSplitter;
import io.tacit.participant.ParticipantCsv;
import io.tacit.project.Project;
import io.tacit.project.ProjectInitializer;
import io.tacit.project.TranscriptImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A two-interview study on disk, made through the real import, for search tests. */
final class StudyFixture {
  static final String P01 =
      "Interviewer: How do you coordinate care?\n\n"
          + "P01: I coordinate appointments for my clients. The care plan is shared with the team.\n\n"
          + "Interviewer: And the peers?\n\n"
          + "P01: Coordinating with peers is easy. Coordination takes time.\n";
  static final String P02 =
      "Interviewer: Tell me about appointments.\n\n"
          + "P02: I went with him to the appointment. We rode the bus to the clinic.\n\n"
          + "Interviewer: What about the care plan?\n\n"
          + "P02: Nobody showed me a care plan. The plan was in the chart.\n";
  static final String PARTICIPANTS =
      "id,role,group,site\n"
          + "p01,case manager,MHP,Riverside\np02,peer support specialist,PSS,Northgate\n";

  private static SentenceSplitter splitter;

  private StudyFixture() {}

  static synchronized SentenceSplitter splitter() {
    if (splitter == null) {
      splitter = new SentenceSplitter();
    }
    return splitter;
  }

  static Project create(Path tmp) {
    Project project = ProjectInitializer.init(tmp.resolve("study"), "Study", null);
    importText(project, tmp, "p01", P01);
    importText(project, tmp, "p02", P02);
    participants(project, PARTICIPANTS);
    return project;
  }

  static void importText(Project project, Path tmp, String id, String text) {
    try {
      Path file =
          Files.writeString(Files.createDirectories(tmp.resolve("in")).resolve(id + ".txt"), text);
      new TranscriptImporter(project, splitter())
          .run(
              new TranscriptImporter.Request(List.of(file), null, null, null, List.of(), false),
              (f, d, t) -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void participants(Project project, String csv) {
    project
        .participants()
        .importTable(ParticipantCsv.read("participants.csv", csv.getBytes(StandardCharsets.UTF_8)));
  }

  static void coding(Project project, String coder, String rows) {
    try {
      Files.writeString(
          project.resolve("coding/" + coder + ".csv"), "doc,start,end,code,memo,created\n" + rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
