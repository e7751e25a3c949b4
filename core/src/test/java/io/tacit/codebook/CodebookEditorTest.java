package io.tacit.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import io.tacit.codebook.ChangelogEntry.Action;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CodebookEditorTest {
  private final CodebookEditor editor =
      new CodebookEditor(Clock.fixed(Instant.parse("2026-03-14T09:26:53.250Z"), ZoneOffset.UTC));
  private final Codebook cb = Fixtures.small();

  private static NewCode newCode(String id, String name, @Nullable String parent) {
    return new NewCode(
        id,
        name,
        parent,
        "",
        "A definition",
        "",
        "",
        List.of("An example"),
        List.of("term*"),
        "#123ABC");
  }

  @Test
  void addPutsTheCodeUnderItsParentAndLogsIt() {
    Codebook after = editor.add(cb, newCode("transport", "Transport", "barriers"), "pilot 4");
    assertThat(after.find("barriers").orElseThrow().children())
        .extracting(Code::id)
        .containsExactly("barriers-cost", "transport");
    assertThat(after.changelog())
        .containsExactly(
            new ChangelogEntry(
                "2026-03-14T09:26:53Z",
                Action.ADD,
                "transport",
                "path \"Barriers to Care > Transport\"",
                "pilot 4"));
    assertThat(cb.contains("transport")).as("the input is untouched").isFalse();
  }

  @Test
  void addRefusesTakenIdsUnknownParentsClashingNamesAndBadColours() {
    assertThatThrownBy(() -> editor.add(cb, newCode("barriers-cost", "X", null), ""))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("already has a code");
    assertThatThrownBy(() -> editor.add(cb, newCode("x", "X", "nope"), ""))
        .hasMessageContaining("has no code \"nope\"");
    assertThatThrownBy(() -> editor.add(cb, newCode("x", "cost", "barriers"), ""))
        .hasMessageContaining("is already named \"Cost\"");
    assertThatThrownBy(() -> editor.add(cb, newCode("Bad", "X", null), ""))
        .hasMessageContaining("code id \"Bad\" is not allowed");
    assertThatThrownBy(
            () ->
                editor.add(
                    cb,
                    new NewCode("x", "X", null, "", "", "", "", List.of(), List.of(), "blue"),
                    ""))
        .hasMessageContaining("\"blue\" is not #RRGGBB");
  }

  @Test
  void renameChangesTheNameNeverTheId() {
    Codebook after = editor.rename(cb, "barriers-cost", "Money", "clearer");
    assertThat(after.find("barriers-cost").orElseThrow().name()).isEqualTo("Money");
    assertThat(after.changelog().get(0).detail()).isEqualTo("name \"Cost\" -> \"Money\"");
    assertThat(editor.rename(cb, "barriers-cost", "Cost", "")).isSameAs(cb);
    assertThatThrownBy(() -> editor.rename(cb, "barriers", "facilitators of care", ""))
        .hasMessageContaining("already named");
  }

  @Test
  void moveTakesTheSubtreeAlongAndRefusesCycles() {
    Codebook after = editor.move(cb, "barriers-cost", "facilitators", "");
    assertThat(after.path("barriers-cost-insurance"))
        .isEqualTo("Facilitators of Care > Cost > Insurance");
    assertThat(after.changelog().get(0).detail())
        .isEqualTo("from \"Barriers to Care > Cost\" to" + " \"Facilitators of Care > Cost\"");
    assertThat(editor.move(cb, "barriers-cost-insurance", null, "").codes())
        .extracting(Code::id)
        .containsExactly("barriers", "facilitators", "barriers-cost-insurance");
    assertThat(editor.move(cb, "barriers-cost", "barriers", "")).isSameAs(cb);
    assertThatThrownBy(() -> editor.move(cb, "barriers", "barriers-cost-insurance", ""))
        .hasMessage(
            "cannot move \"barriers\" under \"barriers-cost-insurance\", which is inside"
                + " it; move \"barriers-cost-insurance\" out first");
    assertThatThrownBy(() -> editor.move(cb, "barriers", "barriers", ""))
        .hasMessage("a code cannot be its own parent");
  }

  @Test
  void mergeMovesChildrenExamplesAndTermsAndRemovesTheSource() {
    Codebook after = editor.merge(cb, "barriers-cost", "facilitators", "overlap", "note");
    assertThat(after.contains("barriers-cost")).isFalse();
    Code into = after.find("facilitators").orElseThrow();
    assertThat(into.children()).extracting(Code::id).containsExactly("barriers-cost-insurance");
    assertThat(into.terms()).containsExactly("help*", "remind*", "cost*", "afford*");
    assertThat(into.examples()).hasSize(2);
    assertThat(after.changelog().get(0))
        .extracting(ChangelogEntry::action, ChangelogEntry::code, ChangelogEntry::detail)
        .containsExactly(
            Action.MERGE,
            "barriers-cost",
            "from \"Barriers to Care > Cost\" into \"Facilitators of Care\"; 1"
                + " sub-code(s) moved; note");
    assertThatThrownBy(() -> editor.merge(cb, "barriers", "barriers-cost", "", ""))
        .hasMessageContaining("which is inside it");
    assertThatThrownBy(() -> editor.merge(cb, "barriers", "barriers", "", ""))
        .hasMessageContaining("into itself");
  }

  @Test
  void mergeIntoTheParentLeavesNoTraceOfTheChild() {
    Codebook after = editor.merge(cb, "barriers-cost", "barriers", "", "");
    assertThat(after.all())
        .extracting(Code::id)
        .containsExactly("barriers", "barriers-cost-insurance", "facilitators");
    assertThat(after.path("barriers-cost-insurance")).isEqualTo("Barriers to Care > Insurance");
  }

  @Test
  void removeTakesTheSubtree() {
    Codebook after = editor.remove(cb, "barriers-cost", "");
    assertThat(after.all()).extracting(Code::id).containsExactly("barriers", "facilitators");
    assertThat(after.changelog().get(0).detail())
        .isEqualTo("path \"Barriers to Care > Cost\" and 1 sub-code(s)");
  }

  @Test
  void importReplacesOrMergesAndCountsWhatChanged() {
    Code updated = Code.of("facilitators", "Helps");
    Codebook incoming = cb.withCodes(List.of(updated, Code.of("new-one", "New")));
    Codebook replaced = editor.importCodebook(cb, incoming, false, "in.csv", "");
    assertThat(replaced.all()).extracting(Code::id).containsExactly("facilitators", "new-one");
    assertThat(replaced.changelog().get(0).detail())
        .isEqualTo("replaced: 1 added, 1 updated, 3 removed");
    Codebook merged = editor.importCodebook(cb, incoming, true, "in.csv", "");
    assertThat(merged.all())
        .extracting(Code::id)
        .containsExactly(
            "barriers", "barriers-cost", "barriers-cost-insurance", "facilitators", "new-one");
    assertThat(merged.find("facilitators").orElseThrow().name()).isEqualTo("Helps");
    assertThat(merged.changelog().get(0).detail())
        .isEqualTo("merged: 1 added, 1 updated, 0 removed");
    assertThat(CodebookEditor.droppedBy(cb, incoming))
        .containsExactly("barriers", "barriers-cost", "barriers-cost-insurance");
  }
}
