package org.kyosei.application;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kyosei.report.ReportHtml;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The weekly anomaly lists written by {@code kyosei report weekly}: every {@code anomalies.csv} in a folder
 * under {@code kyosei.reports-dir} (default {@code reports}) whose name holds its as-of date
 * ({@code reports/2026-11-29/anomalies.csv}, a manual run's {@code --out}) or its ISO week
 * ({@code reports/2026-W48/anomalies.csv}, the scheduled run's). The list of a week is the one dated in the same ISO week;
 * without a date, the latest. Each row is a {@link ListedLead}, its fields the file's columns as written.
 */
public final class AnomalyLists {
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?!\\d)");

    private final Path root;

    /** The lists found under {@code root}. */
    public AnomalyLists(Path root) {
        this.root = root;
    }

    /** One week's list: its date, the file it came from, and its rows in rank order. */
    public record WeeklyList(LocalDate asOf, Path file, List<ListedLead> rows) {
    }

    /** The list of the ISO week holding {@code asOf}, or the latest list without a date. */
    public Optional<WeeklyList> forWeekOf(Optional<LocalDate> asOf) {
        List<Dated> lists = listed();
        Stream<Dated> candidates = lists.stream();
        if (asOf.isPresent()) {
            LocalDate date = asOf.get();
            candidates = candidates.filter(d -> d.date().get(IsoFields.WEEK_BASED_YEAR) == date.get(IsoFields.WEEK_BASED_YEAR)
                    && d.date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        return candidates.max(Comparator.comparing(Dated::date)).map(d -> new WeeklyList(d.date(), d.file(),
                read(d.file(), japaneseExplanations(d.file().resolveSibling("anomalies.json")))));
    }

    private record Dated(LocalDate date, Path file) {
    }

    /**
     * A week that has a list: its as-of date, its ISO week ({@code 2026-W48}), how many leads it holds, and how many
     * of them by status and by indicator (counts only: no subject).
     */
    public record Week(LocalDate asOf, String isoWeek, int leads, Map<String, Integer> byStatus, Map<String, Integer> byIndicator) {
    }

    /** Every week that has a list, the latest first; a week with several lists counts the latest, as {@link #forWeekOf} reads it. */
    public List<Week> weeks() {
        Map<String, Dated> latestOfWeek = new TreeMap<>(Comparator.reverseOrder());
        for (Dated d : listed()) {
            latestOfWeek.merge(ReportHtml.week(d.date()), d, (a, b) -> a.date().isAfter(b.date()) ? a : b);
        }
        List<Week> weeks = new ArrayList<>();
        latestOfWeek.forEach((week, d) -> {
            List<ListedLead> rows = read(d.file(), Map.of()); // counts only: no explanation is read
            Map<String, Integer> byStatus = new TreeMap<>();
            Map<String, Integer> byIndicator = new TreeMap<>();
            rows.forEach(row -> {
                byStatus.merge(row.status(), 1, Integer::sum);
                byIndicator.merge(row.indicator(), 1, Integer::sum);
            });
            weeks.add(new Week(d.date(), week, rows.size(), byStatus, byIndicator));
        });
        return weeks;
    }

    private List<Dated> listed() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Dated> found = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            folders.filter(Files::isDirectory).forEach(folder -> {
                Path csv = folder.resolve("anomalies.csv");
                if (Files.isRegularFile(csv)) {
                    dateOf(folder.getFileName().toString()).ifPresent(date -> found.add(new Dated(date, csv)));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the reports folder " + root, e);
        }
        return found;
    }

    /**
     * The Japanese explanations of a list's {@code anomalies.json} by subject and indicator; none when the file is
     * missing, unreadable or from a version that wrote none (the English ones of anomalies.csv are shown then).
     */
    private static Map<String, String> japaneseExplanations(Path json) {
        if (!Files.isRegularFile(json)) {
            return Map.of();
        }
        try {
            Map<String, String> found = new HashMap<>();
            for (JsonNode row : JsonMapper.builder().build().readTree(json.toFile()).path("anomalies")) {
                String text = row.path("explanation_ja").asString("");
                if (!text.isBlank()) {
                    found.put(row.path("subject_id").asString("") + "|" + row.path("indicator").asString(""), text);
                }
            }
            return found;
        } catch (RuntimeException unreadable) {
            return Map.of();
        }
    }

    /**
     * The as-of date a report folder's name holds: a date ({@code 2026-11-29}) or an ISO week ({@code 2026-W48},
     * as the scheduled weekly run names them), read as the last day (Sunday) of that week.
     */
    public static Optional<LocalDate> dateOf(String folderName) {
        Matcher week = ISO_WEEK.matcher(folderName);
        if (week.find()) {
            int year = Integer.parseInt(week.group(1));
            int number = Integer.parseInt(week.group(2));
            LocalDate mid = LocalDate.of(year, 6, 1);
            if (number < 1 || number > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                return Optional.empty();
            }
            return Optional.of(mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(java.time.DayOfWeek.SUNDAY));
        }
        Matcher date = DATE.matcher(folderName);
        if (date.find()) {
            try {
                return Optional.of(LocalDate.parse(date.group(1)));
            } catch (DateTimeParseException notADate) {
                return Optional.empty(); // a folder name like 2026-13-40 is not a report of ours
            }
        }
        return Optional.empty();
    }

    /** The rows of an anomalies.csv, each with its Japanese explanation from {@code japanese} (by subject and indicator). */
    private static List<ListedLead> read(Path file, Map<String, String> japanese) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<ListedLead> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (String column : ListedLead.COLUMNS) {
                    row.put(column, record.isMapped(column) && record.isSet(column) ? record.get(column) : "");
                }
                row.put("explanation_ja", japanese.getOrDefault(row.get("subject_id") + "|" + row.get("indicator"), ""));
                rows.add(ListedLead.of(row));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the anomaly list " + file, e);
        }
    }
}
