package io.tacit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import io.tacit.codebook.ChangelogEntry;
import io.tacit.codebook.Codebook;
import io.tacit.codebook.CodebookFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookStoreTest {
  private static final String CODEBOOK =
      """
      id: study
      title: Study
      version: 1.0.0
      source: Pilot
      codes:
        - id: barriers
          name: Barriers
          children:
            - id: cost
              name: Cost
        - id: helps
          name: Helps
      """;
  private static final String HEADER = "doc,start,end,code,memo,created\n";

  @TempDir Path tmp;
  private Project project;
  private CodebookStore store;

  @BeforeEach
  void init() throws IOException {
    Files.writeString(tmp.resolve("cb.yaml"), CODEBOOK);
    project =
        ProjectInitializer.init(tmp.resolve("study"), "Study", tmp.resolve("cb.yaml").toString());
    store =
        new CodebookStore(
            project, Clock.fixed(Instant.parse("2026-03-14T09:26:53Z"), ZoneOffset.UTC));
  }

  private Path coding(String coder, String rows) throws IOException {
    Path f = project.resolve("coding/" + coder + ".csv");
    Files.writeString(f, HEADER + rows);
    return f;
  }

  @Test
  void countsCodingsPerCodeAndCoder() throws IOException {
    coding("lead", "p01,0,5,cost,,t\np01,6,9,cost,,t\np02,0,5,helps,,t\n");
    coding("second", "p01,0,5,cost,,t\n");
    CodeUsage usage = store.usage();
    assertThat(usage.coders()).containsExactly("lead", "second");
    assertThat(usage.total("cost")).isEqualTo(3);
    assertThat(usage.byCoder("cost")).isEqualTo(Map.of("lead", 2, "second", 1));
    assertThat(usage.total("barriers")).isZero();
  }

  @Test
  void mergeRecodesEveryCoderAfterABackupAndKeepsRowsSortedAndUnique() throws IOException {
    String original =
        "p01,100,120,cost,,2026-01-03T00:00:00Z\n"
            + "p01,0,10,barriers,first,2026-01-02T00:00:00Z\n"
            + "p01,20,30,cost,\"memo, with comma\",2026-01-01T00:00:00Z\n"
            + "p01,0,10,cost,second,2026-01-01T00:00:00Z\n"
            + "p00,5,9,helps,,2026-01-01T00:00:00Z\n";
    Path lead = coding("lead", original);
    Path second = coding("second", "p01,0,5,helps,,t\n");
    String secondBefore = Files.readString(second);

    CodebookStore.MergeOutcome outcome = store.merge("cost", "barriers", "same idea");

    assertThat(lead)
        .hasContent(
            HEADER
                + "p00,5,9,helps,,2026-01-01T00:00:00Z\n"
                + "p01,0,10,barriers,second | first,2026-01-01T00:00:00Z\n"
                + "p01,20,30,barriers,\"memo, with comma\",2026-01-01T00:00:00Z\n"
                + "p01,100,120,barriers,,2026-01-03T00:00:00Z");
    assertThat(second).hasContent(secondBefore.strip());
    assertThat(outcome.recoded()).isEqualTo(Map.of("lead", 3));
    Path backup = project.resolve(".tacit/backup/20260314T092653Z/coding/lead.csv");
    assertThat(outcome.backups()).containsExactly(backup);
    assertThat(backup).hasContent((HEADER + original).strip());
    assertThat(project.resolve(".tacit/backup/20260314T092653Z/coding/second.csv")).doesNotExist();

    Codebook saved = store.load();
    assertThat(saved.contains("cost")).isFalse();
    ChangelogEntry entry = saved.changelog().get(0);
    assertThat(entry.detail())
        .isEqualTo(
            "from \"Barriers > Cost\" into \"Barriers\"; codings"
                + " recoded: lead 3 (1 now the same as another, kept once)");
    assertThat(entry.reason()).isEqualTo("same idea");
    assertThat(entry.date()).isEqualTo("2026-03-14T09:26:53Z");
  }

  @Test
  void mergeKeepsWindowsLineEndsAndRefusesRowsThatAreNotNumbers() throws IOException {
    Path lead = project.resolve("coding/lead.csv");
    Files.writeString(lead, HEADER.replace("\n", "\r\n") + "p01,0,5,cost,,t\r\n");
    store.merge("cost", "helps", "");
    assertThat(Files.readString(lead))
        .isEqualTo(HEADER.replace("\n", "\r\n") + "p01,0,5,helps,,t\r\n");
    coding("other", "p01,x,5,helps,,t\n");
    byte[] before = Files.readAllBytes(store.file());
    assertThatThrownBy(() -> store.merge("helps", "barriers", ""))
        .isInstanceOf(BadInputException.class)
        .hasMessage("coding/other.csv:2: start \"x\" is not a whole number; fix the row");
    assertThat(store.file()).hasBinaryContent(before);
  }

  @Test
  void removeIsRefusedWhileACodingUsesTheCodeOrItsChildren() throws IOException {
    coding("lead", "p01,0,5,cost,,t\np01,6,9,cost,,t\n");
    coding("second", "p01,0,5,cost,,t\n");
    assertThatThrownBy(() -> store.remove("barriers", ""))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "code \"barriers\" or one of its sub-codes is used by 3 coding(s) (2 in"
                + " coding/lead.csv, 1 in coding/second.csv); merge it into another code (tacit"
                + " codebook merge barriers OTHER) or remove those codings first");
    assertThat(store.load().contains("cost")).isTrue();
    Files.delete(project.resolve("coding/lead.csv"));
    Files.delete(project.resolve("coding/second.csv"));
    assertThat(store.remove("barriers", "not needed").all()).hasSize(1);
  }

  @Test
  void importWithoutMergeIsRefusedWhileCodingsUseCodesItLacks() throws IOException {
    coding("lead", "p01,0,5,cost,,t\n");
    Codebook incoming =
        CodebookFormat.CSV
            .read(
                "new.csv", "id,name\nhelps,Helps\n".getBytes(StandardCharsets.UTF_8), store.load())
            .orThrow();
    assertThatThrownBy(() -> store.importCodebook(incoming, false, "new.csv", ""))
        .hasMessage(
            "new.csv: codes \"cost\" are used by codings (1 in coding/lead.csv) but"
                + " missing from this file; add them to it, import with --merge to keep them, or"
                + " merge them into other codes first");
    Codebook merged = store.importCodebook(incoming, true, "new.csv", "");
    assertThat(merged.all()).hasSize(3);
  }

  @Test
  void anUpdateThatChangesNothingWritesNothing() throws IOException {
    byte[] before = Files.readAllBytes(store.file());
    store.update(cb -> store.editor().rename(cb, "cost", "Cost", ""));
    assertThat(store.file()).hasBinaryContent(before);
  }

  @Test
  void editsKeepTheCommentsOfTheTemplate() throws IOException {
    String template;
    try (var in =
        CodebookStoreTest.class.getResourceAsStream("/io/tacit/codebooks/template.yaml")) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.writeString(tmp.resolve("template.yaml"), template);
    Project p =
        ProjectInitializer.init(tmp.resolve("t"), "T", tmp.resolve("template.yaml").toString());
    CodebookStore codebook =
        new CodebookStore(p, Clock.fixed(Instant.parse("2026-03-14T09:26:53Z"), ZoneOffset.UTC));
    Codebook renamed =
        codebook.update(cb -> codebook.editor().rename(cb, "barriers-cost", "Costs", "plural"));
    String written = Files.readString(codebook.file());
    assertThat(comments(written)).isEqualTo(comments(template)).hasSizeGreaterThan(30);
    assertThat(written)
        .contains(
            "\n    # name: Title Case; unique among its siblings. This is"
                + " what coders see.\n    name: Barriers to Care\n")
        .contains("    name: Costs\n");
    assertThat(codebook.load()).isEqualTo(renamed);
  }

  private static java.util.List<String> comments(String yaml) {
    return yaml.lines().map(String::strip).filter(l -> l.startsWith("#")).toList();
  }
}
