package org.kyosei.cli;

/** The exit codes of the command-line contract. */
final class ExitCodes {
    static final int OK = 0;
    static final int USER_ERROR = 1;
    static final int USAGE = 2;
    static final int ROWS_SET_ASIDE = 3;

    private ExitCodes() {
    }
}
