package org.xinfang.petition.shared;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A row whose key is not generated but given (a hash, the case it belongs to). One made here is inserted, never
 * merged: saving it does not first look for a row that cannot exist yet, and when two nodes make the same row at
 * once, the loser fails on the key instead of overwriting the winner's row.
 */
@MappedSuperclass
public abstract class MadeRow<K> implements Persistable<K> {

    @Transient
    private boolean made;

    /** For rows read from the table. */
    protected MadeRow() {}

    /** For a row made here, to be inserted. */
    protected MadeRow(boolean made) {
        this.made = made;
    }

    @Override
    public boolean isNew() {
        return made;
    }

    @PostPersist
    void inserted() {
        made = false;
    }
}
