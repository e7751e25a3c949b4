package io.tacit.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which words English text usually writes with a capital letter, from the table CoreNLP's truecaser
 * ships in its models jar (each word seen in more than one case, with its most frequent form, from
 * a large body of edited text). "Tomasz", "Okoro" and "Layla" are usually capitalised; "will",
 * "hope" and "patience" are not in the table, because they are usually written in lower case. This
 * tells a name from an everyday word where the text's own capitals cannot: at the start of a
 * sentence, and in a transcript typed all in lower case. Read once, on first use; immutable and
 * thread-safe.
 */
public final class UsualCase {
  private static final String TABLE = "edu/stanford/nlp/models/truecase/MixDisambiguation.list";

  private static final class Holder {
    static final Set<String> CAPITALISED = load();
  }

  private UsualCase() {}

  /**
   * Whether {@code word} (in any case) is usually written with a capital first letter and the rest
   * in lower case, as names are; false for a word the table does not know.
   */
  public static boolean capitalised(String word) {
    return Holder.CAPITALISED.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = UsualCase.class.getClassLoader().getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("CoreNLP models jar lacks " + TABLE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int tab = line.indexOf('\t');
        if (tab <= 0 || tab == line.length() - 1) {
          continue;
        }
        String usual = line.substring(tab + 1);
        // Only a capital followed by lower case, as a name is written: not "FONAPROVI",
        // "SilvaTerm".
        if (Character.isUpperCase(usual.codePointAt(0))
            && usual.codePoints().skip(1).allMatch(Character::isLowerCase)) {
          words.add(line.substring(0, tab));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TABLE + " from the CoreNLP models jar", e);
    }
    return Set.copyOf(words);
  }
}
