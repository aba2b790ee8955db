package org.kyosei.query;

import java.util.Optional;

/** A parameter a saved query declares in its header: {@code // param: name type [= default] description}. */
public record QueryParameter(String name, ParameterType type, Optional<String> defaultValue, String description) {
}
