package io.tacit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import io.tacit.coding.Coding;
import io.tacit.coding.Suggestion;
import io.tacit.text.Span;
import io.tacit.transcript.UnitType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionsTest {
  @TempDir Path tmp;
  private Project project;

  @BeforeEach
  void study() {
    project = CodingFixture.create(tmp);
  }

  private List<String> units(String coder) {
    return project.codings().load(coder).stream()
        .map(c -> c.doc() + ":" + c.span() + " " + c.code())
        .toList();
  }

  @Test
  void aCodesTermsFindTheUnitsThatMentionThem() {
    Suggestions.Run run =
        project.suggestions().suggest("auto", List.of("transport"), UnitType.TURN, 0, 0, false);
    assertThat(run.suggestions())
        .extracting(s -> s.unit().toString())
        .containsExactlyInAnyOrder("p01:t2", "p01:t6", "p02:t2");
    Suggestion best = run.suggestions().get(0);
    assertThat(best.unit()).hasToString("p01:t2");
    assertThat(best.terms()).containsExactly("bus", "ride");
    assertThat(units("auto"))
        .containsExactly("p01:55-115 transport", "p01:241-286 transport", "p02:44-111 transport");
    assertThat(project.codings().load("auto").get(0).memo())
        .matches("suggested: score [0-9]+\\.[0-9]{3}; terms: bus \\| ride");
  }

  @Test
  void runningAgainReplacesThatCodesSuggestionsOnly() {
    Suggestions s = project.suggestions();
    s.suggest("auto", List.of(), UnitType.TURN, 0, 0, false);
    assertThat(units("auto")).hasSize(5);
    Suggestions.Run again =
        s.suggest("auto", List.of("care-plan", "housing"), UnitType.TURN, 0, 1, false);
    assertThat(again.withoutTerms()).containsExactly("housing");
    assertThat(again.replaced()).isEqualTo(2);
    assertThat(units("auto")).filteredOn(u -> u.endsWith("care-plan")).hasSize(1);
    assertThat(units("auto")).filteredOn(u -> u.endsWith("transport")).hasSize(3);
  }

  @Test
  void acceptMovesSuggestionsIntoTheCodersFile() {
    Suggestions s = project.suggestions();
    s.suggest("auto", List.of(), UnitType.TURN, 0, 0, false);
    CodingStore.Transfer t =
        s.accept("auto", "lead", "transport", List.of("p01"), OptionalDouble.empty());
    assertThat(t).isEqualTo(new CodingStore.Transfer(2, 0));
    assertThat(units("lead")).containsExactly("p01:55-115 transport", "p01:241-286 transport");
    assertThat(project.codings().load("lead"))
        .allSatisfy(c -> assertThat(c.memo()).startsWith("accepted: score "));
    assertThat(units("auto"))
        .containsExactly("p01:155-205 care-plan", "p02:44-111 transport", "p02:158-187 care-plan");
    t = s.accept("auto", "lead", null, List.of("p02:t2"), OptionalDouble.of(1e9));
    assertThat(t.moved()).isZero();
  }

  @Test
  void neverWritesIntoAPersonsFileUnlessForced() {
    project
        .codings()
        .add(
            "lead",
            List.of(
                new Coding(
                    "lead",
                    "p01",
                    Span.of(55, 115),
                    "transport",
                    "mine",
                    Instant.parse("2026-01-01T00:00:00Z"))));
    assertThatThrownBy(
            () -> project.suggestions().suggest("lead", List.of(), UnitType.TURN, 0, 0, false))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(
            "--coder lead: lead codes by hand (coding/lead.csv has codings"
                + " that are not suggestions)");
    project.suggestions().suggest("lead", List.of("transport"), UnitType.TURN, 0, 0, true);
    List<Coding> lead = project.codings().load("lead");
    assertThat(lead).hasSize(3);
    assertThat(lead.get(0).memo()).isEqualTo("mine");
    assertThat(lead.subList(1, 3)).allSatisfy(c -> assertThat(c.memo()).startsWith("suggested: "));
  }
}
