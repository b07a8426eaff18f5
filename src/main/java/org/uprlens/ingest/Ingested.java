package org.uprlens.ingest;

/** What reading one input file gives: a document to analyse, or a reject that says why not. */
public sealed interface Ingested permits Document, Reject {
  String path();
}
