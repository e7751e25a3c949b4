package io.tacit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a reproducible corpus of interview-style transcripts for benchmarks: labelled turns of
 * varied length, questions from the interviewer, hesitations and punctuation, drawn from a fixed
 * seed so that every run measures the same text.
 */
public final class CorpusGenerator {
  private static final String[] OPENERS = {
    "So", "Well", "I mean", "Honestly", "Um", "Yeah", "And", "But", "You know", "Right"
  };
  private static final String[] SUBJECTS = {
    "the peer",
    "our case manager",
    "the psychiatrist",
    "my client",
    "the nurse",
    "the team",
    "the county",
    "a gentleman I worked with",
    "the clinic",
    "the housing office",
    "her doctor",
    "the hospital"
  };
  private static final String[] VERBS = {
    "called",
    "texted",
    "went with",
    "followed up with",
    "wrote down questions for",
    "sat with",
    "advocated for",
    "coordinated with",
    "met",
    "referred",
    "checked on",
    "drove"
  };
  private static final String[] OBJECTS = {
    "the appointment",
    "the discharge papers",
    "the care plan",
    "the waitlist",
    "the pharmacy",
    "the treatment team",
    "his primary care visit",
    "the emergency room",
    "the grant",
    "the billing code",
    "the group",
    "the landlord"
  };
  private static final String[] TAILS = {
    "last week",
    "at two in the morning",
    "before the visit",
    "every Tuesday",
    "after the meeting",
    "for about a year",
    "when nobody else would",
    "because she asked",
    "which honestly surprised me",
    "and that made the difference"
  };
  private static final String[] QUESTIONS = {
    "Can you say more about that?",
    "What did that look like?",
    "How did the team respond?",
    "Who was responsible for that?",
    "How is that funded?",
    "What happened next?"
  };

  private CorpusGenerator() {}

  /** Writes {@code count} transcripts of about {@code words} words each; returns total words. */
  public static long write(Path dir, int count, int words, long seed) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    long total = 0;
    for (int i = 1; i <= count; i++) {
      StringBuilder text = new StringBuilder("Interview ").append(i).append(" (generated)\n\n");
      int written = 0;
      while (written < words) {
        String q = QUESTIONS[random.nextInt(QUESTIONS.length)];
        text.append("Interviewer: ").append(q).append("\n\n");
        written += q.split(" ").length;
        text.append(String.format(Locale.ROOT, "P%04d: ", i));
        int sentences = 1 + random.nextInt(8);
        for (int s = 0; s < sentences; s++) {
          String sentence =
              pick(random, OPENERS)
                  + ", "
                  + pick(random, SUBJECTS)
                  + " "
                  + pick(random, VERBS)
                  + " "
                  + pick(random, OBJECTS)
                  + " "
                  + pick(random, TAILS)
                  + (random.nextInt(5) == 0 ? "?" : ".")
                  + " ";
          text.append(sentence);
          written += sentence.split(" ").length;
        }
        text.append("\n\n");
      }
      total += written;
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "t%04d.txt", i)), text.toString());
    }
    return total;
  }

  private static String pick(Random random, String[] options) {
    return options[random.nextInt(options.length)];
  }
}
