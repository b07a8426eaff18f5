/**
 * Job: the thin Spark wrapper around {@link org.uprlens.RecommendationPipeline}: lists the input files on the
 * driver, analyses them in {@code mapPartitions} (one CoreNLP pipeline and one model per executor JVM), and writes
 * the three Parquet tables and {@code _run.json}.
 */
package org.uprlens.job;
