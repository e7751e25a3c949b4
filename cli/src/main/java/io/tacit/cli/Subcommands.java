package io.tacit.cli;

import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;

/**
 * Which subcommands a command line can reach. picocli reads every command's annotations by
 * reflection when it builds the tree, and for Tacit's hundred-odd commands and options that took
 * most of a short command's time; a command line that names one of Tacit's commands needs only that
 * command's subtree, and {@code tacit --version} none. Anything else (no command, help, an unknown
 * name, an unknown global option: whatever may list the commands or suggest one) gets them all, so
 * every output stays as it was. Stateless.
 */
final class Subcommands {
  /** Global options before the command: -q, -v, -C DIR, in any cluster or spelling. */
  private static final Pattern GLOBAL_FLAGS = Pattern.compile("--quiet|--verbose|-[qv]+");

  private static final Pattern WITH_DIRECTORY = Pattern.compile("-[qv]*C");
  private static final Pattern DIRECTORY_ATTACHED = Pattern.compile("-[qv]*C.+");
  private static final Pattern VERSION = Pattern.compile("--version|-V");

  private Subcommands() {}

  /** The subcommands of {@code all} that {@code args} can reach, in their order. */
  static List<Class<?>> needed(List<Class<?>> all, String[] args) {
    boolean version = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (WITH_DIRECTORY.matcher(arg).matches()) {
        i++;
      } else if (VERSION.matcher(arg).matches()) {
        version = true;
      } else if (!GLOBAL_FLAGS.matcher(arg).matches()
          && !DIRECTORY_ATTACHED.matcher(arg).matches()) {
        return version ? all : named(all, arg);
      }
    }
    return version ? List.of() : all;
  }

  /** The one command of Tacit's own called {@code name}, else all. */
  private static List<Class<?>> named(List<Class<?>> all, String name) {
    for (Class<?> c : all) {
      Command command = c.getAnnotation(Command.class);
      if (c.getName().startsWith("io.tacit.")
          && command != null
          && (command.name().equals(name) || List.of(command.aliases()).contains(name))) {
        return List.of(c);
      }
    }
    return all;
  }
}
