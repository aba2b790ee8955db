package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.application.LiveTieSnapshot;
import org.kyosei.query.EntityMatch;
import org.kyosei.support.SharedNeo4j;

/** The service's in-memory graph is read again when, and only when, something was committed since the last read. */
class LiveTieSnapshotTest {
    @TempDir
    static Path tmp;

    @BeforeAll
    static void data() throws IOException {
        WebFixture.reset(tmp);
    }

    @Test
    void anUnchangedGraphIsNotReadAgainAndACommitIsSeenOnTheNextRefresh() {
        LiveTieSnapshot screens = WebFixture.server().bean(LiveTieSnapshot.class);
        screens.refreshIfChanged(); // whatever the fixture's own reads left behind
        int reads = screens.reads();
        assertThat(screens.refreshIfChanged()).as("nothing committed since the last read").isFalse();
        assertThat(screens.reads()).isEqualTo(reads);
        assertThat(screens.search("Okonkwo", 10)).isEmpty();

        try (var session = SharedNeo4j.driver().session()) {
            session.run("CREATE (:Entity:Individual {id: 'P77', name: 'Ada Okonkwo'})").consume();
        }
        try {
            assertThat(screens.refreshIfChanged()).as("a commit since the last read").isTrue();
            assertThat(screens.reads()).isEqualTo(reads + 1);
            assertThat(screens.search("Okonkwo", 10)).extracting(EntityMatch::id).containsExactly("P77");
            assertThat(screens.refreshIfChanged()).isFalse();
        } finally {
            try (var session = SharedNeo4j.driver().session()) {
                session.run("MATCH (n:Entity {id: 'P77'}) DETACH DELETE n").consume();
            }
            screens.reloadNow();
        }
    }
}
