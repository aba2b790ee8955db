package org.kyosei.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The internal-id to dense-number index behaves the same whether it picks the array or the hash map. */
class DenseIndexTest {

    @Test
    void compactIdsUseTheArrayAndAnswerEveryId() {
        long[] internal = {5, 0, 3, 9};
        Neo4jProjector.DenseIndex index = Neo4jProjector.DenseIndex.of(internal);
        for (int i = 0; i < internal.length; i++) {
            assertThat(index.get(internal[i])).isEqualTo(i);
        }
        assertThat(index.get(1)).isEqualTo(-1);
        assertThat(index.get(10)).isEqualTo(-1);
        assertThat(index.get(-1)).isEqualTo(-1);
        assertThat(index.get(Long.MAX_VALUE)).isEqualTo(-1);
    }

    @Test
    void sparseIdsFallBackToAMapWithTheSameAnswers() {
        long[] internal = {7_000_000_000L, 2, 123_456_789L};
        Neo4jProjector.DenseIndex index = Neo4jProjector.DenseIndex.of(internal);
        for (int i = 0; i < internal.length; i++) {
            assertThat(index.get(internal[i])).isEqualTo(i);
        }
        assertThat(index.get(3)).isEqualTo(-1);
        assertThat(index.get(-5)).isEqualTo(-1);
    }

    @Test
    void noNodesGiveAnEmptyIndex() {
        Neo4jProjector.DenseIndex index = Neo4jProjector.DenseIndex.of(new long[0]);
        assertThat(index.get(0)).isEqualTo(-1);
    }
}
