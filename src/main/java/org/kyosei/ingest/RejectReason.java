package org.kyosei.ingest;

/** Why a row was set aside; the summary counts rows per reason. */
public enum RejectReason {
    FIELD_COUNT("wrong number of fields"),
    MISSING_VALUE("missing required value"),
    MALFORMED_ID("malformed id"),
    MALFORMED_DATE("malformed date"),
    MALFORMED_NUMBER("malformed number"),
    OUT_OF_RANGE("value out of range"),
    UNKNOWN_VALUE("value not in the vocabulary"),
    DUPLICATE_ID("id already used by another label"),
    UNKNOWN_TYPE("unknown relationship type"),
    UNKNOWN_ID("unknown id"),
    LABEL_PAIR("label pair not allowed for the type");

    private final String description;

    RejectReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
