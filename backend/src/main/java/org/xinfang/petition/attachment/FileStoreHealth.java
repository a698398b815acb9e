package org.xinfang.petition.attachment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.xinfang.petition.shared.OperationsHealth;

/**
 * Free space on the attachment store's volume (shared by every node): a warning below
 * {@code petition.health.free-space-warning}, as uploads fail once it is full; DOWN when the store cannot be read.
 */
@Component("attachmentStoreHealthIndicator")
class FileStoreHealth implements HealthIndicator {

    private final Path store;
    private final DataSize warning;

    FileStoreHealth(
            AttachmentProperties properties, @Value("${petition.health.free-space-warning:1GB}") DataSize warning) {
        this.store = properties.dir().toAbsolutePath().normalize();
        this.warning = warning;
    }

    @Override
    public Health health() {
        // The store's directory appears with the first upload; until then its volume is its nearest parent's.
        Path existing = store;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            long free = Files.getFileStore(existing == null ? store : existing).getUsableSpace();
            return OperationsHealth.upUnless(free < warning.toBytes(), "less than " + warning + " free for attachments")
                    .withDetail("freeBytes", free)
                    .withDetail("warningBelowBytes", warning.toBytes())
                    .build();
        } catch (IOException e) {
            return Health.down()
                    .withDetail("problem", "the attachment store cannot be read")
                    .build();
        }
    }
}
