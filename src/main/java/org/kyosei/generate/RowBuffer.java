package org.kyosei.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kyosei.domain.RelationType;

/**
 * Relationship rows decided while the model is built (businesses, organizations, incidents, planted
 * cases, look-alikes), kept compactly in parallel arrays. Each row carries an <em>anchor</em>, a
 * resident index: the writer emits it right after that resident's background rows, so model rows
 * are spread through relations.csv instead of standing out at its end.
 */
final class RowBuffer {
    private static final RelationType[] TYPES = RelationType.values();

    private int size;
    private int[] anchor = new int[1024];
    private int[] src = new int[1024];
    private int[] dst = new int[1024];
    private byte[] type = new byte[1024];
    private int[] since = new int[1024];
    private int[] until = new int[1024];
    private long[] weight = new long[1024];
    private int[] source = new int[1024];
    private byte[] confidence = new byte[1024];
    private final LongSet keys = new LongSet();
    private final Map<String, Integer> sourceCodes = new HashMap<>();
    private final List<String> sources = new ArrayList<>();

    /**
     * Adds a row unless one with the same (src, type, dst, since) exists, which the contract would
     * merge into one relationship; returns whether it was added.
     */
    boolean add(int anchorResident, int from, RelationType relationType, int to, int sinceDay, int untilDay,
                long weightValue, String sourceText, int confidencePercent) {
        if (confidencePercent < 0 || confidencePercent > 100) {
            throw new IllegalArgumentException("confidence " + confidencePercent);
        }
        if (untilDay != Timeline.NONE && sinceDay != Timeline.NONE && untilDay < sinceDay) {
            throw new IllegalArgumentException("until before since");
        }
        if (!keys.add(key(from, relationType, to, sinceDay))) {
            return false;
        }
        if (size == anchor.length) {
            grow();
        }
        anchor[size] = anchorResident;
        src[size] = from;
        dst[size] = to;
        type[size] = (byte) relationType.ordinal();
        since[size] = sinceDay;
        until[size] = untilDay;
        weight[size] = weightValue;
        source[size] = sourceCodes.computeIfAbsent(sourceText, s -> {
            sources.add(s);
            return sources.size() - 1;
        });
        confidence[size] = (byte) confidencePercent;
        size++;
        return true;
    }

    /** Whether a row with this (src, type, dst, since) is held (64-bit hash of the four). */
    boolean holds(int from, RelationType relationType, int to, int sinceDay) {
        return keys.contains(key(from, relationType, to, sinceDay));
    }

    private static long key(int from, RelationType relationType, int to, int sinceDay) {
        long pair = ((long) from << 32) | (to & 0xFFFFFFFFL);
        return Seeds.mix(pair ^ Seeds.mix(((long) relationType.ordinal() << 20) ^ (sinceDay + 1)));
    }

    int size() {
        return size;
    }

    /** Row numbers ordered by anchor, insertion order among equal anchors. */
    int[] orderByAnchor() {
        long[] keys = new long[size];
        for (int r = 0; r < size; r++) {
            keys[r] = ((long) anchor[r] << 32) | r;
        }
        Arrays.sort(keys);
        int[] order = new int[size];
        for (int k = 0; k < size; k++) {
            order[k] = (int) keys[k];
        }
        return order;
    }

    int anchor(int row) {
        return anchor[row];
    }

    void emit(int row, RelationSink sink) throws IOException {
        sink.relation(src[row], TYPES[type[row]], dst[row], since[row], until[row], weight[row],
                sources.get(source[row]), confidence[row]);
    }

    private void grow() {
        int n = anchor.length * 2;
        anchor = Arrays.copyOf(anchor, n);
        src = Arrays.copyOf(src, n);
        dst = Arrays.copyOf(dst, n);
        type = Arrays.copyOf(type, n);
        since = Arrays.copyOf(since, n);
        until = Arrays.copyOf(until, n);
        weight = Arrays.copyOf(weight, n);
        source = Arrays.copyOf(source, n);
        confidence = Arrays.copyOf(confidence, n);
    }
}
