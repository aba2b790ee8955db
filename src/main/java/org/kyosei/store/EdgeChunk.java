package org.kyosei.store;

import java.nio.ByteBuffer;
import java.util.Arrays;

import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;

/**
 * The relationships of the projected types one chunk of an id range held: each one's start and end node as the
 * database's internal ids (the end -1 for one not valid as of the date), with its weight when the projection is
 * weighted ({@code null} otherwise). How many there were tells the reader when it has met every one.
 */
record EdgeChunk(int size, long[] starts, long[] ends, double[] weights) {

    static final EdgeChunk EMPTY = new EdgeChunk(0, new long[0], new long[0], null);

    /** Reads one chunk query's records (see {@link Builder}). */
    static EdgeChunk read(Result result, boolean weighted, boolean packed) {
        Builder builder = new Builder(weighted, packed);
        while (result.hasNext()) {
            builder.add(result.next());
        }
        return builder.build();
    }

    /**
     * Collects the records of one chunk query, a batch of ids each: either lists {@code starts, ends[, weights]}, or
     * the same packed in one byte array ({@link ProjectionProcedures#edges}).
     */
    static final class Builder {
        private int size;
        private long[] starts = new long[1024];
        private long[] ends = new long[1024];
        private double[] weights;

        private final boolean packed;

        Builder(boolean weighted, boolean packed) {
            weights = weighted ? new double[1024] : null;
            this.packed = packed;
        }

        void add(Record record) {
            if (packed) {
                addPacked(record.get(0).asByteArray());
            } else {
                addLists(record);
            }
        }

        private void addPacked(byte[] bytes) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            int count = bytes.length / (weights == null ? 16 : 24);
            ensureRoom(count);
            for (int i = 0; i < count; i++) {
                starts[size + i] = buffer.getLong();
                ends[size + i] = buffer.getLong();
                if (weights != null) {
                    weights[size + i] = buffer.getDouble();
                }
            }
            size += count;
        }

        private void addLists(Record record) {
            Value batchStarts = record.get(0);
            Value batchEnds = record.get(1);
            int count = batchStarts.size();
            ensureRoom(count);
            for (int i = 0; i < count; i++) {
                starts[size + i] = batchStarts.get(i).asLong();
                ends[size + i] = batchEnds.get(i).asLong();
            }
            if (weights != null) {
                Value batchWeights = record.get(2);
                for (int i = 0; i < count; i++) {
                    weights[size + i] = batchWeights.get(i).asDouble();
                }
            }
            size += count;
        }

        private void ensureRoom(int count) {
            if (size + count > starts.length) {
                int capacity = Math.max(starts.length * 2, size + count);
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
                if (weights != null) {
                    weights = Arrays.copyOf(weights, capacity);
                }
            }
        }

        EdgeChunk build() {
            return new EdgeChunk(size, starts, ends, weights);
        }
    }
}
