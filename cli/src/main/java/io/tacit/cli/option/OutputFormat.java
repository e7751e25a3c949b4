package io.tacit.cli.option;

/** How a reporting command prints its data. */
public enum OutputFormat {
  TABLE,
  CSV,
  JSON,
  MD
}
