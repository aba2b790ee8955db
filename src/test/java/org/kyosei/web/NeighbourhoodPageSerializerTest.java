package org.kyosei.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kyosei.query.Neighbourhood;
import org.kyosei.web.EntityController.NeighbourhoodPage;
import org.kyosei.web.EntityController.Node;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.module.blackbird.BlackbirdModule;

/** The hand-written page serializer writes exactly the document Jackson's bean serializer writes for the record. */
class NeighbourhoodPageSerializerTest {
    private static final JsonMapper BEANS = JsonMapper.builder().addModule(new BlackbirdModule()).build();
    private static final JsonMapper PAGES = JsonMapper.builder().addModule(new BlackbirdModule())
            .addModule(new SimpleModule().addSerializer(new NeighbourhoodPageSerializer())).build();

    private static final String[] TEXTS = {"", "P000123", "Do Van Minh", "Nguyễn Văn An", "佐藤 葵", "say \"hi\"", "back\\slash",
        "tab\tand\nnewline", "control\u0001\u001f", "emoji \uD83D\uDE00", "</script>", null};
    private static final double[] NUMBERS = {0, 1, 0.1, 0.95, 1e-7, 12345.678, 1.0 / 3, -2.5, Double.MIN_VALUE, 1e21};

    @Test
    void writesTheBeanSerializersDocumentForRandomPages() {
        Random random = new Random(5);
        for (int i = 0; i < 500; i++) {
            NeighbourhoodPage page = randomPage(random);
            assertEquals(BEANS.writeValueAsString(page), PAGES.writeValueAsString(page), "page " + i);
        }
    }

    @Test
    void writesEmptyAndMissingParts() {
        for (NeighbourhoodPage page : List.of(
                new NeighbourhoodPage("C1", LocalDate.of(2026, 11, 29), 2, 0, 200, List.of(), List.of(), 0, false),
                new NeighbourhoodPage(null, null, 1, 5, 1, null, null, Long.MAX_VALUE, true))) {
            assertEquals(BEANS.writeValueAsString(page), PAGES.writeValueAsString(page));
        }
    }

    @Test
    void writesPagesInsideOtherValues() {
        NeighbourhoodPage page = randomPage(new Random(9));
        List<Object> wrapped = List.of(page, "after", page);
        assertEquals(BEANS.writeValueAsString(wrapped), PAGES.writeValueAsString(wrapped));
    }

    private static NeighbourhoodPage randomPage(Random random) {
        List<Node> nodes = new ArrayList<>();
        for (int n = random.nextInt(30); n > 0; n--) {
            nodes.add(new Node(text(random), text(random), text(random), random.nextInt(5)));
        }
        List<Neighbourhood.Tie> ties = new ArrayList<>();
        for (int n = random.nextInt(40); n > 0; n--) {
            ties.add(new Neighbourhood.Tie(text(random), text(random), text(random), text(random),
                    NUMBERS[random.nextInt(NUMBERS.length)], random.nextDouble()));
        }
        return new NeighbourhoodPage(text(random), random.nextBoolean() ? LocalDate.ofEpochDay(random.nextInt(30000)) : null,
                random.nextInt(5), random.nextInt(1000), random.nextInt(1000), nodes, ties, random.nextLong(), random.nextBoolean());
    }

    private static String text(Random random) {
        return TEXTS[random.nextInt(TEXTS.length)];
    }
}
