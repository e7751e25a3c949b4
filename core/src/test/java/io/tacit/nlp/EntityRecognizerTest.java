package io.tacit.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.tacit.text.CodePointText;
import io.tacit.text.Span;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
  private static EntityRecognizer recognizer;

  @BeforeAll
  static void load() {
    recognizer = new EntityRecognizer();
  }

  private static List<String> found(String text) {
    CodePointText points = new CodePointText(text);
    return recognizer.find(text).stream()
        .map(e -> e.kind() + ":" + points.substring(Span.of(e.start(), e.end())))
        .toList();
  }

  @Test
  void findsPeopleOrganisationsAndPlaces() {
    assertThat(found("Maria Lopez used to work for Microsoft in Seattle."))
        .containsExactly("PERSON:Maria Lopez", "ORGANIZATION:Microsoft", "LOCATION:Seattle");
  }

  @Test
  void reportsCodePointOffsetsAfterCharactersOutsideTheBasicPlane() {
    String text = "\uD83D\uDE00\uD83D\uDE00 Then John Smith phoned me.";
    List<Entity> entities = recognizer.find(text);
    assertThat(entities).containsExactly(new Entity(EntityKind.PERSON, 8, 18));
    assertThat(new CodePointText(text).substring(Span.of(8, 18))).isEqualTo("John Smith");
  }

  @Test
  void keepsEntitiesOnSeparateLinesApart() {
    assertThat(found("I saw John Smith\n\nDavid Brown came later."))
        .containsExactly("PERSON:John Smith", "PERSON:David Brown");
  }

  @Test
  void findsNothingInBlankText() {
    assertThat(recognizer.find("   \n")).isEmpty();
  }
}
