package org.kyosei.application;

import java.util.List;

/** A use case's answer and the entity ids it shows, which the adapter records in the audit trail. */
public record Shown<T>(T answer, List<String> ids) {
}
