package org.kyosei.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.neo4j.internal.kernel.api.NodeCursor;
import org.neo4j.internal.kernel.api.PropertyCursor;
import org.neo4j.internal.kernel.api.Read;
import org.neo4j.internal.kernel.api.RelationshipScanCursor;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;
import org.neo4j.token.api.TokenConstants;
import org.neo4j.storageengine.api.PropertySelection;
import org.neo4j.values.storable.DateValue;
import org.neo4j.values.storable.NumberValue;
import org.neo4j.values.storable.TextValue;
import org.neo4j.values.storable.Value;

/**
 * Read procedures the embedded database gets at start ({@link EmbeddedNeo4j}) so that a projection reads nodes and
 * relationships on the server side through Neo4j's kernel cursors and receives them packed in byte arrays: no
 * Cypher row and no Bolt value per node or relationship. They compute what {@link Neo4jProjector}'s Cypher reads
 * by id range compute, at a fraction of the cost; a server without them (an external one) gets those reads.
 *
 * <p>Like every procedure they run in the caller's read transaction, over Bolt, and stop between batches when it
 * times out or is terminated.
 */
public final class ProjectionProcedures {
    /** The procedure's name, as the projector calls it. */
    public static final String EDGES = "kyosei.projection.edges";
    /** The node procedure's name. */
    public static final String NODES = "kyosei.projection.nodes";
    /** Relationship ids per record returned. */
    private static final int BATCH_IDS = 16_384;

    @Context
    public KernelTransaction transaction;

    /** One record: the packed relationships of a batch of ids (see {@link #edges}) and how many there are. */
    public static final class EdgeBatch {
        public byte[] edges;
        public long count;

        EdgeBatch(byte[] edges, long count) {
            this.edges = edges;
            this.count = count;
        }
    }

    /** One record: the packed nodes of a batch of ids (see {@link #nodes}). */
    public static final class NodeBatch {
        public byte[] nodes;

        NodeBatch(byte[] nodes) {
            this.nodes = nodes;
        }
    }

    /**
     * For each {@code Entity} node with an internal id in {@code [from, to)} and one of {@code labels}, in id order:
     * its internal id (8 bytes), the index in {@code labels} of the first it has (1 byte), and its {@code id}
     * property as UTF-8 after the bytes' count (4 bytes). A node without a string {@code id} is left out.
     */
    @Procedure(name = NODES, mode = Mode.READ)
    @Description("Entity nodes with the given labels and internal ids in [from, to), packed for a Kyosei projection.")
    public Stream<NodeBatch> nodes(@Name("from") long from, @Name("to") long to, @Name("labels") List<String> labels) {
        if (labels.size() > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + Byte.MAX_VALUE + " labels, got " + labels.size());
        }
        TokenRead tokens = transaction.tokenRead();
        int entity = tokens.nodeLabel("Entity");
        int[] wanted = labels.stream().mapToInt(tokens::nodeLabel).toArray();
        int idKey = tokens.propertyKey("id");
        if (entity == TokenConstants.NO_TOKEN || idKey == TokenConstants.NO_TOKEN) {
            return Stream.empty();
        }
        PropertySelection selection = PropertySelection.selection(idKey);
        List<NodeBatch> batches = new ArrayList<>();
        Read read = transaction.dataRead();
        try (NodeCursor nodes = transaction.cursors().allocateNodeCursor(transaction.cursorContext(), transaction.memoryTracker());
             PropertyCursor properties = transaction.cursors()
                     .allocatePropertyCursor(transaction.cursorContext(), transaction.memoryTracker())) {
            for (long start = Math.max(0, from); start < to; start += BATCH_IDS) {
                transaction.assertOpen(); // a timed-out or terminated transaction stops here, between batches
                long end = Math.min(to, start + BATCH_IDS);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream packed = new DataOutputStream(bytes);
                for (long id = start; id < end; id++) {
                    read.singleNode(id, nodes);
                    if (!nodes.next() || !nodes.hasLabel(entity)) {
                        continue;
                    }
                    int label = firstLabel(nodes, wanted);
                    if (label < 0) {
                        continue;
                    }
                    nodes.properties(properties, selection);
                    if (properties.next() && properties.propertyValue() instanceof TextValue text) {
                        writeNode(packed, id, label, text.stringValue().getBytes(StandardCharsets.UTF_8));
                    }
                }
                if (bytes.size() > 0) {
                    batches.add(new NodeBatch(bytes.toByteArray()));
                }
            }
        }
        return batches.stream();
    }

    private static void writeNode(DataOutputStream packed, long id, int label, byte[] ourId) {
        try {
            packed.writeLong(id);
            packed.writeByte(label);
            packed.writeInt(ourId.length);
            packed.write(ourId);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
    }

    private static int firstLabel(NodeCursor node, int[] wanted) {
        for (int i = 0; i < wanted.length; i++) {
            if (wanted[i] != TokenConstants.NO_TOKEN && node.hasLabel(wanted[i])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * For each relationship with an id in {@code [from, to)} and one of {@code types}, in id order: its start node's
     * internal id, its end node's, or -1 when it is not valid on {@code asOf} (DATA.md: {@code since <= asOf <=
     * until}, both stored as dates), and when {@code weight} names a property, that property as a double (1 when
     * missing or not a number); each as 8 big-endian bytes.
     */
    @Procedure(name = EDGES, mode = Mode.READ)
    @Description("Relationships of the given types with ids in [from, to), packed for a Kyosei projection.")
    public Stream<EdgeBatch> edges(@Name("from") long from, @Name("to") long to, @Name("types") List<String> types,
                                   @Name("asOf") LocalDate asOf, @Name(value = "weight", defaultValue = "") String weight) {
        EdgePacker packer = new EdgePacker(transaction.tokenRead(), types, asOf, weight);
        List<EdgeBatch> batches = new ArrayList<>();
        Read read = transaction.dataRead();
        try (RelationshipScanCursor relationships = transaction.cursors()
                .allocateRelationshipScanCursor(transaction.cursorContext(), transaction.memoryTracker());
             PropertyCursor properties = transaction.cursors()
                     .allocatePropertyCursor(transaction.cursorContext(), transaction.memoryTracker())) {
            for (long start = Math.max(0, from); start < to; start += BATCH_IDS) {
                transaction.assertOpen(); // a timed-out or terminated transaction stops here, between batches
                long end = Math.min(to, start + BATCH_IDS);
                ByteBuffer packed = ByteBuffer.allocate((int) (end - start) * packer.bytesPerEdge());
                long count = 0;
                for (long id = start; id < end; id++) {
                    read.singleRelationship(id, relationships);
                    if (relationships.next() && packer.wants(relationships.type())) {
                        packer.pack(relationships, properties, packed);
                        count++;
                    }
                }
                if (count > 0) {
                    batches.add(new EdgeBatch(Arrays.copyOf(packed.array(), packed.position()), count));
                }
            }
        }
        return batches.stream();
    }

    /** Writes one relationship as {@link #edges} returns it. */
    private static final class EdgePacker {
        private final boolean[] wantedTypes;
        private final int since;
        private final int until;
        private final int weightKey;
        private final boolean weighted;
        private final PropertySelection selection;
        private final LocalDate asOf;

        EdgePacker(TokenRead tokens, List<String> types, LocalDate asOf, String weight) {
            int[] typeIds = types.stream().mapToInt(tokens::relationshipType).filter(id -> id != TokenConstants.NO_TOKEN).toArray();
            wantedTypes = new boolean[Arrays.stream(typeIds).max().orElse(-1) + 1];
            for (int type : typeIds) {
                wantedTypes[type] = true;
            }
            since = tokens.propertyKey("since");
            until = tokens.propertyKey("until");
            weighted = !weight.isEmpty();
            weightKey = weighted ? tokens.propertyKey(weight) : TokenConstants.NO_TOKEN;
            selection = PropertySelection.selection(
                    IntStream.of(since, until, weightKey).filter(key -> key != TokenConstants.NO_TOKEN).toArray());
            this.asOf = asOf;
        }

        int bytesPerEdge() {
            return weighted ? 24 : 16;
        }

        boolean wants(int type) {
            return type >= 0 && type < wantedTypes.length && wantedTypes[type];
        }

        void pack(RelationshipScanCursor relationship, PropertyCursor properties, ByteBuffer out) {
            LocalDate validFrom = null;
            LocalDate validUntil = null;
            double edgeWeight = 1.0;
            relationship.properties(properties, selection);
            while (properties.next()) {
                int key = properties.propertyKey();
                Value value = properties.propertyValue();
                if (key == since) {
                    validFrom = asDate(value);
                } else if (key == until) {
                    validUntil = asDate(value);
                } else if (key == weightKey && value instanceof NumberValue number) {
                    edgeWeight = number.doubleValue();
                }
            }
            boolean valid = validFrom != null && validUntil != null && !validFrom.isAfter(asOf) && !validUntil.isBefore(asOf);
            out.putLong(relationship.sourceNodeReference());
            out.putLong(valid ? relationship.targetNodeReference() : -1L);
            if (weighted) {
                out.putDouble(edgeWeight);
            }
        }

        private static LocalDate asDate(Value value) {
            return value instanceof DateValue date ? date.asObjectCopy() : null;
        }
    }
}
