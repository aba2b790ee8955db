package org.kyosei.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

import org.apache.commons.csv.CSVPrinter;

/**
 * Generates a synthetic community-network dataset in the format of DATA.md, with planted
 * penetration patterns (truth.csv) and benign look-alikes (lookalikes.csv).
 *
 * <p>The model, briefly: residents live in households in residential communities of
 * heavy-tailed size and also work, study or gather in other communities; they use addresses,
 * phones and accounts; employers and brokers hire and place them; they contact each other mostly
 * within their household, community and workplace; money moves as wages, rent, fees and
 * remittances; incidents of every kind happen. A few criminal organizations have members outside
 * this background. Planters then add, per about 10,000 individuals, one case of each pattern:
 * FRONT_BROKER, FRONT_EMPLOYER, GATEKEEPER, EXPLOITATION_HUB, FEE_SKIMMING, INFILTRATION_GROWTH and
 * NEW_BRIDGE, each starting in a different week so growth is visible, and look-alikes that share
 * the surface features (size, bridging, a shared address, a contact) without the signal.
 *
 * <p>Everything derives from the seed; the same settings give byte-identical files. Nationality,
 * language and residence status come from a separate stream drawn after the structure and cause
 * nothing. Background rows are produced per resident on the fly and streamed to relations.csv,
 * so memory stays at a few int arrays per individual.
 */
public final class SyntheticNetworkGenerator {
    private static final int PROGRESS_STEP = 8192;

    private final GeneratorSettings settings;
    private final long protectedAttributeSalt;

    public SyntheticNetworkGenerator(GeneratorSettings settings) {
        this(settings, 0);
    }

    /**
     * A generator whose protected attributes (nationality, language, residence status, and names)
     * are drawn from a stream varied by {@code protectedAttributeSalt}; 0 is the normal dataset.
     * Everything else is identical for every salt.
     */
    SyntheticNetworkGenerator(GeneratorSettings settings, long protectedAttributeSalt) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.protectedAttributeSalt = protectedAttributeSalt;
    }

    /**
     * Writes DIR/*.csv per DATA.md plus DIR/truth.csv, DIR/lookalikes.csv and DIR/related.csv, and
     * for a world other than the default DIR/world.json ({@link WorldFile}); creates DIR.
     * {@code progress} receives (done, total) in "individuals processed" units: total is the
     * number of individuals, and done rises from 0 to total over the whole run.
     */
    public GenerationSummary generate(Path dir, LongConsumer progress) throws IOException {
        Objects.requireNonNull(dir, "dir");
        LongConsumer report = progress == null ? done -> { } : progress;
        long total = settings.individuals();
        Files.createDirectories(dir);
        report.accept(0);
        World world = WorldBuilder.build(settings);
        report.accept(total / 10);

        ProtectedAttributes attributes =
                new ProtectedAttributes(settings.seed(), protectedAttributeSalt, world.places.count);
        Map<String, Long> rows = new LinkedHashMap<>(new NodeFilesWriter(world, attributes).write(dir));
        report.accept(total / 4);

        rows.put(CsvFiles.RELATIONS, writeRelations(world, dir, report, total));
        rows.put(CsvFiles.TRUTH, writeCases(world, dir, CsvFiles.TRUTH, world.truth));
        rows.put(CsvFiles.LOOKALIKES, writeCases(world, dir, CsvFiles.LOOKALIKES, world.lookalikes));
        rows.put(CsvFiles.RELATED, writeCases(world, dir, CsvFiles.RELATED, world.related));
        if (!settings.world().isDefault()) {
            WorldFile.write(world, dir);
        }
        report.accept(total);
        return new GenerationSummary(rows, world.truth.size(), world.lookalikes.size(), world.time.start(),
                world.time.end());
    }

    private static long writeRelations(World world, Path dir, LongConsumer report, long total) throws IOException {
        RowBuffer extra = world.rows;
        int[] order = extra.orderByAnchor();
        ResidentRows background = new ResidentRows(world);
        int residents = world.population.residents;
        long base = total / 4;
        try (RelationFileWriter out = new RelationFileWriter(dir, world.ids, world.time, world.settings.world())) {
            RelationSink unlessHeld = (src, type, dst, since, until, weight, source, confidence) -> {
                if (!extra.holds(src, type, dst, since)) {
                    out.relation(src, type, dst, since, until, weight, source, confidence);
                }
            };
            int next = 0;
            for (int i = 0; i < residents; i++) {
                background.write(i, unlessHeld);
                while (next < order.length && extra.anchor(order[next]) == i) {
                    extra.emit(order[next++], out);
                }
                if ((i + 1) % PROGRESS_STEP == 0) {
                    report.accept(base + (total - base) * (i + 1) / residents);
                }
            }
            if (next != order.length) {
                throw new IllegalStateException("generator bug: rows anchored outside the residents");
            }
            return out.rows();
        }
    }

    private static long writeCases(World world, Path dir, String name, List<CaseRecord> cases) throws IOException {
        try (CSVPrinter printer = CsvFiles.open(dir, name, CsvFiles.CASE_COLUMNS)) {
            for (CaseRecord c : cases) {
                printer.printRecord(world.ids.id(c.subject()), c.pattern(), world.time.date(c.since()),
                        c.renderNote(world.ids));
            }
        }
        return cases.size();
    }
}
