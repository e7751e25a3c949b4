package io.tacit.cli;

import java.nio.file.Path;

/**
 * What a command needs to know about where it runs: the working folder (tests give a temporary one)
 * and whether a person is watching (progress and colour only then).
 */
public record CliContext(Path workingDir, boolean terminal) {}
