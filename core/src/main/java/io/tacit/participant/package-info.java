/**
 * Participants and their attributes (role, group, site, ...), as the study's participants.csv holds
 * them.
 */
@NullMarked
package io.tacit.participant;

import org.jspecify.annotations.NullMarked;
