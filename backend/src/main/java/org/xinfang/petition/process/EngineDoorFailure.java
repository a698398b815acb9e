package org.xinfang.petition.process;

import java.util.Optional;

/**
 * The failure of the engine command a webapp or /engine-rest request ran last, kept for the length of that request
 * only, so that its answer can say what went wrong without the engine's words (class names, SQL, ids).
 */
final class EngineDoorFailure {

    private static final ThreadLocal<Optional<RuntimeException>> LAST = new ThreadLocal<>();

    private EngineDoorFailure() {}

    static void open() {
        LAST.set(Optional.empty());
    }

    /** Kept only while a door's request is open on this thread (never for the job executor). */
    static void record(RuntimeException failure) {
        if (LAST.get() != null) {
            LAST.set(Optional.of(failure));
        }
    }

    static Optional<RuntimeException> close() {
        Optional<RuntimeException> last = LAST.get();
        LAST.remove();
        return last == null ? Optional.empty() : last;
    }
}
