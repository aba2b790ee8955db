package org.kyosei.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.kyosei.application.port.GraphTarget;

import picocli.CommandLine.Model.CommandSpec;

/**
 * The environment variables the launcher documents (docs/configuration.md), read once where the command line
 * starts ({@link org.kyosei.Kyosei#main}) and handed to every command through the root command; nothing else in
 * the program reads the environment. A blank value counts as unset. Each setting's meaning, default and check
 * stays with the class that uses it ({@link AuditSettings}, {@link PseudonymKeyFile}, {@link DatabaseOptions}...).
 */
public record KyoseiEnvironment(Map<String, String> variables) {
    public KyoseiEnvironment {
        variables = Map.copyOf(variables);
    }

    /** This process's environment. */
    public static KyoseiEnvironment ofProcess() {
        return new KyoseiEnvironment(System.getenv());
    }

    /** The environment of the command line the command runs in. */
    static KyoseiEnvironment of(CommandSpec command) {
        Object root = command == null ? null : command.root().userObject();
        return root instanceof KyoseiCommand kyosei ? kyosei.environment() : ofProcess();
    }

    /** The same environment with one variable set (an empty value: unset). */
    public KyoseiEnvironment with(String name, String value) {
        Map<String, String> changed = new HashMap<>(variables);
        changed.put(name, value);
        return new KyoseiEnvironment(changed);
    }

    /** The same environment without one variable. */
    public KyoseiEnvironment without(String name) {
        Map<String, String> changed = new HashMap<>(variables);
        changed.remove(name);
        return new KyoseiEnvironment(changed);
    }

    /** The variable's value when it is set and not blank. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
    }

    /** The variables' names only: values such as KYOSEI_PASSWORD never reach a log line. */
    @Override
    public String toString() {
        return "KyoseiEnvironment" + new java.util.TreeSet<>(variables.keySet());
    }

    /** Whether the command runs under continuous integration ({@code CI} set): no progress bars then. */
    boolean continuousIntegration() {
        return variables.containsKey("CI");
    }

    /**
     * The embedded store's page cache in MiB from {@code KYOSEI_PAGECACHE_MB} (unset or blank: {@link
     * GraphTarget#DEFAULT_PAGE_CACHE_MB}, 1024).
     *
     * @throws UserException naming the variable when its value is not a whole number of MiB from 8 to 1,048,576
     */
    public long pageCacheMb() {
        Optional<String> configured = get("KYOSEI_PAGECACHE_MB");
        if (configured.isEmpty()) {
            return GraphTarget.DEFAULT_PAGE_CACHE_MB;
        }
        String value = configured.get().strip();
        try {
            long mb = Long.parseLong(value);
            if (mb >= 8 && mb <= 1_048_576) {
                return mb;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        throw new UserException("KYOSEI_PAGECACHE_MB must be a whole number of MiB from 8 to 1048576 (for example 512), not '"
                + shown.replaceAll("\\p{Cntrl}", "?") + "'");
    }
}
