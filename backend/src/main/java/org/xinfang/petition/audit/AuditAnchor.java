package org.xinfang.petition.audit;

import java.io.IOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anchors the chain's head outside the database, where its administrator cannot reach: a checkpoint sealed with
 * the audit key, written as an INFO log line starting {@code AUDIT-ANCHOR} (for the log collector to keep) and
 * appended to this node's anchor file. Every node anchors the head it sees, without asking the database for
 * leave: two nodes anchoring at once write two true lines, and no database setting can stop the anchoring.
 */
class AuditAnchor {

    private static final Logger log = LoggerFactory.getLogger(AuditAnchor.class);

    private final AuditHeadRepository heads;
    private final AuditSeal seal;
    private final AnchorFile file;
    private final Clock clock;

    AuditAnchor(AuditHeadRepository heads, AuditSeal seal, AnchorFile file, Clock clock) {
        this.heads = heads;
        this.seal = seal;
        this.file = file;
        this.clock = clock;
    }

    /**
     * Anchors the committed head, read without locking it (appends go on); no connection is held while writing.
     */
    Checkpoint anchor() {
        AuditHead head = heads.findById(1).orElseThrow(() -> new IllegalStateException("The audit head is missing"));
        Checkpoint checkpoint = seal.checkpoint(
                head.getLastSeq(), head.getLastHash(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
        log.info("{}", checkpoint.line());
        try {
            file.append(checkpoint);
        } catch (IOException e) {
            log.error("Cannot append the audit checkpoint to {}: {}", file.path(), e.toString());
        }
        return checkpoint;
    }
}
