package org.kyosei.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate --world random}: a world per seed, reproducible byte for byte, different between
 * seeds, drawn from wide ranges, and planting every variant of every pattern and every kind of
 * benign look-alike somewhere across a few seeds.
 */
class RandomWorldTest {
    private static final LocalDate END = LocalDate.of(2026, 11, 29);

    @TempDir
    Path temp;

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void oneSeedGivesByteIdenticalFilesAndAnotherSeedADifferentWorld() throws IOException {
        new SyntheticNetworkGenerator(GeneratorSettings.random(1500, 6, 41, END)).generate(temp.resolve("a"), null);
        new SyntheticNetworkGenerator(GeneratorSettings.random(1500, 6, 41, END)).generate(temp.resolve("b"), null);
        new SyntheticNetworkGenerator(GeneratorSettings.random(1500, 6, 42, END)).generate(temp.resolve("c"), null);
        Map<String, byte[]> a = files(temp.resolve("a"));
        Map<String, byte[]> b = files(temp.resolve("b"));
        Map<String, byte[]> c = files(temp.resolve("c"));
        assertThat(a.keySet()).contains("world.json", "truth.csv", "lookalikes.csv", "relations.csv").isEqualTo(b.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
        assertThat(c.get("relations.csv")).isNotEqualTo(a.get("relations.csv"));
        assertThat(c.get("world.json")).isNotEqualTo(a.get("world.json"));

        String json = Files.readString(temp.resolve("a/world.json"));
        assertThat(json).contains("\"seed\": 41", "\"moneyUnit\": ", "\"residentMemberShare\": ", "\"variant\": \"",
                "kyosei generate --world random --seed 41");
        assertThat(json).as("the parameters written are the ones drawn").contains(
                "\"moneyUnit\": " + String.format(java.util.Locale.ROOT, "%.4f", WorldParameters.draw(41).moneyUnit()));
    }

    @Test
    void theDefaultWorldWritesNoWorldFileAndKeepsItsParameters() throws IOException {
        new SyntheticNetworkGenerator(new GeneratorSettings(300, 2, 5, END)).generate(temp.resolve("d"), null);
        assertThat(temp.resolve("d/world.json")).doesNotExist();
        assertThat(new GeneratorSettings(300, 2, 5, END).world()).isEqualTo(WorldParameters.defaults());
        assertThat(WorldParameters.draw(5)).isEqualTo(WorldParameters.draw(5)).isNotEqualTo(WorldParameters.draw(6));
    }

    @Test
    void parametersSpanWideRangesAcrossSeeds() {
        List<WorldParameters> drawn = java.util.stream.LongStream.rangeClosed(1, 40).mapToObj(WorldParameters::draw).toList();
        assertThat(drawn.stream().mapToDouble(WorldParameters::moneyUnit).min().orElseThrow()).isLessThan(0.1);
        assertThat(drawn.stream().mapToDouble(WorldParameters::moneyUnit).max().orElseThrow()).isGreaterThan(10);
        assertThat(drawn.stream().mapToDouble(WorldParameters::residentMemberShare).min().orElseThrow()).isLessThan(0.1);
        assertThat(drawn.stream().mapToDouble(WorldParameters::residentMemberShare).max().orElseThrow()).isGreaterThan(0.6);
        assertThat(drawn.stream().mapToDouble(WorldParameters::individualsPerCommunity).min().orElseThrow()).isLessThan(150);
        assertThat(drawn.stream().mapToDouble(WorldParameters::individualsPerCommunity).max().orElseThrow()).isGreaterThan(700);
        assertThat(drawn.stream().mapToDouble(WorldParameters::contactWeightScale).max().orElseThrow()).isGreaterThan(2);
    }

    @Test
    void everyPlantVariantAndEveryLookAlikeAppearsAcrossSeeds() {
        Map<String, Set<String>> variants = new TreeMap<>();
        Set<String> lookalikes = new TreeSet<>();
        for (long seed = 1; seed <= 8; seed++) {
            World world = WorldBuilder.build(GeneratorSettings.random(1500, 6, seed, END));
            for (CaseRecord c : world.truth) {
                // "officer-shares-identifier:account+controlled" -> "officer-shares-identifier", "controlled"
                for (String part : c.variant().split("\\+")) {
                    variants.computeIfAbsent(c.pattern(), k -> new TreeSet<>()).add(part.replaceAll(":.*", ""));
                }
            }
            world.lookalikes.forEach(l -> lookalikes.add(l.pattern()));
        }
        Set<String> fronts = new TreeSet<>(variants.get("FRONT_BROKER"));
        fronts.addAll(variants.get("FRONT_EMPLOYER"));
        assertThat(fronts).containsAll(List.of(OrganizationTie.NAMES));
        assertThat(variants.get("GATEKEEPER")).containsExactlyInAnyOrder("narrow", "standard", "broad");
        assertThat(variants.get("FEE_SKIMMING")).containsExactlyInAnyOrder("direct", "forwarded", "layered");
        assertThat(variants.get("EXPLOITATION_HUB")).containsExactlyInAnyOrder("broker-fees", "employer-wages");
        assertThat(variants.get("INFILTRATION_GROWTH")).contains("contacts", "via-employer", "via-broker");
        assertThat(lookalikes).contains("LARGE_LICENSED_AGENCY", "COMMUNITY_ORGANISER", "NEIGHBOUR_OF_MEMBER",
                "CASUAL_CONTACT", MemberNeighbourhood.FRIEND, MemberNeighbourhood.FRIENDS_BUSINESS,
                MemberNeighbourhood.RELATIVE, SharedOfficeLookalike.PATTERN, AccountantLookalike.PATTERN);
    }

    @Test
    void theOfficersSharedIdentifierIsOneAMemberUses() {
        for (long seed = 1; seed <= 8; seed++) {
            World world = WorldBuilder.build(GeneratorSettings.random(1500, 6, seed, END));
            for (CaseRecord c : world.truth) {
                if (c.variant().startsWith("officer-shares-identifier")) {
                    String note = c.renderNote(world.ids);
                    assertThat(note).containsPattern("operated by P\\d+, who shares (phone|account|address) \\S+ with member P\\d+");
                    return;
                }
            }
        }
        throw new AssertionError("no officer-shares-identifier case in seeds 1..8");
    }

    @Test
    void aPlantedCaseIsNeverAlsoALookAlike() {
        int offices = 0;
        for (long seed = 1001; seed <= 1010; seed++) {
            World world = WorldBuilder.build(GeneratorSettings.random(20_000, 6, seed, END));
            Set<Integer> planted = new TreeSet<>();
            world.truth.forEach(c -> planted.add(c.subject()));
            world.related.forEach(c -> planted.add(c.subject()));
            for (CaseRecord l : world.lookalikes) {
                assertThat(planted).as("seed %d: look-alike %s of %s is planted", seed, l.pattern(), l.subject())
                        .doesNotContain(l.subject());
                offices += l.pattern().equals(SharedOfficeLookalike.PATTERN) ? 1 : 0;
            }
        }
        assertThat(offices).as("shared offices keep their benign businesses").isGreaterThan(50);
    }

    /** The share of contact pairs with more than one CONTACT row in DIR/relations.csv. */
    private static double repeatedPairs(Path dir) throws IOException {
        Map<String, Integer> rows = new java.util.HashMap<>();
        try (Stream<String> lines = Files.lines(dir.resolve("relations.csv"))) {
            lines.map(l -> l.split(",", 4)).filter(f -> f.length == 4 && f[1].equals("CONTACT")).forEach(f -> {
                String pair = f[0].compareTo(f[2]) < 0 ? f[0] + " " + f[2] : f[2] + " " + f[0];
                rows.merge(pair, 1, Integer::sum);
            });
        }
        return rows.values().stream().filter(n -> n > 1).count() / (double) rows.size();
    }

    @Test
    void ordinaryFriendshipsHaveASecondRecordAsOftenAsMembersFriendships() throws IOException {
        new SyntheticNetworkGenerator(GeneratorSettings.random(3000, 6, 43, END)).generate(temp.resolve("r"), null);
        new SyntheticNetworkGenerator(new GeneratorSettings(3000, 6, 43, END)).generate(temp.resolve("d"), null);
        assertThat(repeatedPairs(temp.resolve("r"))).isBetween(0.25, 0.4);
        assertThat(repeatedPairs(temp.resolve("d"))).isLessThan(0.1);
    }
}
