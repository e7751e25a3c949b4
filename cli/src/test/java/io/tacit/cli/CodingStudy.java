package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small study for the coding commands, made through the command line. The code transport's search
 * terms find exactly p01:t2 (bus, ride), p01:t6 (transportation) and p02:t2 (drove); care-plan's
 * find p01:t4 and p02:t4; housing has no terms. p03:t2 runs on into a second paragraph, so its text
 * has a newline.
 */
final class CodingStudy {
  static final String CODEBOOK =
      """
      id: study
      title: Study
      version: 1.0.0
      source: Pilot
      codes:
        - id: transport
          name: Transport
          definition: Getting to and from care.
          terms: [bus, ride, transportation, drove]
        - id: care-plan
          name: Care plan
          terms: [care plan]
        - id: housing
          name: Housing
      """;

  private CodingStudy() {}

  /** Creates the study in {@code tmp/study} and returns its folder. */
  static Path create(Path tmp) {
    try {
      Files.writeString(tmp.resolve("cb.yaml"), CODEBOOK);
      Files.writeString(
          tmp.resolve("p01.txt"),
          "Interviewer: How do clients get to"
              + " appointments?\n\nP01: Most of them take the bus, and some need a ride from family."
              + "\n\nInterviewer: And the care plan?\n\nP01: The care plan is shared with the team"
              + " every month.\n\nInterviewer: Anything else?\n\nP01: Transportation is the biggest"
              + " barrier we see.\n");
      Files.writeString(
          tmp.resolve("p02.txt"),
          "Interviewer: Tell me about your week.\n\n"
              + "P02: I drove him to the clinic on Tuesday. We also talked about housing.\n\n"
              + "Interviewer: What about the care plan?\n\nP02: Nobody showed me a care plan.\n");
      Files.writeString(
          tmp.resolve("p03.txt"),
          "Interviewer: How was it?\n\nP03: First"
              + " paragraph, with a comma.\n\nSecond paragraph of the same answer.\n\nInterviewer:"
              + " Thanks.\n\nP03: \"Quoted\" start.\n");
      Files.writeString(
          tmp.resolve("people.csv"),
          "id,role,group\np01,case manager,MHP\n"
              + "p02,peer support specialist,PSS\np03,nurse,MHP\n");
      CliRun init = CliRun.in(tmp, "init", "study", "--codebook", "cb.yaml");
      assertThat(init.exitCode()).as(init.err()).isZero();
      Path study = tmp.resolve("study");
      CliRun imported = CliRun.in(study, "import", "../p01.txt", "../p02.txt", "../p03.txt");
      assertThat(imported.exitCode()).as(imported.err()).isZero();
      assertThat(CliRun.in(study, "participants", "import", "../people.csv").exitCode()).isZero();
      return study;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
