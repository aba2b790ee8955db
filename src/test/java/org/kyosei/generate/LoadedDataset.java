package org.kyosei.generate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;

/** A generated dataset read back into memory for assertions (small sizes only). */
record LoadedDataset(Map<String, List<String>> headers, Map<String, List<Map<String, String>>> files,
                     Map<String, NodeLabel> labels, Map<String, Map<String, String>> nodes, List<Rel> relations,
                     Map<String, List<Rel>> bySrc, Map<String, List<Rel>> byDst) {

    /** One relations.csv row, with its 1-based line number. */
    record Rel(long line, String src, String type, String dst, String since, String until, String weight,
               String source, String confidence) {
        RelationType relationType() {
            return RelationType.valueOf(type);
        }

        double weightValue() {
            return weight.isEmpty() ? 1 : Double.parseDouble(weight);
        }

        double confidenceValue() {
            return confidence.isEmpty() ? 1 : Double.parseDouble(confidence);
        }

        LocalDate sinceDate() {
            return since.isEmpty() ? null : LocalDate.parse(since);
        }
    }

    static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    static LoadedDataset load(Path dir) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Map<String, List<Map<String, String>>> files = new LinkedHashMap<>();
        try (var listing = Files.list(dir)) {
            for (Path file : listing.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                     CSVParser parser = CSVParser.parse(in, READ)) {
                    String name = file.getFileName().toString();
                    headers.put(name, parser.getHeaderNames());
                    List<Map<String, String>> rows = new ArrayList<>();
                    for (CSVRecord record : parser) {
                        if (!record.isConsistent()) {
                            throw new IllegalStateException(name + " line " + record.getRecordNumber() + " has "
                                    + record.size() + " fields");
                        }
                        rows.add(record.toMap());
                    }
                    files.put(name, rows);
                }
            }
        }
        Map<String, NodeLabel> labels = new HashMap<>();
        Map<String, Map<String, String>> nodes = new HashMap<>();
        for (NodeLabel label : NodeLabel.values()) {
            for (Map<String, String> row : files.getOrDefault(label.fileName(), List.of())) {
                NodeLabel previous = labels.put(row.get("id"), label);
                if (previous != null) {
                    throw new IllegalStateException("duplicate id " + row.get("id"));
                }
                nodes.put(row.get("id"), row);
            }
        }
        List<Rel> relations = new ArrayList<>();
        long line = 1;
        for (Map<String, String> r : files.getOrDefault(CsvFiles.RELATIONS, List.of())) {
            relations.add(new Rel(++line, r.get("src"), r.get("type"), r.get("dst"), r.get("since"), r.get("until"),
                    r.get("weight"), r.get("source"), r.get("confidence")));
        }
        Map<String, List<Rel>> bySrc = new HashMap<>();
        Map<String, List<Rel>> byDst = new HashMap<>();
        for (Rel r : relations) {
            bySrc.computeIfAbsent(r.src(), k -> new ArrayList<>()).add(r);
            byDst.computeIfAbsent(r.dst(), k -> new ArrayList<>()).add(r);
        }
        return new LoadedDataset(headers, files, labels, nodes, relations, bySrc, byDst);
    }

    List<Map<String, String>> rows(String file) {
        return files.getOrDefault(file, List.of());
    }

    List<Rel> from(String src, String type) {
        return bySrc.getOrDefault(src, List.of()).stream().filter(r -> r.type.equals(type)).toList();
    }

    List<Rel> to(String dst, String type) {
        return byDst.getOrDefault(dst, List.of()).stream().filter(r -> r.type.equals(type)).toList();
    }

    /** Every row with the node at either end. */
    List<Rel> touching(String id) {
        List<Rel> rows = new ArrayList<>(bySrc.getOrDefault(id, List.of()));
        rows.addAll(byDst.getOrDefault(id, List.of()));
        return rows;
    }

    /** CONTACT rows touching the individual, either direction. */
    List<Rel> contacts(String individual) {
        return touching(individual).stream().filter(r -> r.type.equals("CONTACT")).toList();
    }

    static String other(Rel contact, String individual) {
        return contact.src.equals(individual) ? contact.dst : contact.src;
    }

    /** Individuals AFFILIATED_WITH any organization, to the organization id. */
    Map<String, String> members() {
        return relations.stream().filter(r -> r.type.equals("AFFILIATED_WITH"))
                .collect(Collectors.toMap(Rel::src, Rel::dst, (a, b) -> a));
    }

    String kindOfIdentifier(String id) {
        return nodes.get(id).get("kind");
    }
}
