package io.tacit.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The default cut on planted structure, from 5 to 200 codes, sparse and dense. */
class AverageLinkageTest {
  /** Every code is in 100 windows; a pair with t windows together has Jaccard t / (200 - t). */
  private static final int WINDOWS = 100;

  /** Planted groups of codes (sizes 2 to 12, within the cap) and noise codes in no group. */
  record Planted(Cooccurrence cooccurrence, Set<List<Integer>> groups) {}

  /**
   * @param dense sparse: Jaccard 0.25-0.5 within a group, at most 0.02 across; dense: every pair
   *     meets, 0.5-0.6 within a group and 0.1-0.2 across, so the median pair is far from 0
   */
  static Planted plant(int n, long seed, boolean dense) {
    Random random = new Random(seed);
    int cap = ThemeCut.DEFAULT.cap(n);
    int[] group = new int[n];
    java.util.Arrays.fill(group, -1);
    Set<List<Integer>> groups = new HashSet<>();
    int next = 0;
    while (next < n) {
      int size = 2 + random.nextInt(Math.min(12, cap) - 1);
      if (next + size > n || random.nextInt(10) == 0) {
        next++; // a noise code
        continue;
      }
      List<Integer> members = new ArrayList<>();
      for (int i = next; i < next + size; i++) {
        group[i] = groups.size();
        members.add(i);
      }
      groups.add(List.copyOf(members));
      next += size;
    }
    int[][] together = new int[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        boolean same = group[a] >= 0 && group[a] == group[b];
        int t =
            dense
                ? (same ? between(random, 67, 75) : between(random, 18, 33))
                : (same ? between(random, 40, 67) : between(random, 0, 4));
        together[a][b] = t;
        together[b][a] = t;
      }
    }
    List<String> codes = new ArrayList<>();
    int[] counts = new int[n];
    for (int i = 0; i < n; i++) {
      codes.add(String.format(Locale.ROOT, "c%03d", i));
      counts[i] = WINDOWS;
    }
    return new Planted(new Cooccurrence(codes, 1, counts, counts.clone(), together), groups);
  }

  private static int between(Random random, int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  private static Set<List<Integer>> found(Cooccurrence c) {
    Set<List<Integer>> found = new HashSet<>();
    AverageLinkage.cluster(c, ThemeCut.DEFAULT).stream()
        .filter(g -> g.size() > 1)
        .forEach(found::add);
    return found;
  }

  @Property(tries = 60)
  void theDefaultCutFindsPlantedGroupsFrom5To200Codes(
      @ForAll @IntRange(min = 5, max = 200) int n, @ForAll long seed, @ForAll boolean dense) {
    Planted p = plant(n, seed, dense);
    assertThat(found(p.cooccurrence())).isEqualTo(p.groups());
  }

  @Test
  void twoHundredCodesInPlantedGroupsComeBackExactly() {
    for (boolean dense : new boolean[] {false, true}) {
      Planted p = plant(200, 2026, dense);
      assertThat(p.groups().size()).isGreaterThan(15);
      assertThat(found(p.cooccurrence())).isEqualTo(p.groups());
    }
  }

  @Test
  void theCapNeverForbidsAThemeOfThreeCodes() {
    assertThat(ThemeCut.DEFAULT.cap(5)).isEqualTo(3);
    assertThat(ThemeCut.DEFAULT.cap(6)).isEqualTo(3);
    assertThat(ThemeCut.DEFAULT.cap(10)).isEqualTo(4);
    assertThat(ThemeCut.DEFAULT.cap(200)).isEqualTo(80);
    assertThat(ThemeCut.ofThreshold(0.1).cap(6)).isEqualTo(6);
  }

  @Test
  void theLargestGapIsTheLastOfEqualDrops() {
    assertThat(ThemeCut.largestGap(List.of(0.9, 0.8, 0.4, 0.35, 0.1)))
        .isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(ThemeCut.largestGap(List.of(0.9, 0.7, 0.6, 0.4))).isEqualTo(0.5);
    assertThat(ThemeCut.largestGap(List.of(0.9))).isEqualTo(Double.POSITIVE_INFINITY);
  }
}
