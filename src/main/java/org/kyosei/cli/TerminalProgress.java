package org.kyosei.cli;

import java.io.PrintWriter;

import org.kyosei.ingest.ImportProgress;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar per file on a terminal; without a terminal (CI, pipes) one line per file so
 * logs stay readable.
 */
final class TerminalProgress implements ImportProgress {
    private final PrintWriter log;
    private final boolean terminal;
    private ProgressBar bar;

    TerminalProgress(PrintWriter log, KyoseiEnvironment environment) {
        this.log = log;
        this.terminal = isInteractive(environment);
    }

    static boolean isInteractive(KyoseiEnvironment environment) {
        return System.console() != null && !environment.continuousIntegration();
    }

    @Override
    public void startFile(String file, long sizeBytes) {
        if (terminal) {
            bar = new ProgressBarBuilder()
                    .setTaskName(String.format("%-18s", file))
                    .setInitialMax(Math.max(1, sizeBytes))
                    .setUnit(" MB", 1 << 20)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .showSpeed()
                    .build();
        } else {
            log.println("importing " + file + " (" + size(sizeBytes) + ")");
            log.flush();
        }
    }

    @Override
    public void advance(long bytesRead) {
        if (bar != null) {
            bar.stepTo(bytesRead);
        }
    }

    @Override
    public void phase(String description) {
        log.println(description + "...");
        log.flush();
    }

    @Override
    public void finishFile() {
        if (bar != null) {
            bar.stepTo(bar.getMax());
            bar.close();
            bar = null;
        }
    }

    /** A file's size for people: "812 bytes", "3.4 KiB", "12.5 MiB", "240 MiB", "2.1 GiB" (powers of 1,024). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes == 1 ? "1 byte" : bytes + " bytes";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1023.5 && unit < units.length - 1) { // 1023.6 KiB is written 1.0 MiB, not 1024 KiB
            value /= 1024;
            unit++;
        }
        return String.format(java.util.Locale.ROOT, value < 99.95 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }
}
