package org.uprlens.ingest;

import java.util.Objects;

/** An input file that produced no document, with a reason from a closed list and a human-readable detail. */
public record Reject(String path, RejectReason reason, String detail) implements Ingested {
  public Reject {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
    detail = detail == null ? "" : detail;
  }
}
