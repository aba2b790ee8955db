package org.kyosei.store;

/** An analyst's statement that {@link StatementPolicy} will not run; the message is the one-line reason. */
public final class StatementRefusedException extends KyoseiStoreException {
    public StatementRefusedException(String reason) {
        super("refused: " + reason);
    }

    @Override
    public boolean refused() {
        return true;
    }
}
