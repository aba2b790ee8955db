package org.kyosei.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.kyosei.domain.NodeLabel;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;

/**
 * The selected nodes one chunk of internal node ids held: our ids, labels and the database's internal ids, in id
 * order. Read from records that hold a batch of nodes each, either as parallel lists {@code ids, labels,
 * internal}, or packed in one byte array ({@link ProjectionProcedures#nodes}); a label is its index in the
 * projection's labels sorted by name.
 */
record NodeChunk(List<String> ids, List<NodeLabel> labels, long[] internal) {

    static final NodeChunk EMPTY = new NodeChunk(List.of(), List.of(), new long[0]);

    int size() {
        return ids.size();
    }

    static NodeChunk read(Result result, List<NodeLabel> labelsByIndex, boolean packed) {
        List<String> ids = new ArrayList<>();
        List<NodeLabel> labels = new ArrayList<>();
        long[] internal = new long[1024];
        while (result.hasNext()) {
            Record record = result.next();
            if (packed) {
                ByteBuffer nodes = ByteBuffer.wrap(record.get(0).asByteArray());
                while (nodes.hasRemaining()) {
                    internal = withRoom(internal, ids.size());
                    internal[ids.size()] = nodes.getLong();
                    labels.add(labelsByIndex.get(nodes.get()));
                    byte[] id = new byte[nodes.getInt()];
                    nodes.get(id);
                    ids.add(new String(id, StandardCharsets.UTF_8));
                }
            } else {
                Value batchIds = record.get(0);
                Value batchLabels = record.get(1);
                Value batchInternal = record.get(2);
                for (int i = 0; i < batchIds.size(); i++) {
                    internal = withRoom(internal, ids.size());
                    internal[ids.size()] = batchInternal.get(i).asLong();
                    labels.add(labelsByIndex.get(batchLabels.get(i).asInt()));
                    ids.add(batchIds.get(i).asString());
                }
            }
        }
        return new NodeChunk(ids, labels, Arrays.copyOf(internal, ids.size()));
    }

    private static long[] withRoom(long[] internal, int size) {
        return size < internal.length ? internal : Arrays.copyOf(internal, internal.length * 2);
    }
}
