package org.kyosei.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** User administration over the directory the store provides. */
@Configuration(proxyBeanMethods = false)
public class UserDirectoryConfiguration {
    @Bean
    public UserAccounts userAccounts(UserDirectory directory, org.springframework.security.crypto.password.PasswordEncoder encoder) {
        return new UserAccounts(directory, encoder);
    }
}
