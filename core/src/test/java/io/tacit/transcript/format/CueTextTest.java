package io.tacit.transcript.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.tacit.transcript.format.CueText.Voiced;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueTextTest {

  @Test
  void splitsVoiceSpansAndDecodesNames() {
    assertThat(CueText.voices(List.of("<v Tom &amp; Jerry>Hi</v>", "<v.loud Dana>Hello</v>")))
        .containsExactly(new Voiced("Tom & Jerry", "Hi"), new Voiced("Dana", "Hello"));
  }

  @Test
  void readsAnUnclosedVoiceSpanToTheEnd() {
    assertThat(CueText.voices(List.of("<v Dana>Hello", "there")))
        .containsExactly(new Voiced("Dana", "Hello there"));
  }

  @Test
  void textOutsideAnySpanHasNoVoice() {
    assertThat(CueText.voices(List.of("Dana: Hello")))
        .containsExactly(new Voiced(null, "Dana: Hello"));
  }

  @Test
  void dropsTagsBeforeDecodingSoThatEscapedBracketsStayText() {
    assertThat(CueText.clean("<c.yellow>a &lt;b&gt; c</c> <i>d</i>{\\an8} &#39;e&#x27; &nbsp;f"))
        .isEqualTo("a <b> c d 'e' f");
  }

  @Test
  void leavesUnknownEntitiesAsWritten() {
    assertThat(CueText.clean("R&D &bogus; &#0;")).isEqualTo("R&D &bogus; &#0;");
  }
}
