package org.kyosei.security;

/** A user of the service as stored: name, role and a bcrypt hash of the password (never the password). */
public record KyoseiUser(String name, Role role, String passwordHash) {
}
