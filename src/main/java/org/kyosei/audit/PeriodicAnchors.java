package org.kyosei.audit;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The service's anchoring: every {@code interval}, on a thread of its own (never on a request's path), signs the
 * trail's durable head into the anchors folder when it moved since the last anchor; once more on {@link #close},
 * after the last force. A failure is handed to {@code onFailure} and the next period tries again.
 */
public final class PeriodicAnchors implements AutoCloseable {
    private final TrailAnchors anchors;
    private final Consumer<RuntimeException> onFailure;
    private final ScheduledExecutorService timer;

    public PeriodicAnchors(TrailAnchors anchors, Duration interval, Consumer<RuntimeException> onFailure) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the anchor interval must be positive, got " + interval);
        }
        this.anchors = anchors;
        this.onFailure = onFailure;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kyosei-audit-anchor");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(this::anchorNow, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Anchors the head if it moved; failures go to the listener. */
    public void anchorNow() {
        try {
            anchors.anchorHeadIfMoved();
        } catch (RuntimeException e) {
            onFailure.accept(e);
        }
    }

    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        anchorNow();
    }
}
