/**
 * Features: recommendation text in; sorted, unique feature indices (binary bag of word n-grams over a vocabulary
 * fitted at training time) out. The same code serves training and the job, and the fitted extractor travels inside
 * the model, so the job cannot drift from what was trained.
 */
package org.uprlens.features;
