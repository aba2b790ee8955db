package org.kyosei.ingest;

import java.util.Map;

import org.kyosei.domain.NodeLabel;

/**
 * A validated node row. {@code properties} holds every known column of its label, with
 * {@code null} for an empty optional value so that a re-import clears what the file no longer says.
 */
public record NodeRow(SourceRow source, NodeLabel label, String id, Map<String, Object> properties) {
}
