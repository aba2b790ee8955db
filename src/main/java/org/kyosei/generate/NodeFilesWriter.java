package org.kyosei.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;
import org.kyosei.domain.NodeLabel;

/**
 * Writes the seven node files, each in id order, with the columns the contract lists for the
 * label (required, then optional).
 */
final class NodeFilesWriter {
    /** Fills the column values of the k-th row of a file. */
    @FunctionalInterface
    private interface RowFiller {
        void fill(int k, Map<String, String> row);
    }

    private final World world;
    private final ProtectedAttributes attributes;
    private final IdentifierValues values;

    NodeFilesWriter(World world, ProtectedAttributes attributes) {
        this.world = world;
        this.attributes = attributes;
        this.values = new IdentifierValues(world.settings.seed());
    }

    /** Writes the node files into {@code dir}; returns rows per file in the order written. */
    Map<String, Long> write(Path dir) throws IOException {
        IdBook ids = world.ids;
        Map<String, Long> rows = new LinkedHashMap<>();
        int nameKey = (int) Seeds.derive(world.settings.seed(), Seeds.NAMES);

        write(dir, NodeLabel.COMMUNITY, ids.count(NodeKind.COMMUNITY), rows, (k, row) -> {
            int c = ids.indexAt(NodeKind.COMMUNITY, k);
            row.put("id", ids.id(NodeKind.COMMUNITY, c));
            row.put("name", Lexicon.community(Seeds.hash(nameKey, c), world.places.kind[c], world.places.region[c]));
            row.put("kind", Places.KINDS[world.places.kind[c]]);
            row.put("region", Lexicon.region(world.places.region[c]));
        });
        Population people = world.population;
        write(dir, NodeLabel.INDIVIDUAL, ids.count(NodeKind.INDIVIDUAL), rows, (k, row) -> {
            int i = ids.indexAt(NodeKind.INDIVIDUAL, k);
            ProtectedAttributes.Attributes a = attributes.of(i, people.residentialOf[i]);
            int year = people.birthYear(i);
            row.put("id", ids.id(NodeKind.INDIVIDUAL, i));
            row.put("name", a.name());
            row.put("birth_year", year == 0 ? "" : Integer.toString(year));
            row.put("language", a.language());
            row.put("nationality", a.nationality());
            row.put("residence_status", a.residenceStatus());
        });
        Businesses biz = world.businesses;
        write(dir, NodeLabel.EMPLOYER, ids.count(NodeKind.EMPLOYER), rows, (k, row) -> {
            int e = ids.indexAt(NodeKind.EMPLOYER, k);
            String industry = biz.employerIndustry.get(e);
            row.put("id", ids.id(NodeKind.EMPLOYER, e));
            row.put("name", Lexicon.employer(Seeds.hash(nameKey + 1, e), industry));
            row.put("industry", industry);
            row.put("region", Lexicon.region(world.places.region[biz.employerCommunity.get(e)]));
        });
        write(dir, NodeLabel.BROKER, ids.count(NodeKind.BROKER), rows, (k, row) -> {
            int b = ids.indexAt(NodeKind.BROKER, k);
            row.put("id", ids.id(NodeKind.BROKER, b));
            row.put("name", Lexicon.broker(Seeds.hash(nameKey + 2, b), biz.brokerKind.get(b)));
            row.put("kind", Businesses.BROKER_KINDS[biz.brokerKind.get(b)]);
            row.put("license_status", Businesses.LICENSES[biz.brokerLicense.get(b)]);
        });
        Organizations orgs = world.organizations;
        write(dir, NodeLabel.ORGANIZATION, ids.count(NodeKind.ORGANIZATION), rows, (k, row) -> {
            int o = ids.indexAt(NodeKind.ORGANIZATION, k);
            row.put("id", ids.id(NodeKind.ORGANIZATION, o));
            row.put("name", orgs.name.get(o));
            row.put("kind", Organizations.KINDS[orgs.kind.get(o)]);
        });
        NodeKind[] identifierKinds = {NodeKind.ADDRESS, NodeKind.PHONE, NodeKind.ACCOUNT};
        int addresses = ids.count(NodeKind.ADDRESS);
        int phones = ids.count(NodeKind.PHONE);
        write(dir, NodeLabel.IDENTIFIER, addresses + phones + ids.count(NodeKind.ACCOUNT), rows, (k, row) -> {
            NodeKind kind = k < addresses ? identifierKinds[0] : k < addresses + phones ? identifierKinds[1] : identifierKinds[2];
            int offset = k < addresses ? 0 : k < addresses + phones ? addresses : addresses + phones;
            int index = ids.indexAt(kind, k - offset);
            row.put("id", ids.id(kind, index));
            row.put("kind", kind.identifierKind());
            row.put("value", values.value(kind, index));
        });
        Incidents incidents = world.incidents;
        write(dir, NodeLabel.INCIDENT, ids.count(NodeKind.INCIDENT), rows, (k, row) -> {
            int n = ids.indexAt(NodeKind.INCIDENT, k);
            row.put("id", ids.id(NodeKind.INCIDENT, n));
            row.put("kind", Incidents.KINDS[incidents.kind.get(n)]);
            row.put("date", world.time.date(incidents.day.get(n)));
            row.put("region", Lexicon.region(world.places.region[incidents.community.get(n)]));
        });
        return rows;
    }

    private static void write(Path dir, NodeLabel label, int count, Map<String, Long> rows, RowFiller filler)
            throws IOException {
        List<String> columns = CsvFiles.columns(label);
        Map<String, String> row = new HashMap<>();
        try (CSVPrinter printer = CsvFiles.open(dir, label.fileName(), columns)) {
            for (int k = 0; k < count; k++) {
                filler.fill(k, row);
                if (k == 0 && !columns.containsAll(row.keySet())) {
                    throw new IllegalStateException("generator bug: " + label.fileName() + " has no column for " + row.keySet());
                }
                for (String column : columns) {
                    printer.print(row.getOrDefault(column, ""));
                }
                printer.println();
            }
        }
        rows.put(label.fileName(), (long) count);
    }
}
