package org.kyosei.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Times the phases of a run, in order, for the summary table. */
public final class PhaseTimer {
    /** One timed phase and a note on what it did. */
    public record Phase(String name, long millis, String note) {
    }

    private final List<Phase> phases = new ArrayList<>();

    public <T> T time(String name, Supplier<T> work) {
        return time(name, work, result -> "");
    }

    public <T> T time(String name, Supplier<T> work, java.util.function.Function<T, String> note) {
        long start = System.nanoTime();
        T result = work.get();
        phases.add(new Phase(name, (System.nanoTime() - start) / 1_000_000, note.apply(result)));
        return result;
    }

    public void record(String name, long millis, String note) {
        phases.add(new Phase(name, millis, note));
    }

    public List<Phase> phases() {
        return List.copyOf(phases);
    }
}
