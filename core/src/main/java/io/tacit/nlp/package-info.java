/**
 * The Stanford CoreNLP facade: sentence splitting and tokens now; lemmas and entities when a
 * command asks for them. CoreNLP's types, properties and logging stay inside this package.
 */
@NullMarked
package io.tacit.nlp;

import org.jspecify.annotations.NullMarked;
