/**
 * Classify: recommendation text in; a {@link org.uprlens.classify.Prediction} (UPR Info issues with scores, coarse
 * rights categories, Supported/Noted with its probability) out, from a {@link
 * org.uprlens.classify.RecommendationClassifier} loaded and verified against its model card by {@link
 * org.uprlens.classify.ModelStore}.
 */
package org.uprlens.classify;
