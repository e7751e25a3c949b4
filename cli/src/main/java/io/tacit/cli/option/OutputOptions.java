package io.tacit.cli.option;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --format} and {@code -o}, shared by every command that reports data. */
public final class OutputOptions {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table, csv, json or md (default: table on a terminal, else csv).")
  @Nullable OutputFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the data to FILE instead of standard output.")
  @Nullable Path output;

  /** The format asked for, else a table for a person and CSV for a pipe or file. */
  public OutputFormat format(boolean terminal) {
    if (format != null) {
      return format;
    }
    return terminal && output == null ? OutputFormat.TABLE : OutputFormat.CSV;
  }

  public @Nullable Path output() {
    return output;
  }
}
