package io.tacit.deidentify;

import static org.assertj.core.api.Assertions.assertThat;

import io.tacit.ProblemList;
import io.tacit.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyTest {
  private static Finding person(String doc, int start, String name) {
    return new Finding(doc, IdentifierType.PERSON, Span.of(start, start + name.length()), name);
  }

  @Test
  void sameOriginalGetsTheSameReplacementWhateverItsCaseAndKeyNumbersGoOn() {
    ProblemList problems = new ProblemList();
    Key key =
        Key.read(
            "key.csv", "type,original,replacement\nPERSON,Walter Greene,[PERSON-3]\n", problems);
    assertThat(problems.isEmpty()).isTrue();
    List<Proposal> proposals =
        new Replacements(key, Terms.none(), Pseudonyms.none())
            .propose(
                List.of(
                    person("a", 0, "walter  greene"),
                    person("a", 20, "Rosa"),
                    person("b", 5, "Walter"),
                    person("b", 30, "ROSA")));
    assertThat(proposals)
        .extracting(Proposal::replacement)
        .containsExactly("[PERSON-3]", "[PERSON-4]", "[PERSON-3]", "[PERSON-4]");
  }

  @Test
  void takesPseudonymsInOrderThenNumbers() {
    ProblemList problems = new ProblemList();
    Pseudonyms names = Pseudonyms.read("p.csv", "type,pseudonym\nPERSON,Alice\n", problems);
    List<Proposal> proposals =
        new Replacements(Key.empty(), Terms.none(), names)
            .propose(List.of(person("a", 0, "Rosa"), person("a", 10, "Tomas")));
    assertThat(proposals).extracting(Proposal::replacement).containsExactly("Alice", "[PERSON-1]");
  }

  @Test
  void writesASortedFileThatReadsBack() {
    Key key =
        Key.empty()
            .with(
                List.of(
                    new Key.Entry(IdentifierType.PHONE, "555-0147", "[PHONE-1]"),
                    new Key.Entry(IdentifierType.PERSON, "Rosa", "[PERSON-10]"),
                    new Key.Entry(IdentifierType.PERSON, "Tomas, Jr.", "[PERSON-2]")));
    String text = key.write();
    assertThat(text)
        .isEqualTo(
            "type,original,replacement\n"
                + "PERSON,\"Tomas, Jr.\",[PERSON-2]\n"
                + "PERSON,Rosa,[PERSON-10]\n"
                + "PHONE,555-0147,[PHONE-1]\n");
    ProblemList problems = new ProblemList();
    assertThat(Key.read("key.csv", text, problems).write()).isEqualTo(text);
  }

  @Test
  void reportsABrokenKeyAtItsLine() {
    ProblemList problems = new ProblemList();
    Key.read("deidentify/key.csv", "type,original,replacement\nPERSON,,[PERSON-1]\n", problems);
    assertThat(problems.size()).isEqualTo(1);
  }
}
