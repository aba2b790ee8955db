package org.kyosei.store;

/** An analyst's statement that {@link StatementPolicy} will not run; the message is the one-line reason. */
public final class StatementRefusedException extends KyoseiStoreException {
    public StatementRefusedException(String reason) {
        super("refused: " + reason);
    }

    /** A refusal whose reason is also the message {@code problem.<key>} with {@code args}, for readers of other languages. */
    public StatementRefusedException(String reason, String key, Object... args) {
        super("refused: " + reason, key, args);
    }

    @Override
    public boolean refused() {
        return true;
    }
}
