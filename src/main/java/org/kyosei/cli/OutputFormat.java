package org.kyosei.cli;

/** How query rows are printed. */
enum OutputFormat {
    TABLE, CSV, JSON
}
