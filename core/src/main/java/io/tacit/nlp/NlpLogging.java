package io.tacit.nlp;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/**
 * CoreNLP logs through its own Redwood system, by default straight to standard error ("Adding
 * annotator tokenize"...). Routing Redwood into java.util.logging puts it under the same switch as
 * every other library, which the command line turns off unless {@code -v}.
 */
final class NlpLogging {
  private static volatile boolean applied;

  private NlpLogging() {}

  static void apply() {
    if (!applied) {
      synchronized (NlpLogging.class) {
        if (!applied) {
          RedwoodConfiguration.javaUtilLogging().apply();
          applied = true;
        }
      }
    }
  }
}
