package org.kyosei.cli;

import java.io.PrintWriter;
import java.util.Arrays;

import org.kyosei.analytics.bench.AlgorithmBenchmark;
import org.kyosei.analytics.bench.StructureBenchmark;
import org.kyosei.application.ProjectionBenchmark;

import picocli.CommandLine;

/**
 * The entry of the bench source set, which is compiled with the tests and never shipped in the product jar;
 * {@code src/bench/run} starts it: {@code http} (the bounded load test of a running service), {@code projection},
 * {@code algorithms} and {@code structure} (the benchmarks of the in-memory projection and the algorithms).
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one tool; the load test's exit code, 0 for the benchmarks (which exit by themselves on bad options). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) throws Exception {
        String tool = args.length == 0 ? "" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (tool) {
            case "projection" -> ProjectionBenchmark.main(rest);
            case "algorithms" -> AlgorithmBenchmark.main(rest);
            case "structure" -> StructureBenchmark.main(rest);
            default -> {
                CommandLine commandLine = new CommandLine(new BenchCommand());
                commandLine.setOut(out);
                commandLine.setErr(err);
                commandLine.setExecutionExceptionHandler(new UserErrorHandler());
                return commandLine.execute(args);
            }
        }
        return 0;
    }
}
