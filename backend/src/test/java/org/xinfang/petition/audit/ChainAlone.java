package org.xinfang.petition.audit;

import java.nio.file.Path;
import java.util.List;
import org.xinfang.petition.audit.AuditVerification.Result;

/** The chain by itself: verified against no checkpoint, not even this node's anchor file. */
final class ChainAlone {

    private ChainAlone() {}

    static Result verify(AuditEntryRepository entries, AuditHeadRepository heads, AuditSeal seal) {
        return new AuditVerification(entries, heads, seal, new AnchorFile(Path.of("target", "no-anchors.log")))
                .verify(List.of(), List.of());
    }
}
