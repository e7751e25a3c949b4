/**
 * De-identification of transcripts: finding identifiers (CoreNLP's entities through {@code nlp},
 * plus rules for speaker labels, titles, phone numbers, e-mail addresses, URLs, record numbers,
 * dates, ages and the project's own terms), replacing each original consistently through the
 * project's key, the review sheet a person accepts or rejects, and the edits that carry turns,
 * sentences and codings over to the de-identified text.
 */
@NullMarked
package io.tacit.deidentify;

import org.jspecify.annotations.NullMarked;
