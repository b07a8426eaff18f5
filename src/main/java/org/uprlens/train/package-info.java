/**
 * Train: labelled CSV files in (the UPR Info export format, see training-data/README.md); a trained
 * {@link org.uprlens.classify.RecommendationClassifier} and its model card out, with metrics from K-fold
 * cross-validation grouped by review (state under review + session), never by random row.
 */
package org.uprlens.train;
