package org.kyosei.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.commons.csv.CSVPrinter;
import org.kyosei.domain.RelationType;

/**
 * Writes relations.csv row by row, turning refs into ids and day numbers into ISO dates, and
 * checking every row against the contract's label pairs (a violation is a generator bug). Amounts
 * (EMPLOYED_BY, PLACED, TRANSFER) are written in the world's unit of money and CONTACT counts in its
 * scale ({@link WorldParameters#money}, {@link WorldParameters#contactCount}).
 */
final class RelationFileWriter implements RelationSink, Closeable {
    private static final String[] CONFIDENCE = new String[101];
    private static final NodeKind[] KINDS = NodeKind.values();

    static {
        for (int p = 0; p <= 100; p++) {
            CONFIDENCE[p] = String.format(Locale.ROOT, "%.2f", p / 100.0);
        }
    }

    private final CSVPrinter printer;
    private final IdBook ids;
    private final Timeline time;
    private final boolean[][][] allowed;
    private final WorldParameters world;
    private final StringBuilder src = new StringBuilder(16);
    private final StringBuilder dst = new StringBuilder(16);
    private final StringBuilder weight = new StringBuilder(16);
    private long rows;

    RelationFileWriter(Path dir, IdBook ids, Timeline time, WorldParameters world) throws IOException {
        this.world = world;
        this.printer = CsvFiles.open(dir, CsvFiles.RELATIONS, CsvFiles.RELATION_COLUMNS);
        this.ids = ids;
        this.time = time;
        RelationType[] types = RelationType.values();
        allowed = new boolean[types.length][KINDS.length][KINDS.length];
        for (RelationType type : types) {
            for (NodeKind a : KINDS) {
                for (NodeKind b : KINDS) {
                    boolean ok = type.allows(a.label(), b.label());
                    if (type == RelationType.TRANSFER) {
                        ok = a == NodeKind.ACCOUNT && b == NodeKind.ACCOUNT;
                    }
                    allowed[type.ordinal()][a.ordinal()][b.ordinal()] = ok;
                }
            }
        }
    }

    @Override
    public void relation(int from, RelationType type, int to, int since, int until, long weightValue, String source,
                         int confidence) throws IOException {
        if (!allowed[type.ordinal()][from >>> NodeKind.INDEX_BITS][to >>> NodeKind.INDEX_BITS]) {
            throw new IllegalStateException("generator bug: " + type + " from " + NodeKind.of(from) + " to " + NodeKind.of(to));
        }
        src.setLength(0);
        dst.setLength(0);
        ids.append(src, from);
        ids.append(dst, to);
        printer.print(src);
        printer.print(type.name());
        printer.print(dst);
        printer.print(time.date(since));
        printer.print(time.date(until));
        if (weightValue < 0) {
            printer.print("");
        } else {
            weight.setLength(0);
            long scaled = switch (type) {
                case EMPLOYED_BY, PLACED, TRANSFER -> world.money(weightValue);
                case CONTACT -> world.contactCount(weightValue);
                default -> weightValue;
            };
            printer.print(weight.append(scaled));
        }
        printer.print(source);
        printer.print(CONFIDENCE[confidence]);
        printer.println();
        rows++;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
