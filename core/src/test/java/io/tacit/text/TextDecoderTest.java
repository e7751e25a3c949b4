package io.tacit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String SAMPLE = "Interviewer: Café?\r\nP1: Yes – “naïve” ’quote’\r\n";

  @Test
  void readsUtf8WithAndWithoutBom() {
    byte[] plain = SAMPLE.getBytes(StandardCharsets.UTF_8);
    byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
    assertThat(TextDecoder.decode("a.txt", plain).text())
        .isEqualTo("Interviewer: Café?\nP1: Yes – “naïve” ’quote’\n");
    assertThat(TextDecoder.decode("a.txt", bom).text())
        .isEqualTo(TextDecoder.decode("a.txt", plain).text());
    assertThat(TextDecoder.decode("a.txt", bom).warnings()).isEmpty();
  }

  @Test
  void readsUtf16WithBomInBothByteOrders() {
    byte[] le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SAMPLE.getBytes(StandardCharsets.UTF_16LE));
    byte[] be =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SAMPLE.getBytes(StandardCharsets.UTF_16BE));
    DecodedText fromLe = TextDecoder.decode("a.txt", le);
    assertThat(fromLe.encoding()).isEqualTo("UTF-16LE");
    assertThat(fromLe.text()).startsWith("Interviewer: Café?\nP1");
    assertThat(TextDecoder.decode("a.txt", be).text()).isEqualTo(fromLe.text());
  }

  @Test
  void fallsBackToWindows1252WithAWarning() {
    byte[] cp1252 = "P1: it’s café".getBytes(Charset.forName("windows-1252"));
    DecodedText d = TextDecoder.decode("old.txt", cp1252);
    assertThat(d.text()).isEqualTo("P1: it’s café");
    assertThat(d.encoding()).isEqualTo("windows-1252");
    assertThat(d.warnings()).singleElement().asString().contains("Windows-1252");
  }

  @Test
  void normalisesLineEndsAndComposesCharacters() {
    String decomposed = "cafe\u0301\rnext";
    assertThat(TextDecoder.decode("a.txt", decomposed.getBytes(StandardCharsets.UTF_8)).text())
        .isEqualTo("café\nnext");
  }

  @Test
  void refusesEmptyBlankAndBinaryFiles() {
    assertThatThrownBy(() -> TextDecoder.decode("empty.txt", new byte[0]))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("empty.txt: the file is empty");
    assertThatThrownBy(
            () -> TextDecoder.decode("blank.txt", " \n\n ".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("no text");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    assertThatThrownBy(() -> TextDecoder.decode("photo.txt", png))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("photo.txt: this is a PNG image");
    byte[] binary = {1, 2, 3, 0, 5, 6, 7, 8};
    assertThatThrownBy(() -> TextDecoder.decode("x.txt", binary))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("binary file");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void aRefusalNamesWhatTheFileShouldHaveBeen() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    assertThatThrownBy(() -> TextDecoder.decode("codes.csv", png, TextKind.CSV))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "codes.csv: this is a PNG image, not a CSV file; save it again from the"
                + " spreadsheet as CSV UTF-8");
    assertThatThrownBy(() -> TextDecoder.decode("p01.txt", png))
        .hasMessage(
            "p01.txt: this is a PNG image, not a text transcript; export the transcript"
                + " again as plain text (.txt), WebVTT, SRT or Word (.docx)");
    assertThatThrownBy(() -> TextDecoder.decode("book.yaml", new byte[0], TextKind.CODEBOOK))
        .hasMessage(
            "book.yaml: the file is empty; export the codebook again as YAML, CSV or"
                + " REFI-QDA (.qdc)");
  }
}
