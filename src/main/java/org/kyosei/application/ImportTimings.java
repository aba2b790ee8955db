package org.kyosei.application;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * When enabled ({@code kyosei import --timings}), prints to stderr when each step of an import ends: wall seconds
 * since the JVM started and the process's CPU seconds so far (all threads), so slow steps can be found.
 */
final class ImportTimings {
    private final boolean enabled;

    ImportTimings(boolean enabled) {
        this.enabled = enabled;
    }

    /** The step that just ended. */
    void done(String step) {
        if (!enabled) {
            return;
        }
        double wall = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        double cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
        System.err.printf(Locale.ROOT, "[timing] %-40s wall %6.1f s  cpu %6.1f s%n", step, wall, cpu);
    }

    boolean enabled() {
        return enabled;
    }
}
