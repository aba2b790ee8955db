package org.kyosei.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.kyosei.privacy.Pseudonymizer;
import org.kyosei.query.QueryResult;
import org.kyosei.query.SavedQuery;
import org.kyosei.query.SavedQueryCatalog;
import org.kyosei.application.port.AnalystModel;
import org.kyosei.application.port.AnalystModels;
import org.kyosei.application.port.GraphVersions;
import org.kyosei.application.port.StorageException;

/**
 * The analysts' use case, for the command line and the service alike: saved and ad-hoc statements run on the
 * pseudonymised {@link AnalystModel}, never on the graph itself, so an answer holds pseudonyms and permitted
 * attributes only, whatever the statement does with them. Each answer names the real subjects behind the
 * pseudonyms it shows, for the audit trail.
 *
 * <p>The service keeps one model and builds a new one in the background when the graph changed (checked at most
 * once per {@code recheck}); meanwhile the old model answers. Until the first model is built, queries are
 * refused with {@link NotReadyException}.
 */
public final class AnalystQueries implements AutoCloseable {
    /** Rows as the analyst receives them, and the real ids behind the pseudonyms in them. */
    public record Answer(QueryResult result, List<String> subjectsShown) {
    }

    /** A statement the analysts' policy does not allow; the message is the one-line reason. */
    public static final class RefusedException extends RuntimeException {
        private final String key;
        private final transient Object[] args;

        RefusedException(StorageException refusal) {
            super(refusal.getMessage());
            this.key = refusal.key();
            this.args = refusal.args();
        }

        /** The refusal as a message key of the bundles ({@code problem.<key>}), for other languages; null when none. */
        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    /** Asked before the first read model was built. */
    public static final class NotReadyException extends RuntimeException {
        NotReadyException(String message) {
            super(message);
        }
    }

    private record Built(AnalystModel model, String position) {
    }

    /** Longer than any statement's timeout. */
    private static final Duration RETIRE_AFTER = Duration.ofSeconds(120);

    private final AnalystModels models;
    private final Pseudonymizer pseudonyms;
    private final SavedQueryCatalog catalog;
    private final GraphVersions changes;
    private final Clock clock;
    private final Duration recheck;
    private final ScheduledExecutorService builder;
    private final Object buildLock = new Object();
    private final List<AnalystModel> retired = new java.util.ArrayList<>();
    private volatile Built current;
    private volatile Instant lastCheck = Instant.MIN;
    private volatile String failure;
    private boolean rebuilding;

    private AnalystQueries(AnalystModels models, GraphVersions changes, Pseudonymizer pseudonyms, SavedQueryCatalog catalog,
                           Clock clock, Duration recheck, boolean background) {
        this.models = models;
        this.pseudonyms = pseudonyms;
        this.catalog = catalog;
        this.changes = changes;
        this.clock = clock;
        this.recheck = recheck;
        this.builder = background ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kyosei-analyst-model");
            thread.setDaemon(true);
            return thread;
        }) : null;
    }

    /** Builds the read model now (the command line: one answer, then close). */
    public static AnalystQueries buildNow(AnalystModels models, GraphVersions changes, Pseudonymizer pseudonyms,
                                          SavedQueryCatalog catalog) {
        AnalystQueries queries = new AnalystQueries(models, changes, pseudonyms, catalog, Clock.systemUTC(), Duration.ZERO, false);
        queries.current = queries.build();
        return queries;
    }

    /**
     * The read model kept in {@code folder} between commands, opened as it is while the graph and the key did not
     * change and built anew otherwise (the command line: building takes about a minute for 100,000 people).
     */
    public static AnalystQueries keptIn(java.nio.file.Path folder, AnalystModels models, GraphVersions changes,
                                        Pseudonymizer pseudonyms, SavedQueryCatalog catalog) {
        AnalystQueries queries = new AnalystQueries(models, changes, pseudonyms, catalog, Clock.systemUTC(), Duration.ZERO, false);
        String position = changes.current();
        String stamp = position + "|" + pseudonyms.pseudonym("kyosei-analyst-model") + "|" + models.shape();
        queries.current = new Built(models.keptIn(folder, stamp, pseudonyms::pseudonym), position);
        return queries;
    }

    /** Starts building the read model in the background and rebuilds it when the graph changed (the service). */
    public static AnalystQueries inBackground(AnalystModels models, GraphVersions changes, Pseudonymizer pseudonyms,
                                              SavedQueryCatalog catalog, Clock clock, Duration recheck) {
        AnalystQueries queries = new AnalystQueries(models, changes, pseudonyms, catalog, clock, recheck, true);
        queries.lastCheck = clock.instant();
        queries.rebuild();
        return queries;
    }

    /** Runs an ad-hoc statement. */
    public Answer adHoc(String statement, Map<String, Object> parameters, int rowLimit, Duration timeout) {
        return answer(statement, parameters == null ? Map.of() : parameters, rowLimit, timeout);
    }

    /**
     * Runs a saved query with its parameters bound by {@link SavedQueryCatalog#bind} (which names a bad one before
     * anything runs); entity ids among them are pseudonyms.
     */
    public Answer saved(SavedQuery query, Map<String, Object> bound, int rowLimit, Duration timeout) {
        return answer(query.statement(), bound, rowLimit, timeout);
    }

    /** Builds a new model now and puts it in place of the current one (after an import the caller knows of). */
    public void rebuildNow() {
        Built old;
        synchronized (buildLock) {          // one build and swap at a time: a later build is never replaced by an earlier one
            Built fresh = build();
            synchronized (this) {
                old = current;
                current = fresh;
                failure = null;
            }
        }
        if (old != null) {
            if (builder == null) {
                old.model().close();
            } else {
                retire(old.model());
            }
        }
    }

    public SavedQueryCatalog catalog() {
        return catalog;
    }

    /** The model's size once one is built. */
    public Optional<AnalystModel.Size> size() {
        Built built = current;
        return built == null ? Optional.empty() : Optional.of(built.model().size());
    }

    private Answer answer(String statement, Map<String, Object> parameters, int rowLimit, Duration timeout) {
        Built built = current;
        if (built == null) {
            throw new NotReadyException(failure != null ? "the analysts' read model could not be built: " + failure
                    : "the analysts' read model is still being built; try again in a moment");
        }
        maybeRebuild(built);
        try {
            QueryResult result = built.model().run(statement, parameters, rowLimit, timeout);
            return new Answer(result, built.model().realIdsShown(result));
        } catch (StorageException e) {
            if (e.refused()) {
                throw new RefusedException(e);
            }
            throw e;
        }
    }

    private void maybeRebuild(Built built) {
        if (builder == null || recheck.isZero()) {
            return;
        }
        Instant now = clock.instant();
        if (now.isBefore(lastCheck.plus(recheck))) {
            return;
        }
        lastCheck = now;
        if (!changes.current().equals(built.position())) {
            rebuild();
        }
    }

    private synchronized void rebuild() {
        if (rebuilding || builder.isShutdown()) {
            return;
        }
        rebuilding = true;
        builder.execute(() -> {
            try {
                rebuildNow();
            } catch (StorageException | IllegalStateException e) {
                failure = e.getMessage();
            } finally {
                synchronized (this) {
                    rebuilding = false;
                }
            }
        });
    }

    /** A replaced model stays open while statements that started on it may still run (their timeout), then closes. */
    private void retire(AnalystModel old) {
        synchronized (retired) {
            retired.add(old);
        }
        builder.schedule(() -> {
            synchronized (retired) {
                retired.remove(old);
            }
            old.close();
        }, RETIRE_AFTER.toSeconds(), TimeUnit.SECONDS);
    }

    private Built build() {
        String position = changes.current();
        return new Built(models.build(pseudonyms::pseudonym), position);
    }

    @Override
    public void close() {
        if (builder != null) {
            builder.shutdownNow();
            try {
                builder.awaitTermination(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Built built = current;
        current = null;
        if (built != null) {
            built.model().close();
        }
        synchronized (retired) {
            retired.forEach(AnalystModel::close);
            retired.clear();
        }
    }
}
