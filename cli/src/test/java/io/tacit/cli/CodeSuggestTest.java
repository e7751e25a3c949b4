package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeSuggestTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  @TempDir Path tmp;
  private Path study;

  @BeforeEach
  void study() {
    study = CodingStudy.create(tmp);
  }

  private CliRun run(String... args) {
    return CliRun.in(study, args);
  }

  private JsonNode codings(String coder) throws IOException {
    return JSON.readTree(run("code", "list", "--coder", coder, "--format", "json").out());
  }

  @Test
  void findsTheUnitsACodesTermsDescribeAndAcceptMovesThem() throws IOException {
    CliRun suggest = run("code", "suggest", "--codes", "transport", "--format", "json");
    assertThat(suggest.exitCode()).as(suggest.err()).isZero();
    JsonNode found = JSON.readTree(suggest.out());
    assertThat(found)
        .extracting(n -> n.get("unit").asText())
        .containsExactlyInAnyOrder("p01:t2", "p01:t6", "p02:t2");
    assertThat(found.get(0).fieldNames())
        .toIterable()
        .containsExactly("unit", "doc", "start", "end", "code", "score", "terms");
    assertThat(suggest.err()).startsWith("3 suggestion(s) for 1 code(s) in coding/auto.csv.");
    assertThat(codings("auto"))
        .allSatisfy(c -> assertThat(c.get("memo").asText()).startsWith("suggested: score "));
    assertThat(study.resolve("coding/lead.csv")).doesNotExist();

    CliRun accept = run("code", "accept", "--from", "auto", "--coder", "lead", "--units", "p01");
    assertThat(accept.exitCode()).as(accept.err()).isZero();
    assertThat(accept.err())
        .isEqualTo(
            "Accepted 2 suggestion(s) into coding/lead.csv and"
                + " removed them from coding/auto.csv.\n");
    assertThat(codings("lead"))
        .extracting(c -> c.get("doc").asText() + ":" + c.get("start") + "-" + c.get("end"))
        .containsExactly("p01:55-115", "p01:241-286");
    assertThat(codings("lead"))
        .allSatisfy(c -> assertThat(c.get("memo").asText()).startsWith("accepted: score "));
    assertThat(codings("auto")).extracting(c -> c.get("doc").asText()).containsExactly("p02");

    CliRun rest = run("code", "accept", "--coder", "lead");
    assertThat(rest.err()).startsWith("Accepted 1 suggestion(s)");
    assertThat(codings("auto")).isEmpty();
    assertThat(codings("lead")).hasSize(3);

    CliRun again = run("code", "suggest", "--codes", "transport", "--format", "json");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(JSON.readTree(again.out())).isEmpty();
    assertThat(again.err())
        .startsWith(
            "0 suggestion(s) for 1 code(s) in coding/auto.csv; 3"
                + " match(es) a coder already accepted are not suggested again.");
    assertThat(codings("auto")).isEmpty();
  }

  @Test
  void rerunningReplacesTheSuggestionsForThoseCodes() throws IOException {
    run("code", "suggest");
    assertThat(codings("auto")).hasSize(5);
    CliRun again = run("code", "suggest", "--codes", "care-plan,housing", "--limit", "1");
    assertThat(again.err())
        .contains("warning: no search terms, so no suggestions, for housing")
        .contains("1 suggestion(s) for 2 code(s) in coding/auto.csv, replacing 2 earlier one(s)");
    assertThat(codings("auto"))
        .extracting(c -> c.get("code").asText())
        .containsExactly("transport", "transport", "transport", "care-plan");
  }

  @Test
  void refusesAPersonsCoderUnlessForcedAndSaysWhy() throws IOException {
    run("code", "add", "--coder", "lead", "--code", "housing", "p02:t2");
    byte[] before = Files.readAllBytes(study.resolve("coding/lead.csv"));
    CliRun refused = run("code", "suggest", "--coder", "lead");
    assertThat(refused.exitCode()).isEqualTo(3);
    assertThat(refused.err())
        .startsWith(
            "tacit: --coder lead: lead codes by hand"
                + " (coding/lead.csv has codings that are not suggestions), and suggestions never go"
                + " into such a coder's file unasked;");
    assertThat(study.resolve("coding/lead.csv")).hasBinaryContent(before);

    run("code", "lead", "second");
    assertThat(run("code", "suggest", "--coder", "second").err())
        .contains("second is the lead" + " coder in tacit.yaml");
    assertThat(study.resolve("coding/second.csv")).doesNotExist();

    CliRun forced = run("code", "suggest", "--coder", "lead", "--force", "--codes", "transport");
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(codings("lead")).hasSize(4);
  }

  @Test
  void acceptNeedsSuggestionsToAccept() {
    CliRun r = run("code", "accept", "--coder", "lead");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err())
        .isEqualTo(
            "tacit: --from auto: there is no coder auto (no"
                + " coding/auto.csv); run `tacit code suggest` first\n");
  }
}
