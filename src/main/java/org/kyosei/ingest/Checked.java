package org.kyosei.ingest;

/** The outcome of validating one row: the typed row, or why it was set aside. */
public sealed interface Checked<T> {
    record Valid<T>(T row) implements Checked<T> {
    }

    record Rejected<T>(Rejection rejection) implements Checked<T> {
    }

    static <T> Checked<T> valid(T row) {
        return new Valid<>(row);
    }

    static <T> Checked<T> rejected(RejectReason reason, String detail) {
        return new Rejected<>(new Rejection(reason, detail));
    }
}
