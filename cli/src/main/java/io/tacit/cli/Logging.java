package io.tacit.cli;

import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Every library's logging (CoreNLP, Lucene, POI) ends up in java.util.logging; this is the one
 * switch: off, unless the user asked for detail with -v.
 */
final class Logging {
  private Logging() {}

  static void configure(boolean verbose) {
    LogManager.getLogManager().reset();
    Logger root = Logger.getLogger("");
    if (verbose) {
      Handler handler = new ConsoleHandler();
      handler.setFormatter(new SimpleFormatter());
      handler.setLevel(Level.INFO);
      root.addHandler(handler);
      root.setLevel(Level.INFO);
    } else {
      root.setLevel(Level.OFF);
    }
  }
}
