package org.kyosei.audit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A trail folder's locks, and the lock file and trail one writer keeps open between its appends.
 *
 * <p>Writers are serialised by a lock per folder inside the JVM ({@link #inJvm}) and by an exclusive lock on
 * {@code trail.lock} across processes. Opening, locking and closing the lock file and the trail for every append cost
 * about ten system calls while every other request waited on the lock; a writer that keeps both open pays a lock, a
 * write and an unlock.
 *
 * <p>Why keeping them open is safe: the JVM lock is taken before the file lock, so at most one channel of this JVM
 * holds the file lock at any time, and closing another channel on the lock file (which releases the process's locks
 * on it) never releases a lock someone holds. The kept trail channel is only written while the writer's
 * {@link TrailState} still describes the file at the trail's path: the same identity, which a kept-open file cannot
 * lose to another. Whenever anything else happened to the trail, the writer calls {@link #reopen}: both files are
 * opened afresh from their paths, so a replaced or recreated lock file or trail is picked up.
 */
final class TrailHandles implements AutoCloseable {
    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final TrailFolder folder;
    /** The lock that serialises every reader and writer of the folder inside this JVM. */
    private final ReentrantLock inJvm;
    /** Guarded by {@link #inJvm}, as are the fields below. */
    private FileChannel lockFile;
    private FileChannel trail;
    private boolean reopen;

    TrailHandles(TrailFolder folder) {
        this.folder = folder;
        this.inJvm = JVM_LOCKS.computeIfAbsent(folder.dir(), d -> new ReentrantLock());
    }

    /** Runs the action holding the folder's JVM lock and the file lock, opening the lock file only for this call. */
    static <T> T lockedOnce(TrailFolder folder, Supplier<T> action) {
        try (TrailHandles once = new TrailHandles(folder)) {
            return once.locked(action);
        }
    }

    /** Runs the action holding the folder's JVM lock and the file lock, through the kept lock file. */
    <T> T locked(Supplier<T> action) {
        inJvm.lock();
        try {
            if (lockFile == null) {
                lockFile = openLockFile(folder);
            }
            try (FileLock ignored = lockFile.lock()) {
                return action.get();
            } catch (RuntimeException | Error e) {
                reopen = true; // a failed action may have left the trail half-written
                throw e;
            } finally {
                if (reopen) {
                    closeAll();
                }
            }
        } catch (IOException e) {
            closeAll();
            throw cannotLock(folder, e);
        } finally {
            inJvm.unlock();
        }
    }

    /**
     * The trail, open for appending: the kept channel, or the file at the trail's path (created owner-only when
     * missing). Only under {@link #locked}.
     */
    FileChannel trail() {
        if (trail == null) {
            try {
                trail = FileChannel.open(folder.active(),
                        Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND), TrailIo.ownerOnly());
            } catch (IOException e) {
                throw new AuditException("cannot append to the audit trail " + folder.active() + ": " + e.getMessage(), e);
            }
        }
        return trail;
    }

    /**
     * Something other than this writer's appends may have changed the folder: the kept trail is closed now (it may
     * be repaired, cut or replaced next), and the lock file once the current lock is released. Only under
     * {@link #locked}.
     */
    void reopen() {
        closeTrail();
        reopen = true;
    }

    /** Closes the kept files. Waits for the folder's JVM lock, so that no lock held through them is cut short. */
    @Override
    public void close() {
        inJvm.lock();
        try {
            closeAll();
        } finally {
            inJvm.unlock();
        }
    }

    private void closeAll() {
        reopen = false;
        closeTrail();
        FileChannel lock = lockFile;
        lockFile = null;
        closeQuietly(lock);
    }

    private void closeTrail() {
        FileChannel open = trail;
        trail = null;
        closeQuietly(open);
    }

    /** Closing loses nothing: the lock file holds no data, and what was appended to the trail is in the kernel. */
    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // see above
        }
    }

    private static FileChannel openLockFile(TrailFolder folder) throws IOException {
        folder.create();
        return FileChannel.open(folder.lock(), Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), TrailIo.ownerOnly());
    }

    private static AuditException cannotLock(TrailFolder folder, IOException e) {
        return new AuditException("cannot lock the audit trail " + folder.lock() + ": " + e.getMessage(), e);
    }
}
