package org.kyosei.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pseudonymKey the pseudonymisation key ({@code kyosei.pseudonym-key}, 16 characters or more); empty for a
 *                     random key per start
 */
@ConfigurationProperties("kyosei")
public record PrivacyProperties(@DefaultValue("") String pseudonymKey) {
}
