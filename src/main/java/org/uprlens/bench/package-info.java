/**
 * Bench: builds a benchmark corpus of a requested size from real documents, times CoreNLP's sentence splitting
 * alone over it (the job's upper limit) and runs the classify job on it in separate JVMs at 1 and N cores,
 * reading throughput, stage seconds and memory back from {@code _run.json} and the operating system.
 */
package org.uprlens.bench;
