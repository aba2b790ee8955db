package org.kyosei.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kyosei bench http}: a bounded load test of a running {@code kyosei serve}. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks.", subcommands = BenchCommand.Http.class)
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: http");
    }

    @Command(name = "http", mixinStandardHelpOptions = true,
            description = "Runs N concurrent clients against a running 'kyosei serve', each sending --requests requests of one kind "
                    + "(2-hop capped neighbourhood, then search) for entities sampled from a dataset folder; prints latency "
                    + "percentiles and errors, and stops by itself.")
    static final class Http implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--url", defaultValue = "http://127.0.0.1:8080/", description = "The service (default: ${DEFAULT-VALUE}).")
        String url;

        @Option(names = "--user", required = true, description = "An INVESTIGATOR user.")
        String user;

        @Option(names = "--password", paramLabel = "SECRET", arity = "0..1", interactive = true,
                description = "Password of --user (prompted when given without a value); env KYOSEI_PASSWORD.")
        String password;

        @Option(names = "--dataset", required = true, paramLabel = "DIR", description = "Dataset folder to sample ids and names from.")
        Path dataset;

        @Option(names = "--clients", defaultValue = "16", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
        int clients;

        @Option(names = "--requests", defaultValue = "200", description = "Requests per client and kind (default: ${DEFAULT-VALUE}).")
        int requests;

        @Option(names = "--warmup", defaultValue = "200", description = "Unmeasured requests per kind first (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--limit", defaultValue = "200", description = "Neighbourhood cap (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--as-of", defaultValue = "", description = "asOf for neighbourhoods (default: the service's today).")
        String asOf;

        @Option(names = "--ready-timeout", paramLabel = "SECONDS", defaultValue = "600",
                description = "Wait up to this long for the service to say it is ready (its in-memory graph read) before "
                        + "measuring; 0: do not wait (default: ${DEFAULT-VALUE}).")
        int readyTimeout;

        @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "0",
                description = "Soak instead: every client alternates neighbourhoods and searches for this long (0: off).")
        int duration;

        @Override
        public Integer call() throws Exception {
            String secret = password != null ? password : System.getenv("KYOSEI_PASSWORD");
            if (secret == null || secret.isEmpty()) {
                throw new UserException("no password for --user " + user + ": set KYOSEI_PASSWORD or give --password");
            }
            if (clients < 1 || requests < 1) {
                throw new UserException("--clients and --requests must be at least 1");
            }
            List<String> ids = new ArrayList<>();
            List<String> names = new ArrayList<>();
            sample(dataset.resolve("individuals.csv"), ids, names);
            sample(dataset.resolve("brokers.csv"), ids, names);
            if (ids.isEmpty() || names.isEmpty()) {
                throw new UserException(dataset + ": no individuals.csv or brokers.csv with ids and names to sample");
            }
            String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
            try (CloseableHttpClient http = client(clients)) {
                awaitReadiness(http);
                return measure(http, auth, ids, names);
            }
        }

        /**
         * A blocking client with one kept-alive connection per client thread: each request is sent and read on the
         * thread that measures it, so the load tool spends little of the machine's CPU (it shares the cores with the
         * service on loopback).
         */
        private static CloseableHttpClient client(int connections) {
            return HttpClients.custom()
                    .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                            .setMaxConnTotal(connections).setMaxConnPerRoute(connections)
                            .setDefaultConnectionConfig(ConnectionConfig.custom()
                                    .setConnectTimeout(Timeout.ofSeconds(5)).setSocketTimeout(Timeout.ofSeconds(30)).build())
                            .build())
                    .disableAutomaticRetries().disableCookieManagement().disableRedirectHandling().disableContentCompression()
                    .build();
        }

        private int measure(CloseableHttpClient http, String auth, List<String> ids, List<String> names) throws Exception {
            String base = base();
            String date = asOf.isEmpty() ? "" : "&asOf=" + asOf;
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%d clients x %d requests per kind against %s (%d ids, %d names sampled)%n", clients, requests, base,
                    ids.size(), names.size());
            Kind neighbourhood = random -> base + "api/entities/" + enc(ids.get(random.nextInt(ids.size()))) + "/neighbourhood?hops=2&limit="
                    + limit + date;
            Kind search = random -> {
                String name = names.get(random.nextInt(names.size()));
                String word = name.split("[\\s,]+")[0];
                return base + "api/entities?q=" + enc(word.substring(0, Math.min(word.length(), 3 + random.nextInt(4))));
            };
            List<Outcome> outcomes = new ArrayList<>();
            if (duration > 0) {
                out.printf(Locale.ROOT, "soak: %d clients for %d s, alternating neighbourhoods and searches%n", clients, duration);
                outcomes.add(report(out, "soak (neighbourhood + search)", soak(http, auth, neighbourhood, search)));
            } else {
                outcomes.add(report(out, "neighbourhood (2 hops, cap " + limit + ")", run(http, auth, neighbourhood)));
                outcomes.add(report(out, "search", run(http, auth, search)));
            }
            out.flush();
            int failed = outcomes.stream().mapToInt(Outcome::errors).sum();
            if (failed > 0) {
                int sent = outcomes.stream().mapToInt(o -> o.nanos().length).sum();
                spec.commandLine().getErr().printf(Locale.ROOT, "kyosei bench http: %d of %d requests failed (not 200 OK)%n",
                        failed, sent);
                return ExitCodes.USER_ERROR;
            }
            return ExitCodes.OK;
        }

        interface Kind {
            String next(Random random);
        }

        record Outcome(long[] nanos, int errors, long wallNanos) {
        }

        private Outcome run(CloseableHttpClient http, String auth, Kind kind) throws Exception {
            Random warm = new Random(7);
            for (int i = 0; i < warmup; i++) {
                send(http, auth, kind.next(warm));
            }
            long[] nanos = new long[clients * requests];
            AtomicInteger errors = new AtomicInteger();
            long start = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
                List<Future<?>> futures = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    futures.add(pool.submit(() -> {
                        Random random = new Random(1000 + client);
                        for (int i = 0; i < requests; i++) {
                            String target = kind.next(random);
                            long t0 = System.nanoTime();
                            boolean ok = send(http, auth, target);
                            nanos[client * requests + i] = System.nanoTime() - t0;
                            if (!ok) {
                                errors.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            }
            return new Outcome(nanos, errors.get(), System.nanoTime() - start);
        }

        /** Every client sends until the deadline; stops by itself. */
        private Outcome soak(CloseableHttpClient http, String auth, Kind first, Kind second) throws Exception {
            long start = System.nanoTime();
            long deadline = start + duration * 1_000_000_000L;
            AtomicInteger errors = new AtomicInteger();
            List<long[]> perClient = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
                List<Future<long[]>> futures = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    futures.add(pool.submit(() -> {
                        Random random = new Random(2000 + client);
                        long[] nanos = new long[1024];
                        int count = 0;
                        while (System.nanoTime() < deadline) {
                            String target = (count % 2 == 0 ? first : second).next(random);
                            long t0 = System.nanoTime();
                            if (!send(http, auth, target)) {
                                errors.incrementAndGet();
                            }
                            if (count == nanos.length) {
                                nanos = Arrays.copyOf(nanos, count * 2);
                            }
                            nanos[count++] = System.nanoTime() - t0;
                        }
                        return Arrays.copyOf(nanos, count);
                    }));
                }
                for (Future<long[]> f : futures) {
                    perClient.add(f.get());
                }
            }
            long[] all = perClient.stream().flatMapToLong(Arrays::stream).toArray();
            return new Outcome(all.length == 0 ? new long[] {0} : all, errors.get(), System.nanoTime() - start);
        }

        /**
         * Waits while {@code /actuator/health/readiness} answers 503: until then the service answers from the database
         * while it reads its in-memory graph, and a measurement would time that read instead of the service. Any other
         * answer (200, or 404 from a service without the probe) lets the measurement start; no answer at all is an
         * error at once.
         */
        private void awaitReadiness(CloseableHttpClient http) throws InterruptedException {
            if (readyTimeout <= 0) {
                return;
            }
            String probe = base() + "actuator/health/readiness";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(readyTimeout);
            long started = System.nanoTime();
            boolean said = false;
            while (true) {
                int status = status(http, new HttpGet(probe));
                if (status < 0) {
                    throw new UserException("--url " + url + ": no answer from the service (is 'kyosei serve' running there?)");
                }
                if (status != 503) {
                    if (said) {
                        spec.commandLine().getOut().printf(Locale.ROOT, "ready after %.0f s%n", (System.nanoTime() - started) / 1e9);
                    }
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new UserException("--url " + url + ": the service was still not ready after --ready-timeout "
                            + readyTimeout + " s (readiness answered " + status + ")");
                }
                if (!said) {
                    spec.commandLine().getOut().println("waiting for the service to be ready (reading its graph into memory)...");
                    spec.commandLine().getOut().flush();
                    said = true;
                }
                Thread.sleep(500);
            }
        }

        /** The service's address, ending with a slash. */
        private String base() {
            return url.endsWith("/") ? url : url + "/";
        }

        /** Sends one GET and reads the whole answer: its status, or -1 when the service did not answer. */
        private static int status(CloseableHttpClient http, HttpGet get) {
            try {
                return http.execute(get, response -> {
                    EntityUtils.consume(response.getEntity());
                    return response.getCode();
                });
            } catch (IOException e) {
                return -1;
            }
        }

        /** Sends one GET with the user's credentials and reads the whole answer; true when it was a 200. */
        private static boolean send(CloseableHttpClient http, String auth, String target) {
            HttpGet get = new HttpGet(target);
            get.setHeader("Authorization", auth);
            get.setHeader("X-Kyosei-Case", "BENCH-LOAD");
            return status(http, get) == 200;
        }

        private static Outcome report(PrintWriter out, String name, Outcome outcome) {
            long[] sorted = outcome.nanos().clone();
            Arrays.sort(sorted);
            out.printf(Locale.ROOT, "%-32s n=%d errors=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms  throughput=%.0f req/s%n",
                    name, sorted.length, outcome.errors(), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6, sorted.length / (outcome.wallNanos() / 1e9));
            return outcome;
        }

        private static double ms(long[] sorted, double quantile) {
            int index = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }

        private static String enc(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }

        private static void sample(Path file, List<String> ids, List<String> names) throws IOException {
            if (!Files.isRegularFile(file)) {
                return;
            }
            Random random = new Random(42);
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                    if (random.nextInt(50) == 0 || file.getFileName().toString().startsWith("brokers")) {
                        ids.add(r.get("id"));
                        if (r.isMapped("name") && !r.get("name").isBlank()) {
                            names.add(r.get("name"));
                        }
                    }
                }
            }
        }
    }
}
