package org.kyosei.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** What an action writes to the process's standard error (diagnostics such as {@code --timings} go there). */
public final class SystemErr {
    private SystemErr() {
    }

    /** The action's result and the text it wrote to {@code System.err}, which is restored afterwards. */
    public record Captured<T>(T value, String text) {
    }

    public static synchronized <T> Captured<T> capture(Supplier<T> action) {
        PrintStream original = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            T value = action.get();
            capture.flush();
            return new Captured<>(value, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }
}
