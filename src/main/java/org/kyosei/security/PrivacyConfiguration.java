package org.kyosei.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.kyosei.privacy.Pseudonymizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pseudonymisation key: {@code kyosei.pseudonym-key} (environment {@code KYOSEI_PSEUDONYM_KEY}, at least
 * 16 characters), so pseudonyms stay stable across restarts; without it a random key per start (pseudonyms
 * then change at every start, and the log says so).
 */
@Configuration(proxyBeanMethods = false)
public class PrivacyConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(PrivacyConfiguration.class);

    @Bean
    public Pseudonymizer pseudonymizer(PrivacyProperties settings) {
        String key = settings.pseudonymKey();
        if (key.length() >= 16) {
            return Pseudonymizer.withKey(key.getBytes(StandardCharsets.UTF_8));
        }
        LOG.warn("no KYOSEI_PSEUDONYM_KEY (16+ characters) set: pseudonyms are random for this run only");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Pseudonymizer.withKey(random);
    }
}
