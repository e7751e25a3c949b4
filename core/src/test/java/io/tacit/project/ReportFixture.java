package io.tacit.project;

import io.tacit.coding.reliability.Selection;
import io.tacit.nlp.SentenceSplitter;
import io.tacit.participant.ParticipantCsv;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.Unit;
import io.tacit.transcript.UnitType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A small fixed study for report tests, made through the real import: three interviews, a four-code
 * codebook, a lead coder (all three), a second coder (p01 and p02), their consensus from a
 * decisions sheet that settles two of their three disagreements, and two themes. Coding files are
 * written with fixed times, so every input has the same bytes on every run. participants.csv has a
 * {@code name} column that a report must never print.
 */
final class ReportFixture {
  static final List<String> NAMES = List.of("Maria Okafor", "Dev Patel", "Lena Brandt");
  static final String CODEBOOK =
      """
      id: study
      title: Pilot codebook
      version: 1.2.0
      source: Developed from the pilot interviews.
      codes:
        - id: transport
          name: Transport
        - id: care-plan
          name: Care plan
        - id: peer-role
          name: Peer role
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
          + "P02: Nobody showed me a care plan, but as a peer I asked for one.\n";
  static final String P03 =
      "Interviewer: What is your role?\n\n"
          + "P03: I am the peer on the team; I share my story and I find rides.\n\n"
          + "Interviewer: And housing?\n\n"
          + "P03: Housing comes up every week, and the plan rarely mentions it.\n";
  static final String THEMES =
      """
      themes:
        - id: getting-there
          name: Getting there
          status: reviewed
          description: How people reach care, and who takes them.
          codes: [transport, housing]
        - id: plans-and-peers
          name: Plans and peers
          status: final
          description: Care plans, and the peer's part in them.
          codes: [care-plan, peer-role]
      """;

  private ReportFixture() {}

  static Project create(Path tmp) {
    try {
      Path in = Files.createDirectories(tmp.resolve("in"));
      Files.writeString(in.resolve("cb.yaml"), CODEBOOK);
      Project project =
          ProjectInitializer.init(
              tmp.resolve("study"), "Pilot study", in.resolve("cb.yaml").toString());
      List<Path> files =
          List.of(
              Files.writeString(in.resolve("p01.txt"), P01),
              Files.writeString(in.resolve("p02.txt"), P02),
              Files.writeString(in.resolve("p03.txt"), P03));
      new TranscriptImporter(project, new SentenceSplitter())
          .run(
              new TranscriptImporter.Request(files, null, null, null, List.of(), false),
              (f, d, t) -> {});
      project
          .participants()
          .importTable(
              ParticipantCsv.read(
                  "participants.csv",
                  ("id,role,group,name\np01,case manager,MHP,"
                          + NAMES.get(0)
                          + "\np02,peer support"
                          + " specialist,PSS,"
                          + NAMES.get(1)
                          + "\np03,outreach worker,PSS,"
                          + NAMES.get(2)
                          + "\n")
                      .getBytes(StandardCharsets.UTF_8)));
      project = project.withLeadCoder("lead");
      // Turns: p01 t2 t4 t6; p02 t2 t4; p03 t2 t4.
      coding(
          project,
          "lead",
          List.of(
              "p01,2,transport",
              "p01,4,care-plan",
              "p01,6,transport",
              "p02,2,transport",
              "p02,2,housing",
              "p02,4,care-plan",
              "p02,4,peer-role",
              "p03,2,peer-role",
              "p03,2,transport",
              "p03,4,housing",
              "p03,4,care-plan"));
      coding(
          project,
          "second",
          List.of(
              "p01,2,transport",
              "p01,4,care-plan",
              "p01,6,housing",
              "p02,2,transport",
              "p02,4,care-plan",
              "p02,4,peer-role"));
      // The three disagreements on p01 and p02, as tacit agree --disagreements lists them.
      Path sheet =
          Files.writeString(
              in.resolve("decisions.csv"),
              "unit,code,lead,second,decision,decided_by,reason,text\n"
                  + "p01:t6,housing,no,yes,neither,team,No housing talk here,Transportation is\n"
                  + "p01:t6,transport,yes,no,lead,team,The barrier is getting there,Transportation is\n"
                  + "p02:t2,housing,yes,no,,,,I drove him\n");
      project
          .consensus()
          .build(
              Selection.of(List.of("lead", "second"), UnitType.TURN),
              "consensus",
              Optional.of(sheet),
              false,
              true);
      Files.writeString(project.resolve("themes.yaml"), THEMES);
      return project;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes coding/CODER.csv from "doc,turn,code" rows, each coding a whole turn. */
  private static void coding(Project project, String coder, List<String> rows) throws IOException {
    StringBuilder csv = new StringBuilder("doc,start,end,code,memo,created\n");
    rows.stream()
        .map(r -> r.split(","))
        .sorted(
            (a, b) -> {
              int c = a[0].compareTo(b[0]);
              c = c != 0 ? c : Integer.compare(Integer.parseInt(a[1]), Integer.parseInt(b[1]));
              return c != 0 ? c : a[2].compareTo(b[2]);
            })
        .forEach(
            r -> {
              Transcript t = project.transcripts().load(r[0]);
              Unit turn = t.units(UnitType.TURN, true).get(Integer.parseInt(r[1]) - 1);
              csv.append(r[0])
                  .append(',')
                  .append(turn.span().start())
                  .append(',')
                  .append(turn.span().end())
                  .append(',')
                  .append(r[2])
                  .append(",,2026-01-05T10:00:00Z\n");
            });
    Files.createDirectories(project.resolve("coding"));
    Files.writeString(project.resolve("coding/" + coder + ".csv"), csv.toString());
  }
}
