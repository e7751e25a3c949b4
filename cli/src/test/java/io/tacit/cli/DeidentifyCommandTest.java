package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tacit deidentify from the command line: review, apply, refusals, and quiet libraries. */
class DeidentifyCommandTest {
  @TempDir Path tmp;

  private Path study() throws Exception {
    assertThat(CliRun.in(tmp, "init", "s").exitCode()).isZero();
    // Fictional people and numbers.
    Files.writeString(
        tmp.resolve("p01.txt"),
        "Interviewer: Who helps you?\n\n"
            + "P01: Mostly Denise Whitfield. You can reach Denise at 555-201-7788.\n");
    Path study = tmp.resolve("s");
    assertThat(CliRun.in(study, "-q", "import", "../p01.txt").exitCode()).isZero();
    Files.createDirectories(study.resolve("deidentify"));
    Files.writeString(
        study.resolve("deidentify/terms.csv"),
        "term,replacement\nWhitfield Street," + "[STREET]\n");
    return study;
  }

  @Test
  void reviewsThenAppliesWithoutLibraryOutput() throws Exception {
    Path study = study();
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    CliRun review;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      review = CliRun.in(study, "deidentify", "--review");
    } finally {
      System.setErr(original);
    }
    assertThat(review.exitCode()).as(review.err()).isZero();
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(review.out())
        .isEqualTo(
            "3 proposed replacements in 1 transcripts (2 person,"
                + " 1 phone); 3 originals not yet in the key\n"
                + "review sheet: deidentify/review.csv\n"
                + "mark accept no on rows to keep, then run: tacit deidentify --apply"
                + " deidentify/review.csv\n");
    assertThat(Files.readString(study.resolve("deidentify/review.csv")))
        .startsWith(
            "doc,start,end,type,original,replacement,accept,context,text_sha256\n"
                + "p01,41,57,PERSON,Denise Whitfield,[PERSON-1],yes,");

    CliRun apply = CliRun.in(study, "deidentify", "--apply", "deidentify/review.csv");
    assertThat(apply.exitCode()).as(apply.err()).isZero();
    assertThat(apply.out())
        .isEqualTo(
            "3 replacements made in 1 transcripts (0 rejected); 0"
                + " codings moved, 0 of them widened to cover a replacement; 3 new originals in"
                + " deidentify/key.csv\n");
    assertThat(Files.readString(study.resolve("transcripts/p01.txt")))
        .isEqualTo(
            "Interviewer: Who helps you?\n\n"
                + "P01: Mostly [PERSON-1]. You can reach [PERSON-1] at [PHONE-1].\n");
    assertThat(Files.readString(study.resolve("deidentify/key.csv")))
        .isEqualTo(
            "type,original,replacement\n"
                + "PERSON,Denise,[PERSON-1]\n"
                + "PERSON,Denise Whitfield,[PERSON-1]\n"
                + "PHONE,555-201-7788,[PHONE-1]\n");
  }

  @Test
  void refusesAMalformedSheetWithItsLineAndWritesNothing() throws Exception {
    Path study = study();
    Files.writeString(
        study.resolve("sheet.csv"),
        "doc,start,end,type,original,replacement,accept,context,text_sha256\n"
            + "p01,40,56,PERSON,Denise Whitfield,[PERSON-1],maybe,,x\n");
    byte[] before = Files.readAllBytes(study.resolve("transcripts/p01.txt"));
    CliRun run = CliRun.in(study, "deidentify", "--apply", "sheet.csv");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .isEqualTo(
            "tacit: sheet.csv:2: accept is \"maybe\"; write yes to"
                + " replace the original or no to keep it\n");
    assertThat(Files.readAllBytes(study.resolve("transcripts/p01.txt"))).isEqualTo(before);
    assertThat(study.resolve("deidentify/key.csv")).doesNotExist();
  }

  @Test
  void refusesAReplacementOverSeveralLinesAndAStaleOrMissingSheet() throws Exception {
    Path study = study();
    Files.writeString(
        study.resolve("sheet.csv"),
        "doc,start,end,type,original,replacement,accept,context,text_sha256\n"
            + "p01,41,57,PERSON,Denise Whitfield,\"A\nB\",yes,,x\n"
            + "p01,41,57,PERSON,Denise Whitfield,[PERSON-1],yes,,not-the-hash\n");
    CliRun run = CliRun.in(study, "deidentify", "--apply", "sheet.csv");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .isEqualTo(
            "tacit: sheet.csv:2: the replacement runs over more than one"
                + " line, which would change the transcript's turns; write it on one line\n");
    Files.writeString(
        study.resolve("sheet.csv"),
        "doc,start,end,type,original,replacement,accept,context,text_sha256\n"
            + "p01,41,57,PERSON,Denise Whitfield,[PERSON-1],yes,,not-the-hash\n");
    run = CliRun.in(study, "deidentify", "--apply", "sheet.csv");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .isEqualTo(
            "tacit: sheet.csv:2: transcript p01 has changed since this"
                + " sheet was written; write a new one with tacit deidentify --review and review that\n");
    assertThat(CliRun.in(study, "deidentify", "--apply", "nothing.csv").exitCode()).isEqualTo(3);
  }

  @Test
  void needsReviewOrApply() throws Exception {
    Path study = study();
    assertThat(CliRun.in(study, "deidentify").exitCode()).isEqualTo(2);
    assertThat(CliRun.in(study, "deidentify", "--review", "--apply", "x.csv").exitCode())
        .isEqualTo(2);
  }
}
