package org.kyosei.web;

import org.kyosei.query.Neighbourhood;
import org.kyosei.web.EntityController.NeighbourhoodPage;
import org.kyosei.web.EntityController.Node;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a neighbourhood page straight to the generator: the same document, field for field, that Jackson's bean
 * serializer writes for the record (checked by {@code NeighbourhoodPageSerializerTest}), without a property
 * writer, accessor and null check per field. A page holds up to a thousand entities and their ties, and this was
 * a third of the CPU of each neighbourhood answer.
 */
final class NeighbourhoodPageSerializer extends StdSerializer<NeighbourhoodPage> {
    private static final SerializableString CENTRE = new SerializedString("centre");
    private static final SerializableString AS_OF = new SerializedString("asOf");
    private static final SerializableString HOPS = new SerializedString("hops");
    private static final SerializableString OFFSET = new SerializedString("offset");
    private static final SerializableString LIMIT = new SerializedString("limit");
    private static final SerializableString NODES = new SerializedString("nodes");
    private static final SerializableString TIES = new SerializedString("ties");
    private static final SerializableString MORE = new SerializedString("more");
    private static final SerializableString MORE_AT_LEAST = new SerializedString("moreAtLeast");
    private static final SerializableString ID = new SerializedString("id");
    private static final SerializableString LABEL = new SerializedString("label");
    private static final SerializableString NAME = new SerializedString("name");
    private static final SerializableString HOP = new SerializedString("hop");
    private static final SerializableString SRC = new SerializedString("src");
    private static final SerializableString TYPE = new SerializedString("type");
    private static final SerializableString DST = new SerializedString("dst");
    private static final SerializableString SINCE = new SerializedString("since");
    private static final SerializableString WEIGHT = new SerializedString("weight");
    private static final SerializableString CONFIDENCE = new SerializedString("confidence");

    NeighbourhoodPageSerializer() {
        super(NeighbourhoodPage.class);
    }

    @Override
    public void serialize(NeighbourhoodPage page, JsonGenerator gen, SerializationContext context) {
        gen.writeStartObject(page);
        text(gen, CENTRE, page.centre());
        text(gen, AS_OF, page.asOf() == null ? null : page.asOf().toString());
        gen.writeName(HOPS);
        gen.writeNumber(page.hops());
        gen.writeName(OFFSET);
        gen.writeNumber(page.offset());
        gen.writeName(LIMIT);
        gen.writeNumber(page.limit());
        gen.writeName(NODES);
        if (page.nodes() == null) {
            gen.writeNull();
        } else {
            gen.writeStartArray(page.nodes(), page.nodes().size());
            for (Node node : page.nodes()) {
                gen.writeStartObject(node);
                text(gen, ID, node.id());
                text(gen, LABEL, node.label());
                text(gen, NAME, node.name());
                gen.writeName(HOP);
                gen.writeNumber(node.hop());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        gen.writeName(TIES);
        if (page.ties() == null) {
            gen.writeNull();
        } else {
            gen.writeStartArray(page.ties(), page.ties().size());
            for (Neighbourhood.Tie tie : page.ties()) {
                gen.writeStartObject(tie);
                text(gen, SRC, tie.src());
                text(gen, TYPE, tie.type());
                text(gen, DST, tie.dst());
                text(gen, SINCE, tie.since());
                gen.writeName(WEIGHT);
                gen.writeNumber(tie.weight());
                gen.writeName(CONFIDENCE);
                gen.writeNumber(tie.confidence());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        gen.writeName(MORE);
        gen.writeNumber(page.more());
        gen.writeName(MORE_AT_LEAST);
        gen.writeBoolean(page.moreAtLeast());
        gen.writeEndObject();
    }

    private static void text(JsonGenerator gen, SerializableString name, String value) {
        gen.writeName(name);
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeString(value);
        }
    }
}
