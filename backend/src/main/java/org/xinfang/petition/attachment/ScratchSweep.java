package org.xinfang.petition.attachment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a node starts, removes what a node that stopped in the middle of a request left in the scratch area: an
 * upload lies there in clear only while it is checked, and a sealed copy only until it is attached, both a matter
 * of seconds. Files older than an hour are leftovers, whichever node (sharing the store) wrote them.
 */
@Component
class ScratchSweep {

    private static final Logger log = LoggerFactory.getLogger(ScratchSweep.class);
    private static final Duration LEFTOVER = Duration.ofHours(1);

    private final ContentStore store;

    ScratchSweep(ContentStore store) {
        this.store = store;
    }

    @EventListener(ApplicationReadyEvent.class)
    void removeLeftovers() throws IOException {
        Path scratch = store.scratch();
        if (!Files.isDirectory(scratch)) {
            return;
        }
        // The filesystem's time, not the engine clock: a file's age is measured against its own modification time.
        Instant before = Instant.now().minus(LEFTOVER);
        List<Path> leftovers;
        try (Stream<Path> files = Files.list(scratch)) {
            leftovers = files.filter(file -> modifiedBefore(file, before)).toList();
        }
        leftovers.forEach(store::discard);
        if (!leftovers.isEmpty()) {
            log.info("Removed {} leftover files from the attachment scratch area", leftovers.size());
        }
    }

    private static boolean modifiedBefore(Path file, Instant before) {
        try {
            return Files.isRegularFile(file)
                    && Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }
}
