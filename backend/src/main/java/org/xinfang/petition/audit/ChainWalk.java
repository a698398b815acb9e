package org.xinfang.petition.audit;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.xinfang.petition.audit.AuditVerification.Result;

/**
 * The chain's rules, checked entry by entry from the first: each entry follows the one before without a gap,
 * names its seal, and is sealed as it says (under the audit key once the chain is keyed, never unkeyed after);
 * the chain holds a keyed entry (the first was written when the chain was keyed), ends at the head, and agrees
 * with every checkpoint taken outside the database: the entry at a checkpoint's number has its hash, and no
 * checkpoint lies beyond the end.
 */
final class ChainWalk {

    private final AuditSeal seal;
    private final Deque<Checkpoint> checkpoints;
    private long lastSeq;
    private String lastHash = ChainHash.GENESIS;
    private boolean keyed;
    private int checkpointsChecked;

    ChainWalk(AuditSeal seal, List<Checkpoint> checkpoints) {
        this.seal = seal;
        this.checkpoints = new ArrayDeque<>(checkpoints.stream()
                .sorted(Comparator.comparingLong(Checkpoint::seq))
                .toList());
    }

    long lastSeq() {
        return lastSeq;
    }

    /** Takes the next entry; the first broken rule, or null when the entry keeps them all. */
    Result next(AuditEntry entry) {
        Result checkpoint = passCheckpoints();
        if (checkpoint != null) {
            return checkpoint;
        }
        if (entry.getSeq() != lastSeq + 1) {
            return broken("missing");
        }
        if (!entry.getPreviousHash().equals(lastHash)) {
            return broken("previous-altered-or-missing");
        }
        if (entry.getKeyVersion() == null && keyed) {
            return broken("unkeyed");
        }
        if (!seal.canVerify(entry)) {
            return broken("unknown-key");
        }
        if (!seal.holds(entry)) {
            return broken("altered");
        }
        keyed |= entry.getKeyVersion() != null;
        lastSeq = entry.getSeq();
        lastHash = entry.getHash();
        return null;
    }

    /** After the last entry: the end of the chain against the head and the checkpoints. */
    Result end(AuditHead head) {
        Result checkpoint = passCheckpoints();
        if (checkpoint != null) {
            return checkpoint;
        }
        if (head.getLastSeq() != lastSeq || !head.getLastHash().equals(lastHash)) {
            return broken("last-entries-missing");
        }
        if (!keyed) {
            return new Result(false, lastSeq, null, "keyed-chain-missing", checkpointsChecked, 0);
        }
        if (!checkpoints.isEmpty()) {
            return broken("truncated");
        }
        return new Result(true, lastSeq, null, null, checkpointsChecked, 0);
    }

    /** The checkpoints taken at the last entry walked must hold its hash. */
    private Result passCheckpoints() {
        while (!checkpoints.isEmpty() && checkpoints.peek().seq() <= lastSeq) {
            if (!checkpoints.poll().hash().equals(lastHash)) {
                return new Result(false, lastSeq - 1, lastSeq, "checkpoint-mismatch", checkpointsChecked, 0);
            }
            checkpointsChecked++;
        }
        return null;
    }

    private Result broken(String problem) {
        return new Result(false, lastSeq, lastSeq + 1, problem, checkpointsChecked, 0);
    }
}
