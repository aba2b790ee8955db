package org.kyosei.ingest;

/** Told how far the import has read; the CLI draws a progress bar from it. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
    };

    /** A file is about to be read. */
    default void startFile(String file, long sizeBytes) {
    }

    /** {@code bytesRead} of the current file have been read and their batches written. */
    default void advance(long bytesRead) {
    }

    /** A step that is not reading a file has started (e.g. building the store); shown as one line. */
    default void phase(String description) {
    }

    /** The current file is done. */
    default void finishFile() {
    }
}
