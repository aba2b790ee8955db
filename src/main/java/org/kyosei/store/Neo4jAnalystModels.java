package org.kyosei.store;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.kyosei.application.port.AnalystModel;
import org.kyosei.application.port.AnalystModels;
import org.neo4j.driver.Driver;

/** Builds {@link AnalystReadModel}s from the graph behind a driver. */
public final class Neo4jAnalystModels implements AnalystModels {
    private final Driver source;

    public Neo4jAnalystModels(Driver source) {
        this.source = source;
    }

    @Override
    public AnalystModel build(UnaryOperator<String> pseudonym) {
        return AnalystReadModel.build(source, pseudonym);
    }

    @Override
    public AnalystModel keptIn(Path folder, String stamp, UnaryOperator<String> pseudonym) {
        return AnalystReadModel.keptIn(folder, stamp, source, pseudonym);
    }

    @Override
    public String shape() {
        return AnalystReadModel.SHAPE;
    }
}
