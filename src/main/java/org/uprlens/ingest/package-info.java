/**
 * Ingest: input paths and file bytes in; a {@link org.uprlens.ingest.Document} (decoded, normalised text) or a
 * {@link org.uprlens.ingest.Reject} (closed list of reasons) out, exactly one per input file.
 */
package org.uprlens.ingest;
