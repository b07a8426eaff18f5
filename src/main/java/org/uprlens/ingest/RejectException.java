package org.uprlens.ingest;

/** Thrown by a format reader when a file cannot give a document; becomes a {@link Reject} with this reason. */
final class RejectException extends Exception {
  private final RejectReason reason;

  RejectException(RejectReason reason, String detail) {
    super(detail);
    this.reason = reason;
  }

  RejectReason reason() {
    return reason;
  }
}
