package io.tacit.search;

import io.tacit.text.Span;

/**
 * One coder's code over a span of a transcript, as the index needs it: a unit is indexed with every
 * code whose span overlaps it. Immutable.
 *
 * @param coder the coder id (the name of the coding file)
 * @param doc the transcript id
 * @param span code-point span in the transcript's canonical text
 * @param code the code id
 */
public record CodedSpan(String coder, String doc, Span span, String code) {}
