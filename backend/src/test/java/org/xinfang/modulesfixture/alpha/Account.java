package org.xinfang.modulesfixture.alpha;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.xinfang.petition.shared.EntityQuery;

@Entity
public class Account {

    @Id
    private Long id;

    private long balance;
    private boolean closed;

    public Account() {}

    public long getBalance() {
        return balance;
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean hasFunds() {
        return balance > 0;
    }

    @EntityQuery
    public long available() {
        return closed ? 0 : balance;
    }

    public void close() {
        closed = true;
    }
}
