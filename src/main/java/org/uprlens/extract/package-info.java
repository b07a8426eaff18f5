/**
 * Extract: sentences in; {@link org.uprlens.extract.Recommendation}s out: the sentences that ask a State to act,
 * with who asked (actor, resolved through "It" and "The same Committee") and the reporting verb. Only candidate
 * sentences, found by a cheap lexical test, are POS-tagged.
 */
package org.uprlens.extract;
