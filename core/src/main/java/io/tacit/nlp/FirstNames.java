package io.tacit.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first names CoreNLP's models jar ships for its gender and coreference models: the gender
 * annotator's male and female lists (about 600 common names) and the coreference name-gender table
 * (about 14,600 names, with some everyday words among them, such as "so" and "peer"). A gazetteer
 * only: whether a word is a known first name says nothing about whether it is used as one, which is
 * for the caller to judge from context. Read once, on first use; immutable and thread-safe.
 */
public final class FirstNames {
  private static final List<String> LISTS =
      List.of(
          "edu/stanford/nlp/models/gender/male_first_names.txt",
          "edu/stanford/nlp/models/gender/female_first_names.txt",
          "edu/stanford/nlp/models/dcoref/namegender.combine.txt");

  private static final class Holder {
    static final Set<String> NAMES = load();
  }

  private FirstNames() {}

  /** Whether {@code word}, in any case, is a first name in CoreNLP's lists. */
  public static boolean contains(String word) {
    return Holder.NAMES.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    Set<String> names = new HashSet<>();
    ClassLoader loader = FirstNames.class.getClassLoader();
    for (String list : LISTS) {
      try (InputStream in = loader.getResourceAsStream(list)) {
        if (in == null) {
          throw new IllegalStateException("CoreNLP models jar lacks " + list);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String name = line.split("\t", 2)[0].strip().toLowerCase(Locale.ROOT);
          if (!name.isEmpty() && name.chars().allMatch(Character::isLetter)) {
            names.add(name);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + list + " from the CoreNLP models jar", e);
      }
    }
    return Set.copyOf(names);
  }
}
