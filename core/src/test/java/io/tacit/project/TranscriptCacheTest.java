package io.tacit.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.tacit.coding.CodingTable;
import io.tacit.text.CodePointText;
import io.tacit.text.Span;
import io.tacit.transcript.Role;
import io.tacit.transcript.Sentence;
import io.tacit.transcript.SourceInfo;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.Turn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Entries of the derived cache give back exactly what was put in: generated transcripts and coding
 * tables, with every kind of string a Java string can hold (unpaired surrogates included).
 */
class TranscriptCacheTest {

  private static CacheFile.In roundTrip(CacheFile.Out out) throws IOException {
    Path file = Files.createTempFile("tacit-cache", ".bin");
    try {
      CacheFile.write(file, "tr", out);
      return CacheFile.read(file, "tr").orElseThrow();
    } catch (CacheFile.Corrupt e) {
      throw new AssertionError(e);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Property(tries = 200)
  void aTranscriptComesBackEqual(@ForAll("transcripts") Transcript t) throws Exception {
    CacheFile.Out out = new CacheFile.Out();
    TranscriptCache.encode(t, out);
    CacheFile.In in = roundTrip(out);
    assertThat(TranscriptCache.decode(in, t.text().text())).isEqualTo(t);
  }

  @Property(tries = 200)
  void aCodingTableComesBackEqual(@ForAll("tables") CodingTable table) throws Exception {
    CacheFile.Out out = new CacheFile.Out();
    CodingCache.encode(table, out);
    CodingTable back = CodingCache.decode(roundTrip(out), table.location());
    assertThat(back.header()).isEqualTo(table.header());
    assertThat(back.rows()).isEqualTo(table.rows());
    assertThat(back.lineEnd()).isEqualTo(table.lineEnd());
  }

  /** Any string: Latin-1, the rest of Unicode, and chars that are no character alone. */
  private static Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(20),
        Arbitraries.strings().all().ofMaxLength(20),
        Arbitraries.of("", "\ud800", "a\udc00b", "\ud83d\ude00", "caf\u00e9 \u20ac"));
  }

  @Provide
  Arbitrary<Transcript> transcripts() {
    Arbitrary<Integer> n = Arbitraries.integers().between(0, Integer.MAX_VALUE);
    Arbitrary<Span> span =
        Combinators.combine(
                Arbitraries.integers().between(0, 1 << 20),
                Arbitraries.integers().between(0, 1 << 20))
            .as((a, b) -> Span.of(Math.min(a, b), Math.max(a, b)));
    Arbitrary<Duration> time =
        Combinators.combine(
                Arbitraries.longs().between(0, 400_000), Arbitraries.integers().between(0, 999))
            .as((s, ms) -> Duration.ofSeconds(s).plusMillis(ms))
            .injectNull(0.4);
    Arbitrary<Turn> turn =
        Combinators.combine(n, text(), Arbitraries.of(Role.class), span, time).as(Turn::new);
    Arbitrary<Sentence> sentence = Combinators.combine(n, n, span).as(Sentence::new);
    Arbitrary<SourceInfo> source = Combinators.combine(text(), text(), text()).as(SourceInfo::new);
    Arbitrary<List<String>> lines = text().list().ofMaxSize(3);
    return Combinators.combine(text(), text(), text(), text(), source, text(), n, lines)
        .flatAs(
            (id, title, format, participant, src, body, words, header) ->
                Combinators.combine(
                        lines, turn.list().ofMaxSize(5), sentence.list().ofMaxSize(8), text())
                    .as(
                        (warnings, turns, sentences, sha) ->
                            new Transcript(
                                id,
                                title,
                                format,
                                participant,
                                src,
                                new CodePointText(body),
                                sha,
                                header,
                                turns,
                                sentences,
                                words,
                                warnings)));
  }

  @Provide
  Arbitrary<CodingTable> tables() {
    Arbitrary<String> cell = Arbitraries.oneOf(text(), Arbitraries.of("t01", "t02", "a", "b"));
    Arbitrary<List<String>> extra =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .ofMinLength(1)
            .ofMaxLength(6)
            .list()
            .ofMaxSize(2);
    return Combinators.combine(extra, Arbitraries.of("\n", "\r\n"))
        .flatAs(
            (more, lineEnd) -> {
              List<String> header =
                  new java.util.ArrayList<>(List.of("doc", "start", "end", "code", "memo"));
              more.stream().filter(h -> !header.contains(h)).distinct().forEach(header::add);
              Arbitrary<CodingTable.Row> row =
                  Combinators.combine(
                          Arbitraries.longs().between(2, Long.MAX_VALUE),
                          cell.list().ofSize(header.size()),
                          Arbitraries.integers().between(0, 1000),
                          Arbitraries.integers().between(1, 1000))
                      .as(
                          (line, cells, start, length) ->
                              new CodingTable.Row(line, cells, Span.of(start, start + length)));
              return row.list()
                  .ofMaxSize(12)
                  .map(rows -> CodingTable.restore("coding/x.csv", header, rows, lineEnd));
            });
  }
}
