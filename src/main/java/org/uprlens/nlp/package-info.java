/**
 * NLP: text in; {@link org.uprlens.nlp.Sentence}s with tokens and character offsets out (CoreNLP tokenize and
 * ssplit), and part-of-speech tags and lemmas on demand for the few sentences that need them (CoreNLP pos, lemma).
 * CoreNLP pipelines are built once per JVM by {@link org.uprlens.nlp.Pipelines}.
 */
package org.uprlens.nlp;
