package org.kyosei.application.port;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** Builds the analysts' read model from the stored graph. */
public interface AnalystModels {
    /** Builds a model now, ids shown as {@code pseudonym} makes them. */
    AnalystModel build(UnaryOperator<String> pseudonym);

    /** The model kept in {@code folder}, opened as it is when it was built for {@code stamp}, built anew otherwise. */
    AnalystModel keptIn(Path folder, String stamp, UnaryOperator<String> pseudonym);

    /** Changes whenever the model's make-up (the properties it keeps) changes, so a kept model is built anew. */
    String shape();
}
