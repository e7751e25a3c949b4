package io.tacit.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import io.tacit.project.Project;
import io.tacit.transcript.UnitType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitSearchTest {
  @TempDir Path tmp;
  private Project project;

  @BeforeEach
  void study() {
    project = StudyFixture.create(tmp);
  }

  private SearchResult search(String query) {
    return search(new SearchRequest(query, UnitType.TURN, false, null, null, Map.of(), 0));
  }

  private SearchResult search(SearchRequest request) {
    try (UnitSearch s = project.index().open()) {
      return s.search(request);
    }
  }

  private static List<String> units(SearchResult r) {
    return r.hits().stream().map(h -> h.unit().toString()).toList();
  }

  private static SearchRequest filtered(
      String query,
      @Nullable String code,
      @Nullable String coder,
      Map<String, List<String>> where) {
    return new SearchRequest(query, UnitType.TURN, false, code, coder, where, 0);
  }

  @Test
  void stemmingFindsEveryFormOfAWord() {
    assertThat(units(search("appointment"))).containsExactlyInAnyOrder("p01:t2", "p02:t2");
    assertThat(units(search("appointments"))).containsExactlyInAnyOrder("p01:t2", "p02:t2");
    assertThat(units(search("coordinate"))).containsExactlyInAnyOrder("p01:t2", "p01:t4");
    assertThat(units(search("coordination"))).containsExactlyInAnyOrder("p01:t2", "p01:t4");
  }

  @Test
  void interviewerUnitsOnlyWhenAsked() {
    SearchRequest withInterviewer =
        new SearchRequest("appointments", UnitType.TURN, true, null, null, Map.of(), 0);
    assertThat(units(search(withInterviewer))).contains("p02:t1");
    assertThat(
            search(withInterviewer).hits().stream()
                .filter(h -> h.unit().toString().equals("p02:t1"))
                .findFirst()
                .orElseThrow()
                .role()
                .label())
        .isEqualTo("interviewer");
  }

  @Test
  void phrasesMatchWordsInOrderAndExactPhrasesAreUnstemmed() {
    assertThat(units(search("\"care plan\""))).containsExactlyInAnyOrder("p01:t2", "p02:t4");
    assertThat(units(search("\"care plans\""))).containsExactlyInAnyOrder("p01:t2", "p02:t4");
    assertThat(units(search("exact:\"care plans\""))).isEmpty();
    assertThat(units(search("exact:\"the care plan\""))).containsExactly("p01:t2");
    assertThat(units(search("\"plan care\""))).isEmpty();
  }

  @Test
  void booleanOperatorsAndWildcards() {
    assertThat(units(search("plan AND NOT chart"))).containsExactly("p01:t2");
    assertThat(units(search("bus OR peers"))).containsExactlyInAnyOrder("p01:t4", "p02:t2");
    assertThat(units(search("+plan +chart"))).containsExactly("p02:t4");
    assertThat(units(search("coordinat*"))).containsExactlyInAnyOrder("p01:t2", "p01:t4");
    assertThat(units(search("speaker:P02 AND bus"))).containsExactly("p02:t2");
  }

  @Test
  void sentencesAreUnitsToo() {
    SearchRequest r = new SearchRequest("bus", UnitType.SENTENCE, false, null, null, Map.of(), 0);
    SearchResult result = search(r);
    assertThat(result.hits()).hasSize(1);
    assertThat(result.hits().get(0).text()).isEqualTo("We rode the bus to the clinic.");
  }

  @Test
  void matchesAreHighlightedWithMarkers() {
    Hit hit =
        search("appointment").hits().stream()
            .filter(h -> h.unit().toString().equals("p01:t2"))
            .findFirst()
            .orElseThrow();
    assertThat(hit.marked("**", "**"))
        .isEqualTo(
            "I coordinate **appointments** for my clients. The care plan is shared with the team.");
    Hit phrase = search("\"care plan\" OR team").hits().get(0);
    assertThat(phrase.marked("[[", "]]"))
        .isEqualTo(
            "I coordinate appointments for my clients. The [[care plan]] is shared with the [[team]].");
  }

  @Test
  void attributeFiltersNarrowTheHits() {
    assertThat(units(search(filtered("plan", null, null, Map.of("group", List.of("PSS"))))))
        .containsExactly("p02:t4");
    assertThat(
            units(
                search(
                    filtered(
                        "plan", null, null, Map.of("site", List.of("Riverside", "northgate"))))))
        .hasSize(2);
    assertThat(units(search("plan AND attr_role:\"case manager\""))).containsExactly("p01:t2");
  }

  @Test
  void unknownAttributeNamesTheKnownOnes() {
    assertThatThrownBy(() -> search(filtered("plan", null, null, Map.of("grp", List.of("PSS")))))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("unknown participant attribute \"grp\"")
        .hasMessageContaining("role, group, site");
    assertThatThrownBy(
            () -> search(filtered("plan", null, null, Map.of("site", List.of("Nowhere")))))
        .hasMessageContaining("no participant has site \"Nowhere\"")
        .hasMessageContaining("Northgate, Riverside");
    assertThatThrownBy(() -> search("group:PSS"))
        .hasMessageContaining("unknown field \"group\"")
        .hasMessageContaining("attr_group");
  }

  @Test
  void codeAndCoderFiltersUseCodingsThatOverlapTheUnit() {
    // p01:t2 is "I coordinate appointments ..." at 47-130; a coding of 50-60 overlaps it only.
    StudyFixture.coding(
        project,
        "lead",
        "p01,50,60,scheduling,,2024-01-01T00:00:00Z\n"
            + "p02,0,500,care-plan,,2024-01-01T00:00:00Z\n");
    StudyFixture.coding(project, "second", "p01,50,60,care-plan,,2024-01-01T00:00:00Z\n");
    assertThat(units(search(filtered("*:*", "scheduling", null, Map.of()))))
        .containsExactly("p01:t2");
    assertThat(units(search(filtered("*:*", "care-plan", null, Map.of()))))
        .containsExactly("p01:t2", "p02:t2", "p02:t4");
    assertThat(units(search(filtered("*:*", "care-plan", "lead", Map.of()))))
        .containsExactly("p02:t2", "p02:t4");
    assertThat(units(search(filtered("*:*", null, "second", Map.of())))).containsExactly("p01:t2");
    assertThat(units(search("code_second:care-plan"))).containsExactly("p01:t2");
  }

  @Test
  void tiesComeInUnitOrderAndRunsAreIdentical() {
    SearchResult first = search(filtered("*:*", null, null, Map.of()));
    assertThat(units(first)).containsExactly("p01:t2", "p01:t4", "p02:t2", "p02:t4");
    assertThat(search("plan OR appointment OR coordinate"))
        .isEqualTo(search("plan OR appointment OR coordinate"));
  }

  @Test
  void limitKeepsTheBestAndCountsAll() {
    SearchResult r =
        search(
            new SearchRequest(
                "plan OR appointment", UnitType.TURN, false, null, null, Map.of(), 1));
    assertThat(r.hits()).hasSize(1);
    assertThat(r.total()).isEqualTo(3);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      "care plan          | unbalanced quote in the query: "care plan
      *care               | a word cannot start with * or ?
      care AND            | the query ends too early: care AND
      (care OR plan       | unbalanced parenthesis in the query: (care OR plan
      care)               | the ) at character 5 closes nothing
      AND care            | AND, OR and NOT need a word on each side
      care^               | ^ and ~ take a number
      '   '               | the query is empty
      a OR OR b           | AND, OR and NOT need a word on each side
      care +              | the query ends too early: care +
      speaker:            | the query ends too early: speaker:
      [a TO               | unfinished range in the query: [a TO
      /care               | a / starts a regular expression that is never closed
      site:riverside      | unknown field "site" in the query
      attr_colour:red     | unknown participant attribute "colour"
      """)
  void malformedQueriesAreExplained(String query, String message) {
    assertThatThrownBy(() -> search(query))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining(message);
  }

  @Test
  void keywordInContextAlignsOnEachMatch() {
    List<KwicLine> lines = Kwic.lines(search("plan").hits(), 10);
    assertThat(lines).extracting(KwicLine::match).containsExactly("plan", "plan", "plan");
    assertThat(lines.get(0).left()).isEqualTo(" The care ");
    assertThat(lines.get(0).right()).isEqualTo(" is shared");
    assertThat(lines)
        .extracting(l -> l.unit().toString())
        .containsExactly("p01:t2", "p02:t4", "p02:t4");
  }
}
