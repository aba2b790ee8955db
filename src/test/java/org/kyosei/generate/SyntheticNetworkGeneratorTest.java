package org.kyosei.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.domain.NodeLabel;

class SyntheticNetworkGeneratorTest {
    private static final LocalDate END = LocalDate.of(2026, 11, 29);
    private static final GeneratorSettings SMALL = new GeneratorSettings(1500, 12, 7L, END);
    private static final List<String> PATTERNS = List.of("FRONT_BROKER", "FRONT_EMPLOYER", "GATEKEEPER",
            "EXPLOITATION_HUB", "FEE_SKIMMING", "INFILTRATION_GROWTH", "NEW_BRIDGE");
    private static final List<String> LOOKALIKES = List.of("LARGE_LICENSED_AGENCY", "COMMUNITY_ORGANISER",
            "NEIGHBOUR_OF_MEMBER", "CASUAL_CONTACT");

    @TempDir
    static Path shared;
    private static GenerationSummary summary;
    private static LoadedDataset data;

    @BeforeAll
    static void generateOnce() throws IOException {
        summary = new SyntheticNetworkGenerator(SMALL).generate(shared.resolve("base"), done -> { });
        data = LoadedDataset.load(shared.resolve("base"));
    }

    @Test
    void writesEveryFileOfTheContractPlusTruthAndLookalikes() {
        List<String> expected = new ArrayList<>();
        for (NodeLabel label : NodeLabel.values()) {
            expected.add(label.fileName());
        }
        expected.addAll(List.of("relations.csv", "truth.csv", "lookalikes.csv", "related.csv"));
        assertThat(summary.rowsPerFile().keySet()).containsExactlyElementsOf(expected);
        assertThat(data.files().keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(data.headers().get("relations.csv"))
                .containsExactly("src", "type", "dst", "since", "until", "weight", "source", "confidence");
        assertThat(data.headers().get("truth.csv")).containsExactly("subject_id", "pattern", "since", "note");
        assertThat(data.headers().get("lookalikes.csv")).containsExactly("subject_id", "pattern", "since", "note");
        assertThat(data.headers().get("related.csv")).containsExactly("subject_id", "pattern", "since", "note");
    }

    @Test
    void relatedLeadsNameEntitiesOfTheRightKindAndNeverALookAlike() {
        List<Map<String, String>> related = data.rows("related.csv");
        assertThat(related).isNotEmpty();
        Set<String> benign = data.rows("lookalikes.csv").stream().map(r -> r.get("subject_id")).collect(Collectors.toSet());
        Map<String, NodeLabel> expected = Map.of("INFILTRATION_GROWTH", NodeLabel.COMMUNITY,
                "EXPLOITATION_HUB", NodeLabel.EMPLOYER, "NEW_BRIDGE", NodeLabel.INDIVIDUAL);
        assertThat(related).allSatisfy(r -> {
            assertThat(expected).containsKey(r.get("pattern"));
            assertThat(data.labels().get(r.get("subject_id"))).as(r.toString()).isEqualTo(expected.get(r.get("pattern")));
            assertThat(benign).doesNotContain(r.get("subject_id"));
            assertThat(r.get("note")).isNotBlank();
        });
    }

    @Test
    void aGatekeepersHomeCommunityIsARelatedGrowthLeadItReallyRecruitsIn() {
        List<Map<String, String>> gatekeepers = data.rows("truth.csv").stream()
                .filter(r -> r.get("pattern").equals("GATEKEEPER")).toList();
        assertThat(gatekeepers).isNotEmpty();
        List<Map<String, String>> relations = data.rows("relations.csv");
        for (Map<String, String> case_ : gatekeepers) {
            String gatekeeper = case_.get("subject_id");
            String home = case_.get("note").split(" ")[2];
            Map<String, String> related = data.rows("related.csv").stream()
                    .filter(r -> r.get("pattern").equals("INFILTRATION_GROWTH") && r.get("subject_id").equals(home)
                            && r.get("note").contains(gatekeeper))
                    .findFirst().orElseThrow(() -> new AssertionError("no related growth lead for " + gatekeeper));
            assertThat(related.get("since")).isEqualTo(case_.get("since"));
            Set<String> residents = relations.stream()
                    .filter(r -> r.get("type").equals("MEMBER_OF") && r.get("dst").equals(home))
                    .map(r -> r.get("src")).collect(Collectors.toSet());
            long recruited = relations.stream()
                    .filter(r -> r.get("type").equals("CONTACT") && r.get("since").compareTo(case_.get("since")) >= 0
                            && (r.get("src").equals(gatekeeper) || r.get("dst").equals(gatekeeper)))
                    .map(r -> r.get("src").equals(gatekeeper) ? r.get("dst") : r.get("src"))
                    .filter(residents::contains).distinct().count();
            assertThat(residents).as(gatekeeper + " lives in " + home).contains(gatekeeper);
            assertThat(recruited).as("residents of " + home + " contacted by " + gatekeeper).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void reportedRowCountsMatchTheFiles() {
        summary.rowsPerFile().forEach((file, rows) ->
                assertThat(data.rows(file)).as(file).hasSize(rows.intValue()));
        assertThat(summary.plantedCases()).isEqualTo(data.rows("truth.csv").size());
        assertThat(summary.lookalikes()).isEqualTo(data.rows("lookalikes.csv").size());
        assertThat(data.rows("individuals.csv")).hasSize(SMALL.individuals());
        assertThat(summary.start()).isEqualTo(END.minusDays(7L * 12 - 1));
        assertThat(summary.end()).isEqualTo(END);
    }

    @Test
    void everyRowIsValidPerTheContract() {
        assertThat(DatasetContract.violations(data, summary.start(), summary.end())).isEmpty();
    }

    @Test
    void everyNodeTakesPartInSomeRelationship() {
        Set<String> linked = data.relations().stream().flatMap(r -> java.util.stream.Stream.of(r.src(), r.dst()))
                .collect(Collectors.toSet());
        assertThat(data.labels().keySet()).allMatch(linked::contains);
    }

    @Test
    void everyPatternIsPlantedAtLeastTwiceOnExistingDistinctSubjects() {
        List<Map<String, String>> truth = data.rows("truth.csv");
        Map<String, Long> perPattern = truth.stream()
                .collect(Collectors.groupingBy(r -> r.get("pattern"), Collectors.counting()));
        assertThat(perPattern.keySet()).containsExactlyInAnyOrderElementsOf(PATTERNS);
        assertThat(perPattern.values()).allMatch(n -> n >= 2);
        assertThat(truth).allSatisfy(r -> {
            assertThat(data.labels()).containsKey(r.get("subject_id"));
            assertThat(r.get("note")).isNotBlank();
            assertThat(LocalDate.parse(r.get("since"))).isBetween(summary.start(), summary.end());
        });
        assertThat(truth.stream().map(r -> r.get("subject_id")).distinct().count()).isEqualTo(truth.size());
    }

    @Test
    void subjectsHaveTheLabelTheirPatternImplies() {
        for (Map<String, String> r : data.rows("truth.csv")) {
            NodeLabel label = data.labels().get(r.get("subject_id"));
            NodeLabel expected = switch (r.get("pattern")) {
                case "FRONT_BROKER" -> NodeLabel.BROKER;
                case "FRONT_EMPLOYER" -> NodeLabel.EMPLOYER;
                case "GATEKEEPER", "NEW_BRIDGE" -> NodeLabel.INDIVIDUAL;
                case "FEE_SKIMMING" -> NodeLabel.IDENTIFIER;
                case "INFILTRATION_GROWTH" -> NodeLabel.COMMUNITY;
                default -> label == NodeLabel.BROKER ? NodeLabel.BROKER : NodeLabel.EMPLOYER;
            };
            assertThat(label).as(r.toString()).isEqualTo(expected);
        }
    }

    @Test
    void lookalikesExistAndAreNotPlantedSubjects() {
        List<Map<String, String>> lookalikes = data.rows("lookalikes.csv");
        assertThat(lookalikes.stream().map(r -> r.get("pattern")).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(LOOKALIKES);
        Set<String> planted = data.rows("truth.csv").stream().map(r -> r.get("subject_id")).collect(Collectors.toSet());
        assertThat(lookalikes).allSatisfy(r -> {
            assertThat(data.labels()).containsKey(r.get("subject_id"));
            assertThat(planted).doesNotContain(r.get("subject_id"));
        });
    }

    @Test
    void everyKindOfEveryVocabularyAppears() {
        for (NodeLabel label : NodeLabel.values()) {
            label.vocabularies().forEach((column, values) -> {
                if (label == NodeLabel.BROKER && column.equals("license_status")) {
                    return;
                }
                Set<String> seen = data.rows(label.fileName()).stream().map(r -> r.get(column)).collect(Collectors.toSet());
                assertThat(seen).as(label + "." + column).containsAll(values);
            });
        }
        Set<String> types = data.relations().stream().map(LoadedDataset.Rel::type).collect(Collectors.toSet());
        assertThat(types).containsExactlyInAnyOrder(java.util.Arrays.stream(org.kyosei.domain.RelationType.values())
                .map(Enum::name).toArray(String[]::new));
    }

    @Test
    void theGraphGrowsOverTheWeeksAndSomeRelationshipsEnd() {
        long always = data.relations().stream().filter(r -> r.since().isEmpty()).count();
        long dated = data.relations().size() - always;
        long ended = data.relations().stream().filter(r -> !r.until().isEmpty()).count();
        assertThat(always).isPositive();
        assertThat(dated).isGreaterThan(data.relations().size() / 5);
        assertThat(ended).isPositive();
        long firstHalf = data.relations().stream().filter(r -> !r.since().isEmpty())
                .filter(r -> r.sinceDate().isBefore(summary.start().plusWeeks(6))).count();
        assertThat(firstHalf).isBetween(dated / 5, dated * 4 / 5);
    }

    @Test
    void sameSettingsGiveIdenticalBytes(@TempDir Path other) throws IOException {
        new SyntheticNetworkGenerator(SMALL).generate(other, done -> { });
        for (String file : summary.rowsPerFile().keySet()) {
            assertThat(Files.mismatch(shared.resolve("base").resolve(file), other.resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedGivesAnotherDataset(@TempDir Path other) throws IOException {
        GeneratorSettings reseeded = new GeneratorSettings(SMALL.individuals(), SMALL.weeks(), 8L, END);
        new SyntheticNetworkGenerator(reseeded).generate(other, done -> { });
        assertThat(Files.mismatch(shared.resolve("base").resolve("relations.csv"), other.resolve("relations.csv")))
                .isNotEqualTo(-1L);
        assertThat(Files.mismatch(shared.resolve("base").resolve("truth.csv"), other.resolve("truth.csv")))
                .isNotEqualTo(-1L);
    }

    @Test
    void protectedAttributesAreDrawnIndependentlyOfAllStructure(@TempDir Path other) throws IOException {
        new SyntheticNetworkGenerator(SMALL, 12345L).generate(other, done -> { });
        for (String file : summary.rowsPerFile().keySet()) {
            if (!file.equals("individuals.csv")) {
                assertThat(Files.mismatch(shared.resolve("base").resolve(file), other.resolve(file)))
                        .as(file + " must not depend on protected attributes").isEqualTo(-1L);
            }
        }
        LoadedDataset redrawn = LoadedDataset.load(other);
        List<Map<String, String>> before = data.rows("individuals.csv");
        List<Map<String, String>> after = redrawn.rows("individuals.csv");
        assertThat(after).hasSameSizeAs(before);
        int changed = 0;
        for (int k = 0; k < before.size(); k++) {
            assertThat(after.get(k).get("id")).isEqualTo(before.get(k).get("id"));
            assertThat(after.get(k).get("birth_year")).isEqualTo(before.get(k).get("birth_year"));
            if (!after.get(k).get("nationality").equals(before.get(k).get("nationality"))) {
                changed++;
            }
        }
        assertThat(changed).isGreaterThan(before.size() / 3);
    }

    @Test
    void protectedAttributesAreFilledFromSmallLists() {
        List<Map<String, String>> people = data.rows("individuals.csv");
        for (String column : NodeLabel.PROTECTED_PROPERTIES) {
            Set<String> values = people.stream().map(r -> r.get(column)).collect(Collectors.toSet());
            assertThat(values).as(column).hasSizeBetween(3, 20);
        }
        assertThat(people).allSatisfy(r -> {
            assertThat(r.get("name")).isNotBlank();
            assertThat(r.get("nationality")).isNotBlank();
            assertThat(r.get("language")).isNotBlank();
        });
    }

    @Test
    void progressRisesToTheNumberOfIndividuals(@TempDir Path other) throws IOException {
        GeneratorSettings settings = new GeneratorSettings(200, 1, 3L, END);
        List<Long> seen = new ArrayList<>();
        GenerationSummary tiny = new SyntheticNetworkGenerator(settings).generate(other.resolve("new-dir"), seen::add);
        assertThat(seen).isSortedAccordingTo(Long::compare);
        assertThat(seen.getFirst()).isZero();
        assertThat(seen.getLast()).isEqualTo(200L);
        LoadedDataset small = LoadedDataset.load(other.resolve("new-dir"));
        assertThat(DatasetContract.violations(small, tiny.start(), tiny.end())).isEmpty();
        assertThat(small.rows("truth.csv").stream().map(r -> r.get("pattern")).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(PATTERNS);
    }

    @Test
    void manySeedsAndSizesStayValid(@TempDir Path other) throws IOException {
        int[][] shapes = {{200, 52}, {200, 3}, {700, 8}, {1500, 1}};
        for (int k = 0; k < shapes.length; k++) {
            GeneratorSettings settings = new GeneratorSettings(shapes[k][0], shapes[k][1], 100L + k, END);
            Path dir = other.resolve("shape" + k);
            GenerationSummary result = new SyntheticNetworkGenerator(settings).generate(dir, done -> { });
            LoadedDataset loaded = LoadedDataset.load(dir);
            assertThat(DatasetContract.violations(loaded, result.start(), result.end())).as(settings.toString()).isEmpty();
            assertThat(loaded.rows("truth.csv").stream().map(r -> r.get("subject_id")).distinct().count())
                    .isEqualTo(loaded.rows("truth.csv").size());
        }
    }
}
