package org.xinfang.petition.abuse;

import jakarta.persistence.MappedSuperclass;
import org.xinfang.petition.shared.MadeRow;

/**
 * A counter row keyed by the hash of what it counts (an address, a tracking number). When two nodes make the same
 * row at once, both insert, and the loser fails on the key and counts again on the winner's row instead of
 * overwriting its count.
 */
@MappedSuperclass
abstract class CountedSubject extends MadeRow<String> {

    /** For rows read from the table. */
    protected CountedSubject() {}

    /** For a row made here, to be inserted. */
    protected CountedSubject(boolean made) {
        super(made);
    }
}
