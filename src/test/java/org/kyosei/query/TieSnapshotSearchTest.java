package org.kyosei.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Search on the in-memory graph equals a scan of every entity, on graphs built in memory whose words crowd the edges
 * of the search's index: runs of one word longer than a stretch between two samples, words that share their first
 * four or eight units, words longer than eight units, graphs smaller than one stretch. Queries of one and two words,
 * with limits from 1 up, exact ids included.
 */
class TieSnapshotSearchTest {
    private static final List<String> VOCABULARY = List.of("zhao", "zhaoxin", "zhaoxinyu", "zhaoxinyue", "ana", "anabel",
            "an", "anh", "christopherson", "christophersen", "christopher", "chris", "nguyen", "ngu", "o", "oe", "ōe",
            "이", "이서연", "ye", "jin", "a1", "a10", "b2");

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 63, 64, 65, 200, 3000})
    void searchFindsTheFirstEntitiesAScanFindsForEveryLimit(int size) {
        Random random = new Random(size);
        Map<String, String> nameOf = new TreeMap<>(); // by id, the order of search's answers
        TieSnapshot.Builder builder = new TieSnapshot.Builder();
        for (int i = 0; i < size; i++) {
            String id = String.format(Locale.ROOT, "P-%05d", random.nextInt(100_000));
            if (nameOf.containsKey(id)) {
                continue;
            }
            // most names share a few words, so that one word's owners run over several samples
            String name = random.nextInt(4) == 0 ? pick(random) + "-" + pick(random) + " " + pick(random)
                    : pick(random) + " " + (random.nextBoolean() ? "Zhao" : pick(random));
            nameOf.put(id, name);
            builder.entity(id, "Individual", name);
        }
        TieSnapshot snapshot = builder.build(0);

        Set<String> queries = new LinkedHashSet<>(List.of("p", "P-0", "zz", "christophersona", "an zhao", "zhao an"));
        for (String word : VOCABULARY) {
            for (int length = 1; length <= word.length(); length++) {
                queries.add(word.substring(0, length).toUpperCase());
            }
            String other = VOCABULARY.get(random.nextInt(VOCABULARY.size()));
            queries.add(word + " " + other.substring(0, 1 + random.nextInt(Math.min(3, other.length()))));
        }
        nameOf.keySet().stream().limit(5).forEach(queries::add);
        for (String query : queries) {
            List<String> expected = scan(nameOf, query);
            for (int limit : new int[] {1, 3, 20, 100, 100_000}) {
                assertThat(snapshot.search(query, limit)).as("%s, limit %d, %d entities", query, limit, size)
                        .extracting(EntityMatch::id).containsExactlyElementsOf(expected.subList(0, Math.min(limit, expected.size())));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 64, 65, 1000})
    void entitiesWithOneNameAreFoundInIdOrderAcrossEverySample(int size) {
        TieSnapshot.Builder builder = new TieSnapshot.Builder();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ids.add(String.format(Locale.ROOT, "E-%04d", i));
            builder.entity(ids.getLast(), "Individual", i % 2 == 0 ? "Zhao Wei" : "Zhao");
        }
        builder.entity("X-1", "Individual", "Zha");
        TieSnapshot snapshot = builder.build(0);
        assertThat(snapshot.search("zhao", 100_000)).extracting(EntityMatch::id).containsExactlyElementsOf(ids);
        assertThat(snapshot.search("ZHAO", 7)).extracting(EntityMatch::id).containsExactlyElementsOf(ids.subList(0, Math.min(7, size)));
        assertThat(snapshot.search("wei zhao", 100_000)).extracting(EntityMatch::id)
                .containsExactlyElementsOf(ids.stream().filter(id -> Integer.parseInt(id.substring(2)) % 2 == 0).toList());
        assertThat(snapshot.search("zha", 100_000)).hasSize(size + 1);
        assertThat(snapshot.search("zhaos", 100_000)).isEmpty();
    }

    private static String pick(Random random) {
        String word = VOCABULARY.get(random.nextInt(VOCABULARY.size()));
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The rule search keeps, by brute force: an exact id first, then by id every entity each query word prefixes a word of. */
    private static List<String> scan(Map<String, String> nameOf, String query) {
        List<String> queryWords = TieSnapshot.words(query);
        List<String> found = new ArrayList<>();
        if (nameOf.containsKey(query)) {
            found.add(query);
        }
        if (queryWords.isEmpty()) {
            return found;
        }
        nameOf.forEach((id, name) -> {
            List<String> words = TieSnapshot.words(id + " " + name);
            if (!id.equals(query) && queryWords.stream().allMatch(q -> words.stream().anyMatch(w -> w.startsWith(q)))) {
                found.add(id);
            }
        });
        return found;
    }
}
