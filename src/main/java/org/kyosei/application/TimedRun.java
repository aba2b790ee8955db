package org.kyosei.application;

import org.kyosei.analysis.PhaseTimer;

/**
 * One run of an algorithm over the stored graph, in the steps Neo4j GDS runs every algorithm in: load the graph,
 * compute, write the results back to the store, render them for whoever asked. {@link #run} is the one order of
 * those steps; a use case says what each step does. Loading, writing back and rendering are timed as phases of
 * their own, named by the use case, with a note on what they did; computing times its own phases (an analysis
 * has one per measure). A step a use case leaves as it is does nothing and is not timed.
 *
 * @param <G> the graph loaded
 * @param <R> what the computation gives
 */
public abstract class TimedRun<G, R> {
    /** A timed step's phase name and the note it leaves in the timer. */
    protected record Step(String phase, String note) {
    }

    private final PhaseTimer timer;

    protected TimedRun(PhaseTimer timer) {
        this.timer = timer;
    }

    /** Loads the graph; {@link #loaded} names its phase and note. */
    protected abstract G load();

    protected abstract Step loaded(G graph);

    /** Computes on the loaded graph; times its own phases in {@code timer} if it has any. */
    protected abstract R compute(G graph, PhaseTimer timer);

    /** Whether this run writes its results back to the store. */
    protected boolean writesBack() {
        return false;
    }

    /** Writes the results back; returns its phase and note. */
    protected Step writeBack(G graph, R result) {
        throw new UnsupportedOperationException("this run writes nothing back");
    }

    /** Whether this run renders its results (into files, for instance). */
    protected boolean renders() {
        return false;
    }

    /** Renders the results; returns its phase and note. */
    protected Step render(G graph, R result) {
        throw new UnsupportedOperationException("this run renders nothing");
    }

    /** Load, compute, write back, render: each step timed as it ends. */
    public final R run() {
        G graph = timed(this::load, this::loaded);
        R result = compute(graph, timer);
        if (writesBack()) {
            timed(() -> writeBack(graph, result), step -> step);
        }
        if (renders()) {
            timed(() -> render(graph, result), step -> step);
        }
        return result;
    }

    private <T> T timed(java.util.function.Supplier<T> work, java.util.function.Function<T, Step> step) {
        long start = System.nanoTime();
        T done = work.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        Step ended = step.apply(done);
        timer.record(ended.phase(), millis, ended.note());
        return done;
    }
}
