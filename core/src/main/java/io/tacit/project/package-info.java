/**
 * A study project on disk: tacit.yaml, finding the project, the project lock, atomic writes, and
 * the stores that read and write each kind of project file.
 */
@NullMarked
package io.tacit.project;

import org.jspecify.annotations.NullMarked;
