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

    TerminalProgress(PrintWriter log) {
        this.log = log;
        this.terminal = isInteractive();
    }

    static boolean isInteractive() {
        return System.console() != null && System.getenv("CI") == null;
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
            log.println("importing " + file + " (" + sizeBytes / 1024 + " KiB)");
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
}
