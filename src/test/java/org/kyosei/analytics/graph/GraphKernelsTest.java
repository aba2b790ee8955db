package org.kyosei.analytics.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class GraphKernelsTest {

    @Test
    void numbersNodesInTheOrderOfTheirIds() {
        IdOrder ids = IdOrder.of(List.of("P-3", "B-1", "P-10", "C-7"));
        assertThat(ids.order()).containsExactly(1, 3, 2, 0); // B-1, C-7, P-10, P-3 (text order)
        assertThat(ids.renumber()).containsExactly(3, 0, 2, 1);
        assertThat(IdOrder.of(new String[0]).size()).isZero();
    }

    @Test
    void numberingDoesNotDependOnTheInputOrder() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add("E-" + Integer.toString(i * 7919 % 20_011, 36) + "-" + i);
        }
        List<String> sorted = new ArrayList<>(ids);
        Collections.sort(sorted);
        Collections.shuffle(ids, new Random(7));
        IdOrder order = IdOrder.of(ids.toArray(String[]::new));
        for (int k = 0; k < ids.size(); k++) {
            assertThat(ids.get(order.order()[k])).isEqualTo(sorted.get(k));
            assertThat(order.renumber()[order.order()[k]]).isEqualTo(k);
        }
    }

    @Test
    void refusesRepeatedOrMissingIds() {
        assertThatThrownBy(() -> IdOrder.of(List.of("a", "b", "a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("id 'a' occurs twice");
        assertThatThrownBy(() -> IdOrder.of(new String[] {"a", null})).isInstanceOf(NullPointerException.class);
    }

    @Test
    void offsetsAreRunningSumsOfTheRowCounts() {
        assertThat(Offsets.of(new int[] {2, 0, 3})).containsExactly(0, 2, 2, 5);
        assertThat(Offsets.of(new int[0])).containsExactly(0);
        assertThat(Offsets.ofKeys(4, new int[] {3, 0, 3, 1})).containsExactly(0, 1, 2, 2, 4);
    }

    @Test
    void groupsIndexesByKeyKeepingTheirOrderWithinARow() {
        int[] keys = {2, 0, 2, 1, 0, 2};
        int[] offsets = Offsets.ofKeys(3, keys);
        assertThat(offsets).containsExactly(0, 2, 3, 6);
        assertThat(Offsets.group(keys, offsets)).containsExactly(1, 4, 3, 0, 2, 5);
        assertThat(Offsets.group(new int[0], Offsets.ofKeys(0, new int[0]))).isEmpty();
    }

    @Test
    void refusesCountsAndKeysOutsideTheRows() {
        assertThatThrownBy(() -> Offsets.of(new int[] {1, -1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("row 1 has a negative count -1");
        assertThatThrownBy(() -> Offsets.of(new int[] {Integer.MAX_VALUE, 1})).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Offsets.ofKeys(2, new int[] {0, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("key 2 outside rows 0..1");
        assertThatThrownBy(() -> Offsets.ofKeys(2, new int[] {-1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("key -1 outside rows 0..1");
        assertThatThrownBy(() -> Offsets.group(new int[] {0, 1}, new int[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("offsets that do not end at the 2 keys");
        assertThatThrownBy(() -> Offsets.group(new int[0], new int[0])).isInstanceOf(IllegalArgumentException.class);
        assertThat(Arrays.stream(Offsets.ofKeys(1, new int[] {0, 0})).sum()).isEqualTo(2);
    }
}
