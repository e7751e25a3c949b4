package io.tacit.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StopStemsTest {
  private static List<String> stems(String text) {
    try (Stemmer stemmer = new Stemmer()) {
      return stemmer.words(text).stream().map(Stemmer.Word::stem).toList();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "one",
        "ones",
        "like",
        "likes",
        "lot",
        "lots",
        "kind",
        "kinds",
        "sort",
        "thing",
        "things",
        "stuff",
        "really",
        "actually",
        "honestly",
        "just",
        "guess",
        "anyway",
        "something",
        "somebody",
        "someone",
        "anything",
        "anybody",
        "everything",
        "everybody",
        "gonna",
        "kinda",
        "yes",
        "alright",
        "um",
        "yeah"
      })
  void spokenFillersAreNoContentWords(String filler) {
    assertThat(stems(filler)).isEmpty();
  }

  @Test
  void speechKeepsItsContentWordsAroundTheFillers() {
    assertThat(
            stems(
                "Like, I kind of really think the one thing is, honestly, a lot of stuff"
                    + " somebody has to just sort of carry."))
        .containsExactly("think", "carri");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nobody",
        "nothing",
        "well",
        "right",
        "rights",
        "means",
        "basic",
        "basically",
        "quit",
        "two",
        "first",
        "know",
        "say",
        "care",
        "peer"
      })
  void wordsWhoseStemIsAlsoContentStay(String word) {
    assertThat(stems(word)).hasSize(1);
  }
}
