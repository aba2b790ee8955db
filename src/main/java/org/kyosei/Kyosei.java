package org.kyosei;

import org.kyosei.cli.KyoseiCommand;
import org.kyosei.cli.KyoseiEnvironment;

/** The launcher's entry point: reads the environment once, runs one command and exits with its code. */
public final class Kyosei {
    /** Kept so the setting holds: Lucene (Neo4j's full-text index) logs a hint about an incubator module. */
    private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Kyosei() {
    }

    public static void main(String[] args) {
        LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.OFF);
        int code = KyoseiCommand.execute(KyoseiEnvironment.ofProcess(), args);
        System.exit(code);
    }
}
