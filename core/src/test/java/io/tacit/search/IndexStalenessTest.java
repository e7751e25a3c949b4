package io.tacit.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tacit.project.Project;
import io.tacit.transcript.UnitType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexStalenessTest {
  @TempDir Path tmp;
  private Project project;

  @BeforeEach
  void study() {
    project = StudyFixture.create(tmp);
  }

  private List<String> units(String query) {
    try (UnitSearch s = project.index().open()) {
      return s.search(SearchRequest.of(query, UnitType.TURN)).hits().stream()
          .map(h -> h.unit().toString())
          .toList();
    }
  }

  @Test
  void firstUseBuildsThenNothingIsRedone() {
    IndexReport first = project.index().refresh(false);
    assertThat(first.action()).isEqualTo(IndexReport.Action.REBUILT);
    assertThat(first.transcripts()).isEqualTo(2);
    // 4 turns and 8 sentences in each transcript.
    assertThat(first.units())
        .isEqualTo(
            project.transcripts().loadAll().stream()
                .mapToInt(t -> t.turns().size() + t.sentences().size())
                .sum());
    IndexReport second = project.index().refresh(false);
    assertThat(second.action()).isEqualTo(IndexReport.Action.CURRENT);
    assertThat(second.units()).isEqualTo(first.units());
  }

  @Test
  void aNewlyImportedTranscriptIsFoundAtOnce() {
    assertThat(units("pharmacy")).isEmpty();
    StudyFixture.importText(
        project, tmp, "p03", "Interviewer: Hi.\n\nP03: The pharmacy called me.\n");
    assertThat(units("pharmacy")).containsExactly("p03:t2");
    IndexReport report = project.index().refresh(false);
    assertThat(report.action()).isEqualTo(IndexReport.Action.CURRENT);
  }

  @Test
  void onlyChangedTranscriptsAreReindexed() {
    project.index().refresh(false);
    StudyFixture.coding(project, "lead", "p02,0,10,care-plan,,2024-01-01T00:00:00Z\n");
    IndexReport report = project.index().refresh(false);
    assertThat(report.action()).isEqualTo(IndexReport.Action.UPDATED);
    assertThat(report.reindexed()).containsExactly("p02");
  }

  @Test
  void newParticipantAttributesRebuildEverything() {
    project.index().refresh(false);
    StudyFixture.participants(
        project, "id,role,group,site,mode\np01,case manager,MHP,Riverside,phone\n");
    assertThat(project.index().refresh(false).action()).isEqualTo(IndexReport.Action.REBUILT);
    try (UnitSearch s = project.index().open()) {
      assertThat(s.attributes()).containsExactly("role", "group", "site", "mode");
    }
  }

  @Test
  void deletingTheDerivedFolderLosesNothing() throws IOException {
    List<String> before = units("plan OR coordinate");
    try (Stream<Path> files = Files.walk(project.derivedDir())) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    assertThat(units("plan OR coordinate")).isEqualTo(before);
  }

  @Test
  void anUpdatedIndexScoresExactlyAsARebuiltOne() {
    project.index().refresh(false);
    StudyFixture.importText(
        project, tmp, "p03", "Interviewer: Hi.\n\nP03: The plan was a care plan.\n");
    StudyFixture.coding(project, "lead", "p01,0,10,care-plan,,2024-01-01T00:00:00Z\n");
    SearchResult updated;
    try (UnitSearch s = project.index().open()) {
      updated = s.search(SearchRequest.of("plan OR care OR coordinate", UnitType.TURN));
    }
    project.index().refresh(true);
    try (UnitSearch s = project.index().open()) {
      assertThat(s.search(SearchRequest.of("plan OR care OR coordinate", UnitType.TURN)))
          .isEqualTo(updated);
    }
  }

  @Test
  void aCorruptIndexIsRebuilt() throws IOException {
    project.index().refresh(false);
    Path index = project.derivedDir().resolve("index");
    try (Stream<Path> files = Files.list(index)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
        Files.writeString(f, "garbage");
      }
    }
    assertThat(project.index().refresh(false).action()).isEqualTo(IndexReport.Action.REBUILT);
    assertThat(units("bus")).containsExactly("p02:t2");
  }
}
