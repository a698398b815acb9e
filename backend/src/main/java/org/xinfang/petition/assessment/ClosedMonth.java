package org.xinfang.petition.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** A month closed for assessment: scored once, with the weights then in force, and frozen. */
@Entity
@Table(name = "assessment_month")
class ClosedMonth implements Persistable<String> {

    @Id
    @Column(name = "assessed_month")
    private String month;

    @Column(name = "weights_id")
    private Long weightsId;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Always inserted, never merged: a month closed by someone else a moment earlier must fail on its key. */
    @Transient
    private boolean isNew = true;

    protected ClosedMonth() {}

    ClosedMonth(String month, Long weightsId, String closedBy, Instant closedAt) {
        this.month = month;
        this.weightsId = weightsId;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
    }

    @PostLoad
    void loaded() {
        isNew = false;
    }

    @Override
    public String getId() {
        return month;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    Long getWeightsId() {
        return weightsId;
    }

    String getClosedBy() {
        return closedBy;
    }

    Instant getClosedAt() {
        return closedAt;
    }
}
