package io.tacit.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ParticipantTableTest {
  private static Participant participant(String id) {
    return new Participant(id, Map.of("role", "role of " + id));
  }

  @Test
  void findsEachParticipantByIdAndNoneForAnUnknownId() {
    ParticipantTable table =
        new ParticipantTable(
            List.of("role"), List.of(participant("p10"), participant("p02"), participant("p1")));
    assertThat(table.find("p02")).contains(participant("p02"));
    assertThat(table.find("p1")).contains(participant("p1"));
    assertThat(table.find("p10")).contains(participant("p10"));
    assertThat(table.find("p03")).isEmpty();
    assertThat(table.find("")).isEmpty();
    assertThat(ParticipantTable.empty().find("p1")).isEmpty();
  }

  @Property
  void findAgreesWithLookingAtEveryRow(
      @ForAll("ids") Set<String> ids, @ForAll("id") String sought) {
    List<Participant> rows = new ArrayList<>();
    ids.forEach(id -> rows.add(participant(id)));
    ParticipantTable table = new ParticipantTable(List.of("role"), rows);
    for (String id : ids) {
      assertThat(table.find(id)).contains(participant(id));
    }
    Optional<Participant> scanned =
        table.participants().stream().filter(p -> p.id().equals(sought)).findFirst();
    assertThat(table.find(sought)).isEqualTo(scanned);
  }

  /** Short ids over a small alphabet, so that a sought id is often in the table. */
  @Provide
  Arbitrary<String> id() {
    return Arbitraries.strings().withChars("ap12").ofMinLength(1).ofMaxLength(3);
  }

  @Provide
  Arbitrary<Set<String>> ids() {
    return id().set().ofMaxSize(40);
  }
}
