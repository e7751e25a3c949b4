package io.tacit.cli;

/** The exit codes of DESIGN.md; scripts depend on them. */
public final class ExitCodes {
  /** Done. */
  public static final int OK = 0;

  /** An unexpected internal error (a bug), or the environment failed (disk, lock timeout). */
  public static final int INTERNAL = 1;

  /** Bad usage: unknown option, missing argument (picocli). */
  public static final int USAGE = 2;

  /** Bad input data; nothing was written. */
  public static final int BAD_INPUT = 3;

  /** A quality gate failed, e.g. agreement below --min-alpha. */
  public static final int GATE_FAILED = 4;

  private ExitCodes() {}
}
