package org.xinfang.petition.audit;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the chain from the first entry: each entry must follow the previous one without a gap, name its hash,
 * and hash to what it says. The first entry that does not is reported; so is a head pointing past the log
 * (the last entries deleted).
 */
@Service
public class AuditVerification {

  private static final int PAGE = 1000;

  private final AuditEntryRepository entries;
  private final AuditHeadRepository heads;
  private final ChainHash hash;

  AuditVerification(AuditEntryRepository entries, AuditHeadRepository heads, AuditProperties properties) {
    this.entries = entries;
    this.heads = heads;
    this.hash = properties.hash();
  }

  @Transactional(readOnly = true)
  public Result verify() {
    String expectedPrevious = ChainHash.GENESIS;
    long expectedSeq = 1;
    List<AuditEntry> page = entries.findBySeqGreaterThanOrderBySeqAsc(0, PageRequest.ofSize(PAGE));
    while (!page.isEmpty()) {
      for (AuditEntry entry : page) {
        if (entry.getSeq() != expectedSeq) {
          return Result.broken(expectedSeq - 1, expectedSeq, "missing");
        }
        if (!entry.getPreviousHash().equals(expectedPrevious)) {
          return Result.broken(expectedSeq - 1, expectedSeq, "previous-altered-or-missing");
        }
        if (!hash.of(entry.canonical()).equals(entry.getHash())) {
          return Result.broken(expectedSeq - 1, expectedSeq, "altered");
        }
        expectedPrevious = entry.getHash();
        expectedSeq++;
      }
      page = entries.findBySeqGreaterThanOrderBySeqAsc(expectedSeq - 1, PageRequest.ofSize(PAGE));
    }
    AuditHead head = heads.findById(1).orElseThrow();
    if (head.getLastSeq() != expectedSeq - 1 || !head.getLastHash().equals(expectedPrevious)) {
      return Result.broken(expectedSeq - 1, expectedSeq, "last-entries-missing");
    }
    return new Result(true, expectedSeq - 1, null, null);
  }

  /**
   * The outcome: intact, and how many entries were checked; or the first broken entry and why (missing, altered,
   * previous-altered-or-missing, last-entries-missing).
   */
  public record Result(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem) {
    static Result broken(long checked, long seq, String problem) {
      return new Result(false, checked, seq, problem);
    }
  }
}
