package io.tacit.cli.command.codebook;

import picocli.CommandLine.Option;

/** {@code --reason}, which every change to the codebook takes into its changelog. */
final class ReasonOption {
  @Option(
      names = "--reason",
      paramLabel = "TEXT",
      description = "Why the codebook changes, for its changelog.")
  String reason = "";
}
