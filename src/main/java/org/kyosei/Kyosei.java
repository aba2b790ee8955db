package org.kyosei;

import org.kyosei.cli.KyoseiCommand;

/** The launcher's entry point: runs one command and exits with its code. */
public final class Kyosei {
    private Kyosei() {
    }

    public static void main(String[] args) {
        int code = KyoseiCommand.execute(args);
        System.exit(code);
    }
}
