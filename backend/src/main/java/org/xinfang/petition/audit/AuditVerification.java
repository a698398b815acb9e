package org.xinfang.petition.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the chain from the first entry by its rules ({@link ChainWalk}), against checkpoints taken outside the
 * database: this node's anchor file and any given (heads the log collector kept, say). The first entry that
 * breaks a rule is reported; so is a head pointing past the log, a chain ending before a checkpoint, and a line
 * of a checkpoint file that the audit key did not seal.
 */
@Service
public class AuditVerification {

    private static final Logger log = LoggerFactory.getLogger(AuditVerification.class);
    private static final int PAGE = 1000;

    private final AuditEntryRepository entries;
    private final AuditHeadRepository heads;
    private final AuditSeal seal;
    private final AnchorFile anchorFile;

    AuditVerification(AuditEntryRepository entries, AuditHeadRepository heads, AuditSeal seal, AnchorFile anchorFile) {
        this.entries = entries;
        this.heads = heads;
        this.seal = seal;
        this.anchorFile = anchorFile;
    }

    /** Verifies against this node's anchor file: the administrator's button. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Result verify() {
        return verify(List.of(), List.of());
    }

    /**
     * Verifies against the checkpoints given, those in this node's anchor file and those in {@code files} (lines
     * as the anchor file or the log collector holds them; blank lines are passed over).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Result verify(List<Checkpoint> given, List<Path> files) {
        List<Checkpoint> checkpoints = new ArrayList<>(given);
        List<AnchorFile> sources = new ArrayList<>(List.of(anchorFile));
        files.forEach(file -> sources.add(new AnchorFile(file)));
        for (AnchorFile source : sources) {
            if (!addCheckpoints(source, checkpoints)) {
                return new Result(false, 0, null, "checkpoint-not-authentic", 0, 0);
            }
        }
        return walk(new ChainWalk(seal, checkpoints)).withPending(entries.countBySeqIsNull());
    }

    /** One snapshot: the chain writer may chain more meanwhile, but not into what is walked. */
    private Result walk(ChainWalk walk) {
        List<AuditEntry> page = entries.findBySeqGreaterThanOrderBySeqAsc(0, PageRequest.ofSize(PAGE));
        while (!page.isEmpty()) {
            for (AuditEntry entry : page) {
                Result broken = walk.next(entry);
                if (broken != null) {
                    return broken;
                }
            }
            page = entries.findBySeqGreaterThanOrderBySeqAsc(walk.lastSeq(), PageRequest.ofSize(PAGE));
        }
        return walk.end(heads.findById(1).orElseThrow());
    }

    /** Adds the checkpoints of a file; false at a line that is not one sealed with the audit key. */
    private boolean addCheckpoints(AnchorFile source, List<Checkpoint> checkpoints) {
        List<String> lines;
        try {
            lines = source.lines();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit checkpoints in " + source.path(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            Optional<Checkpoint> checkpoint = seal.authentic(lines.get(i));
            if (checkpoint.isPresent()) {
                checkpoints.add(checkpoint.get());
            } else if (!lines.get(i).isBlank()) {
                log.warn("Line {} of {} is not a checkpoint sealed with the audit key", i + 1, source.path());
                return false;
            }
        }
        return true;
    }

    /**
     * The outcome: intact, how many entries were checked and against how many checkpoints; or the first broken
     * entry and why: missing, previous-altered-or-missing, altered (changed, or sealed without the key), unkeyed (an
     * entry without a key after the chain was keyed), unknown-key (its key version is not configured),
     * last-entries-missing (the head points past the log), keyed-chain-missing (no entry is sealed with the key:
     * the whole chain was recomputed without it), checkpoint-mismatch (the entry at a checkpoint is not the one
     * anchored: rewritten at or before it), truncated (the chain ends before a checkpoint), checkpoint-not-authentic
     * (a line of the anchor file was not sealed with the audit key). The verification covers the chained entries;
     * {@code pendingEntries} are written but not chained yet (the chain writer seals them shortly).
     */
    public record Result(
            boolean intact,
            long entriesChecked,
            Long firstBrokenSeq,
            String problem,
            int checkpointsChecked,
            long pendingEntries) {

        Result withPending(long pending) {
            return new Result(intact, entriesChecked, firstBrokenSeq, problem, checkpointsChecked, pending);
        }
    }
}
