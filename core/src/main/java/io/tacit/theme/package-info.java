/**
 * Themes: collating codes into candidate themes from the coded data (co-occurrence, clustering,
 * naming, representative quotes), the researchers' themes.yaml and its edits, reviewing themes
 * against the data, and the Framework matrix of cases by themes. Tacit proposes from the evidence;
 * researchers decide.
 */
@NullMarked
package io.tacit.theme;

import org.jspecify.annotations.NullMarked;
