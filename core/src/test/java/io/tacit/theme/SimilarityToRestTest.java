package io.tacit.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The review's "apart" similarity, worked out in arrays, against the plain way of working it out
 * (copy the sum, take the extract away, normalise, take the dot product): the same bits, so review
 * output stays byte-identical.
 */
class SimilarityToRestTest {
  @Test
  void aWorkedExample() {
    // Three unit vectors: a and b alike, c apart. Rest of c = a + b = (1.6, 0.6, 0.6), so
    // cos(c, rest) = 0.6 / |rest| = 0.6 / sqrt(3.28) = 0.3313.
    SortedMap<String, Double> a = vector(Map.of("care", 0.8, "plan", 0.6));
    SortedMap<String, Double> b = vector(Map.of("care", 0.8, "hous", 0.6));
    SortedMap<String, Double> c = vector(Map.of("hous", 1.0));
    double[] sim = ThemeReview.similarityToRest(List.of(a, b, c), sum(List.of(a, b, c)));
    assertThat(sim[2]).isCloseTo(0.6 / Math.sqrt(3.28), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(sim).containsExactly(plain(List.of(a, b, c)));
  }

  @Property
  void sameBitsAsCopyingTheSum(@ForAll("vectors") List<SortedMap<String, Double>> vectors) {
    double[] fast = ThemeReview.similarityToRest(vectors, sum(vectors));
    double[] plain = plain(vectors);
    for (int i = 0; i < plain.length; i++) {
      assertThat(Double.doubleToRawLongBits(fast[i]))
          .as("vector %d", i)
          .isEqualTo(Double.doubleToRawLongBits(plain[i]));
    }
  }

  @Provide
  Arbitrary<List<SortedMap<String, Double>>> vectors() {
    Arbitrary<SortedMap<String, Double>> one =
        Arbitraries.maps(
                Arbitraries.strings().withChars("abcdefg").ofMinLength(1).ofMaxLength(2),
                Arbitraries.doubles().between(0.0, 5.0))
            .ofMinSize(1)
            .ofMaxSize(8)
            .map(SimilarityToRestTest::vector);
    return one.list().ofMinSize(3).ofMaxSize(12);
  }

  private static SortedMap<String, Double> vector(Map<String, Double> raw) {
    SortedMap<String, Double> v = new TreeMap<>(raw);
    normalise(v);
    return v;
  }

  private static SortedMap<String, Double> sum(List<SortedMap<String, Double>> vectors) {
    SortedMap<String, Double> sum = new TreeMap<>();
    vectors.forEach(v -> v.forEach((s, x) -> sum.merge(s, x, Double::sum)));
    return sum;
  }

  /** The review's computation as first written. */
  private static double[] plain(List<SortedMap<String, Double>> vectors) {
    Map<String, Double> sum = sum(vectors);
    List<Double> out = new ArrayList<>();
    for (SortedMap<String, Double> v : vectors) {
      Map<String, Double> rest = new TreeMap<>(sum);
      v.forEach((s, x) -> rest.merge(s, -x, Double::sum));
      normalise(rest);
      double cos = 0;
      for (Map.Entry<String, Double> e : v.entrySet()) {
        cos += e.getValue() * rest.getOrDefault(e.getKey(), 0.0);
      }
      out.add(cos);
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static void normalise(Map<String, Double> v) {
    double norm = 0;
    for (double x : v.values()) {
      norm += x * x;
    }
    double n = Math.sqrt(norm);
    if (n > 1e-12) {
      v.replaceAll((k, x) -> Math.abs(x) < 1e-12 ? 0.0 : x / n);
    }
  }
}
