package org.kyosei.ingest;

/** A row set aside: which rule it broke and a one-line explanation naming the column or id. */
public record Rejection(RejectReason reason, String detail) {
}
