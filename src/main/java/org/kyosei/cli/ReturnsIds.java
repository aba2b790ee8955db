package org.kyosei.cli;

import java.util.List;

/** A command that shows entities: the ids it returned, for the audit record of its run. */
interface ReturnsIds {
    List<String> returnedIds();
}
