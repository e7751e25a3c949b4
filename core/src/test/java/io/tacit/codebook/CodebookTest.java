package io.tacit.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodebookTest {
  private final Codebook cb = Fixtures.small();

  @Test
  void walksTheTreeParentsBeforeChildren() {
    assertThat(cb.all())
        .extracting(Code::id)
        .containsExactly("barriers", "barriers-cost", "barriers-cost-insurance", "facilitators");
    assertThat(cb.byId().keySet())
        .containsExactly("barriers", "barriers-cost", "barriers-cost-insurance", "facilitators");
  }

  @Test
  void knowsEachCodesParentPathAndDepth() {
    assertThat(cb.parentOf("barriers-cost-insurance")).map(Code::id).contains("barriers-cost");
    assertThat(cb.parentOf("barriers")).isEmpty();
    assertThat(cb.path("barriers-cost-insurance")).isEqualTo("Barriers to Care > Cost > Insurance");
    assertThat(cb.depth("barriers-cost-insurance")).isEqualTo(2);
    assertThat(cb.depth("facilitators")).isZero();
    assertThat(cb.subtreeIds("barriers-cost"))
        .containsExactly("barriers-cost", "barriers-cost-insurance");
    assertThat(cb.subtreeIds("nothing")).isEmpty();
  }

  @Test
  void requireCodeNamesTheUnknownCodeThePlaceAndTheFix() {
    assertThat(cb.requireCode("facilitators", "coding/lead.csv:2").name())
        .isEqualTo("Facilitators of Care");
    assertThatThrownBy(() -> cb.requireCode("care-plan", "coding/lead.csv:14"))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "coding/lead.csv:14: unknown code \"care-plan\": the codebook has no code with"
                + " this id; add it (tacit codebook add care-plan --name \"...\") or correct the code");
  }

  @Test
  void refusesDuplicateIdsAnywhereInTheTree() {
    Code child = Code.of("a", "Child");
    assertThatThrownBy(
            () ->
                new Codebook(
                    "cb",
                    "t",
                    "1",
                    "s",
                    "",
                    List.of(
                        Code.of("a", "Top"), Code.of("b", "Other").withChildren(List.of(child))),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"a\" is used twice");
  }

  @Test
  void refusesSiblingsWhoseNamesDifferOnlyInCase() {
    assertThatThrownBy(
            () ->
                Code.of("p", "Parent")
                    .withChildren(List.of(Code.of("a", "Cost"), Code.of("b", "cost "))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same name");
  }

  @Test
  void refusesIdsAndColoursThatBreakTheRules() {
    assertThatThrownBy(() -> Code.of("Bad Id", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Code("a", "A", "", "", "", "", List.of(), List.of(), "red", null, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
