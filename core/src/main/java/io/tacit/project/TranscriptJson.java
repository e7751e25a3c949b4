package io.tacit.project;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.tacit.project.TranscriptDocument.SentenceEntry;
import io.tacit.project.TranscriptDocument.TurnEntry;
import io.tacit.transcript.SourceInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads transcripts/ID.json with Jackson's streaming parser. A large study loads thousands of these
 * files on every agreement, theme and report command, and data binding (introspecting the records,
 * then building them through reflection) cost most of that time; the streaming parser reads the
 * same layout several times faster and loads a fifth of the classes (ADR 0015).
 *
 * <p>It takes the layout {@link TranscriptStore} writes, keys in any order: every key present once,
 * strings as strings, whole numbers as numbers, a turn's {@code time} optional or null. Anything
 * else (a hand-edited file with an unknown key, a number written as a string, broken JSON) is read
 * again by data binding, exactly as before, so that such a file is accepted or refused, and its
 * error worded, as it always was. Stateless and thread-safe.
 */
final class TranscriptJson {
  /**
   * Without the parser's own duplicate detection, which builds a set of names for every turn and
   * sentence and took a third of the time: {@link #once} notices a repeated key with a bit, and
   * data binding, which does detect them, then refuses the file as before.
   */
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  // The layout TranscriptDocument writes, read from its annotations so the two cannot drift.
  private static final List<String> DOCUMENT_KEYS = keysOf(TranscriptDocument.class);
  private static final List<String> SOURCE_KEYS = List.of("file", "sha256", "encoding");
  private static final List<String> TURN_KEYS = keysOf(TranscriptDocument.TurnEntry.class);
  private static final List<String> SENTENCE_KEYS = keysOf(TranscriptDocument.SentenceEntry.class);

  /** The file does not have the layout Tacit writes; data binding decides what it means. */
  private static final class OtherLayout extends Exception {
    private static final long serialVersionUID = 1L;

    OtherLayout() {
      super(null, null, false, false);
    }
  }

  private TranscriptJson() {}

  private static List<String> keysOf(Class<?> type) {
    return List.of(type.getAnnotation(JsonPropertyOrder.class).value());
  }

  /**
   * The document in {@code json}, the bytes of {@code file}.
   *
   * @throws IOException as data binding throws it, for a file that is not a transcript's JSON
   */
  static TranscriptDocument read(byte[] json, Path file) throws IOException {
    Optional<TranscriptDocument> streamed;
    try {
      streamed = stream(json);
    } catch (IOException e) {
      streamed = Optional.empty();
    }
    return streamed.isPresent()
        ? streamed.get()
        : ProjectFiles.JSON.readValue(file.toFile(), TranscriptDocument.class);
  }

  /**
   * The streaming parser alone: empty when the file has another layout than Tacit writes.
   *
   * @throws IOException if the bytes are not well-formed JSON
   */
  static Optional<TranscriptDocument> stream(byte[] json) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      TranscriptDocument doc = document(p);
      return p.nextToken() == null ? Optional.of(doc) : Optional.empty();
    } catch (OtherLayout e) {
      return Optional.empty();
    }
  }

  private static TranscriptDocument document(JsonParser p) throws IOException, OtherLayout {
    expect(p.nextToken(), JsonToken.START_OBJECT);
    String id = null;
    String title = null;
    String format = null;
    String participant = null;
    SourceInfo source = null;
    String textSha256 = null;
    Integer words = null;
    List<String> header = null;
    List<String> warnings = null;
    List<TurnEntry> turns = null;
    List<SentenceEntry> sentences = null;
    int seen = 0;
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      seen = once(seen, key, DOCUMENT_KEYS);
      switch (key) {
        case "id" -> id = string(p);
        case "title" -> title = string(p);
        case "format" -> format = string(p);
        case "participant" -> participant = string(p);
        case "source" -> source = source(p);
        case "textSha256" -> textSha256 = string(p);
        case "words" -> words = number(p);
        case "header" -> header = strings(p);
        case "warnings" -> warnings = strings(p);
        case "turns" -> turns = turns(p);
        case "sentences" -> sentences = sentences(p);
        default -> throw new OtherLayout();
      }
    }
    expect(p.currentToken(), JsonToken.END_OBJECT);
    return new TranscriptDocument(
        present(id),
        present(title),
        present(format),
        present(participant),
        present(source),
        present(textSha256),
        present(words),
        present(header),
        present(warnings),
        present(turns),
        present(sentences));
  }

  private static SourceInfo source(JsonParser p) throws IOException, OtherLayout {
    expect(p.nextToken(), JsonToken.START_OBJECT);
    String file = null;
    String sha256 = null;
    String encoding = null;
    int seen = 0;
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      seen = once(seen, key, SOURCE_KEYS);
      switch (key) {
        case "file" -> file = string(p);
        case "sha256" -> sha256 = string(p);
        case "encoding" -> encoding = string(p);
        default -> throw new OtherLayout();
      }
    }
    expect(p.currentToken(), JsonToken.END_OBJECT);
    return new SourceInfo(present(file), present(sha256), present(encoding));
  }

  private static List<TurnEntry> turns(JsonParser p) throws IOException, OtherLayout {
    expect(p.nextToken(), JsonToken.START_ARRAY);
    List<TurnEntry> turns = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      expect(t, JsonToken.START_OBJECT);
      Integer n = null;
      String speaker = null;
      String role = null;
      Integer start = null;
      Integer end = null;
      String time = null;
      int seen = 0;
      for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
        seen = once(seen, key, TURN_KEYS);
        switch (key) {
          case "n" -> n = number(p);
          case "speaker" -> speaker = string(p);
          case "role" -> role = string(p);
          case "start" -> start = number(p);
          case "end" -> end = number(p);
          case "time" -> time = p.nextToken() == JsonToken.VALUE_NULL ? null : current(p);
          default -> throw new OtherLayout();
        }
      }
      expect(p.currentToken(), JsonToken.END_OBJECT);
      turns.add(
          new TurnEntry(
              present(n), present(speaker), present(role), present(start), present(end), time));
    }
    return turns;
  }

  private static List<SentenceEntry> sentences(JsonParser p) throws IOException, OtherLayout {
    expect(p.nextToken(), JsonToken.START_ARRAY);
    List<SentenceEntry> sentences = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      expect(t, JsonToken.START_OBJECT);
      Integer n = null;
      Integer turn = null;
      Integer start = null;
      Integer end = null;
      int seen = 0;
      for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
        seen = once(seen, key, SENTENCE_KEYS);
        switch (key) {
          case "n" -> n = number(p);
          case "turn" -> turn = number(p);
          case "start" -> start = number(p);
          case "end" -> end = number(p);
          default -> throw new OtherLayout();
        }
      }
      expect(p.currentToken(), JsonToken.END_OBJECT);
      sentences.add(new SentenceEntry(present(n), present(turn), present(start), present(end)));
    }
    return sentences;
  }

  private static List<String> strings(JsonParser p) throws IOException, OtherLayout {
    expect(p.nextToken(), JsonToken.START_ARRAY);
    List<String> strings = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      expect(t, JsonToken.VALUE_STRING);
      strings.add(p.getText());
    }
    return strings;
  }

  private static String string(JsonParser p) throws IOException, OtherLayout {
    p.nextToken();
    return current(p);
  }

  private static String current(JsonParser p) throws IOException, OtherLayout {
    expect(p.currentToken(), JsonToken.VALUE_STRING);
    return p.getText();
  }

  /** A whole number that fits an int; anything else (13.0, "13", 2^31) is data binding's call. */
  private static int number(JsonParser p) throws IOException, OtherLayout {
    expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT);
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw new OtherLayout();
    }
    return p.getIntValue();
  }

  /** {@code seen} with {@code key}'s bit set; a key seen before, or unknown, is another layout. */
  private static int once(int seen, String key, List<String> keys) throws OtherLayout {
    int bit = 1 << keys.indexOf(key);
    if (bit == Integer.MIN_VALUE || (seen & bit) != 0) {
      throw new OtherLayout();
    }
    return seen | bit;
  }

  private static void expect(@Nullable JsonToken actual, JsonToken expected) throws OtherLayout {
    if (actual != expected) {
      throw new OtherLayout();
    }
  }

  private static <T> T present(@Nullable T value) throws OtherLayout {
    if (value == null) {
      throw new OtherLayout();
    }
    return value;
  }
}
