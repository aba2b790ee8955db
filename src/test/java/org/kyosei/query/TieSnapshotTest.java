package org.kyosei.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.store.Neo4jEntities;
import org.kyosei.store.Neo4jNeighbourhood;
import org.kyosei.store.Neo4jDatedGraphLoader;
import org.kyosei.support.CliRun;
import org.kyosei.support.SharedNeo4j;

/**
 * The in-memory graph answers as the database does: the same neighbourhoods (members, hops, ties, how many more)
 * for many centres, dates, hops and caps on a generated network, and the same search hits.
 */
class TieSnapshotTest {
    @TempDir
    static Path tmp;

    private static TieSnapshot snapshot;
    private static Neo4jNeighbourhood database;
    private static List<String> ids;

    @BeforeAll
    static void importGeneratedNetwork() {
        SharedNeo4j.emptied();
        Path data = tmp.resolve("g");
        assertThat(CliRun.of("generate", "--out", data.toString(), "--individuals", "600", "--weeks", "8", "--seed", "11",
                "--end", "2026-11-29").exitCode()).isZero();
        CliRun imported = CliRun.external("import", data.toString());
        assertThat(imported.exitCode()).as(imported.err()).isIn(0, 3);
        snapshot = TieSnapshot.of(new Neo4jDatedGraphLoader(SharedNeo4j.driver()).whole(), 0);
        database = new Neo4jNeighbourhood(SharedNeo4j.driver());
        ids = SharedNeo4j.driver().executableQuery("MATCH (n:Entity) RETURN n.id AS id ORDER BY id").execute().records()
                .stream().map(r -> r.get("id").asString()).toList();
    }

    @Test
    void holdsEveryEntityAndBothEndsOfEveryRelationship() {
        long relationships = SharedNeo4j.driver().executableQuery("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS c")
                .execute().records().getFirst().get("c").asLong();
        assertThat(snapshot.entities()).isEqualTo(ids.size());
        assertThat(snapshot.tieEnds()).isEqualTo(2 * relationships);
    }

    @Test
    void neighbourhoodsEqualTheDatabases() {
        Random random = new Random(5);
        List<LocalDate> dates = List.of(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 10, 15), LocalDate.of(2020, 1, 1));
        int compared = 0;
        int truncated = 0;
        for (int i = 0; i < 100; i++) {
            String id = ids.get(random.nextInt(ids.size()));
            LocalDate date = dates.get(i % dates.size());
            int hops = 1 + i % 3;
            int cap = List.of(5, 40, 200).get(random.nextInt(3));
            Optional<NeighbourhoodExpansion.Expansion> fromMemory = NeighbourhoodExpansion.expand(snapshot, id, hops, date, cap);
            Optional<NeighbourhoodExpansion.Expansion> fromDatabase = database.expand(id, hops, date, cap);
            assertThat(fromMemory).as("%s, %d hops, cap %d, as of %s", id, hops, cap, date).isEqualTo(fromDatabase);
            assertThat(snapshot.expand(id, hops, date, cap)).as("on arrays: %s, %d hops, cap %d, as of %s", id, hops, cap, date)
                    .isEqualTo(fromDatabase);
            compared++;
            if (fromMemory.orElseThrow().neighbourhood().truncated()) {
                truncated++;
            }
        }
        assertThat(compared).isEqualTo(100);
        assertThat(truncated).as("some neighbourhoods must reach their cap").isPositive();
    }

    @Test
    void theExpansionOnArraysEqualsTheGeneralOneForEveryEntityHopsCapAndDate() {
        Random random = new Random(9);
        List<LocalDate> dates = List.of(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 10, 4),
                LocalDate.of(1990, 1, 1));
        int truncated = 0;
        int exactMore = 0;
        for (int i = 0; i < 3000; i++) {
            String id = ids.get(random.nextInt(ids.size()));
            LocalDate date = dates.get(random.nextInt(dates.size()));
            int hops = 1 + random.nextInt(4);
            int cap = List.of(1, 2, 7, 30, 120, 400).get(random.nextInt(6));
            Optional<NeighbourhoodExpansion.Expansion> general = NeighbourhoodExpansion.expand(snapshot, id, hops, date, cap);
            Optional<NeighbourhoodExpansion.Expansion> onArrays = snapshot.expand(id, hops, date, cap);
            assertThat(onArrays).as("%s, %d hops, cap %d, as of %s", id, hops, cap, date).isEqualTo(general);
            if (general.orElseThrow().neighbourhood().truncated()) {
                truncated++;
                if (!general.orElseThrow().moreAtLeast()) {
                    exactMore++;
                }
            }
        }
        assertThat(truncated).as("many neighbourhoods must reach their cap").isGreaterThan(300);
        assertThat(exactMore).as("some must count exactly how many more there are").isPositive();
    }

    @Test
    void anUnknownEntityHasNoNeighbourhood() {
        assertThat(NeighbourhoodExpansion.expand(snapshot, "NO-SUCH-ID", 2, LocalDate.of(2026, 11, 29), 50)).isEmpty();
        assertThat(snapshot.expand("NO-SUCH-ID", 2, LocalDate.of(2026, 11, 29), 50)).isEmpty();
        assertThat(snapshot.tieLists(List.of("NO-SUCH-ID"), LocalDate.of(2026, 11, 29), 10)).isEmpty();
    }

    @Test
    void searchFindsWhatTheDatabaseFindsInTheSameOrder() {
        Neo4jEntities entities = new Neo4jEntities(SharedNeo4j.driver());
        Map<String, EntityMatch> some = entities.describe(List.of(ids.get(3), ids.get(ids.size() / 2), ids.getLast()));
        List<String> queries = new ArrayList<>();
        for (EntityMatch match : some.values()) {
            queries.add(match.id());
            queries.add(match.id().substring(0, Math.min(4, match.id().length())).toLowerCase());
            if (match.name() != null) {
                List<String> words = TieSnapshot.words(match.name());
                queries.add(words.getFirst());
                queries.add(words.getFirst().substring(0, Math.min(2, words.getFirst().length())) + " " + words.getLast());
            }
        }
        entities.describe(ids).values().stream().filter(m -> m.name() != null && m.name().contains("-")).findFirst()
                .ifPresent(m -> queries.add(m.name().substring(m.name().lastIndexOf(' ') + 1).toUpperCase()));
        queries.add("no-such-word-anywhere");
        for (String query : queries) {
            List<EntityMatch> fromMemory = snapshot.search(query, 500);
            List<EntityMatch> fromDatabase = entities.search(query, 500);
            assertThat(fromMemory).as(query).containsExactlyElementsOf(fromDatabase);
            if (entities.describe(List.of(query)).containsKey(query)) {
                assertThat(fromMemory.getFirst().id()).as("an exact id comes first").isEqualTo(query);
            }
        }
    }

    @Test
    void aQueryWordWithAHyphenMatchesTheNameWordsItJoins() {
        EntityMatch hyphenated = new Neo4jEntities(SharedNeo4j.driver()).describe(ids).values().stream().filter(m -> m.name() != null && m.name().contains("-"))
                .findFirst().orElseThrow();
        String lastWord = hyphenated.name().substring(hyphenated.name().lastIndexOf(' ') + 1);
        assertThat(lastWord).contains("-");
        assertThat(snapshot.search(lastWord.toUpperCase(), 500)).contains(hyphenated);
    }

    @Test
    void searchWithoutWordsFindsOnlyAnExactIdAndRespectsTheLimit() {
        assertThat(snapshot.search("--", 20)).isEmpty();
        assertThat(snapshot.search("   ", 20)).isEmpty();
        assertThat(snapshot.search(ids.getFirst().substring(0, 1), 3)).hasSize(3);
        assertThat(snapshot.search(ids.get(7), 1)).extracting(EntityMatch::id).containsExactly(ids.get(7));
    }

    @Test
    void sortKeysOrderWordsAsTheWordsThemselves() {
        Random random = new Random(5);
        String alphabet = "abyz09\u00e9\u00ff\u0101\u4e00\u9fff\uac00\uffef";
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder word = new StringBuilder();
            int length = 1 + random.nextInt(11);
            for (int c = 0; c < length; c++) {
                if (random.nextInt(20) == 0) {
                    word.appendCodePoint(0x20000 + random.nextInt(50)); // a letter outside the basic plane
                } else {
                    word.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            words.add(word.toString());
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String a = words.get(i);
            String b = words.get(i + 1);
            int byKey = Long.compareUnsigned(WordIndex.sortKey(a, 0), WordIndex.sortKey(b, 0));
            if (byKey == 0) {
                byKey = Long.compareUnsigned(WordIndex.sortKey(a, 4), WordIndex.sortKey(b, 4));
            }
            if (byKey != 0) {
                assertThat(Integer.signum(byKey)).as(a + " against " + b).isEqualTo(Integer.signum(a.compareTo(b)));
            } else {
                assertThat(a.substring(0, Math.min(8, a.length()))).isEqualTo(b.substring(0, Math.min(8, b.length())));
            }
        }
    }

    @Test
    void searchFindsExactlyTheEntitiesAScanOfEveryWordFinds() {
        Map<String, EntityMatch> all = new Neo4jEntities(SharedNeo4j.driver()).describe(ids);
        Random random = new Random(17);
        List<String> queries = new ArrayList<>(List.of("a", "z", "0", "9", "p", "zzzz"));
        for (int i = 0; i < 200; i++) {
            EntityMatch some = all.get(ids.get(random.nextInt(ids.size())));
            List<String> words = TieSnapshot.words(some.id() + " " + (some.name() == null ? "" : some.name()));
            String word = words.get(random.nextInt(words.size()));
            queries.add(word.substring(0, 1 + random.nextInt(word.length())));
            // whole words and prefixes at the keys' edges: 4, 8 (the keys alone) and 9 units (the words themselves)
            queries.add(word);
            for (int length : new int[] {4, 8, 9}) {
                if (word.length() >= length) {
                    queries.add(word.substring(0, length));
                }
            }
        }
        assertThat(queries).as("queries the keys alone answer and queries that read words")
                .anyMatch(q -> q.length() <= 8).anyMatch(q -> q.length() > 8);
        for (String query : queries) {
            List<String> expected = ids.stream().filter(id -> {
                EntityMatch entity = all.get(id);
                List<String> words = TieSnapshot.words(id + " " + (entity.name() == null ? "" : entity.name()));
                return words.stream().anyMatch(w -> w.startsWith(query));
            }).toList();
            assertThat(snapshot.search(query, 100_000)).as(query).extracting(EntityMatch::id)
                    .containsExactlyElementsOf(expected);
        }
    }
}
