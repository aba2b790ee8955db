package org.kyosei.application.port;

import org.kyosei.query.QueryResult;

/** What is in the stored graph, counted. */
public interface GraphContents {
    /** Columns {@code label, nodes}, by label. */
    QueryResult nodesByLabel();

    /** Columns {@code type, relationships}, by type. */
    QueryResult relationshipsByType();
}
