package io.tacit.cli.render;

import io.tacit.cli.option.OutputFormat;
import io.tacit.cli.option.OutputOptions;
import io.tacit.project.AtomicFiles;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Sends a command's data where the user asked: standard output, or a file written atomically. Data
 * only; messages go to standard error through {@link Messages}.
 */
public final class Output {
  private Output() {}

  /**
   * @param table the data as a table, for table, csv and md
   * @param json the data for --format json, shaped as DESIGN.md specifies
   */
  public static void emit(
      OutputOptions options,
      boolean terminal,
      Path workingDir,
      PrintWriter out,
      TableView table,
      Object json) {
    write(options.output(), workingDir, out, render(options.format(terminal), table, json));
  }

  /** The data as text in one format. */
  public static String render(OutputFormat format, TableView table, Object json) {
    return switch (format) {
      case TABLE -> TableWriter.text(table);
      case CSV -> TableWriter.csv(table);
      case MD -> TableWriter.markdown(table);
      case JSON -> Json.write(json);
    };
  }

  /** Writes {@code text} to the -o file (atomically) or to standard output. */
  public static void write(
      @org.jspecify.annotations.Nullable Path file, Path workingDir, PrintWriter out, String text) {
    if (file != null) {
      AtomicFiles.write(workingDir.resolve(file), text);
    } else {
      out.print(text);
      out.flush();
    }
  }
}
