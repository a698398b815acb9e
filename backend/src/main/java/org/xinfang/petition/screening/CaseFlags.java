package org.xinfang.petition.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A case's screening flags and the number of persons behind it; who set them last, when and why. */
@Entity
@Table(name = "case_flags")
class CaseFlags {

    @Id
    @Column(name = "complaint_id")
    private Long complaintId;

    private Integer persons;

    @Column(name = "joint_complaint")
    private boolean joint;

    @Column(name = "group_complaint")
    private boolean groupComplaint;

    @Column(name = "skip_level")
    private boolean skipLevel;

    @Column(name = "set_by")
    private String setBy;

    @Column(name = "set_at")
    private Instant setAt;

    private String reason;

    @Version
    private Long version;

    protected CaseFlags() {}

    CaseFlags(Long complaintId) {
        this.complaintId = complaintId;
    }

    void set(Set<Flag> flags, Integer persons, String setBy, Instant setAt, String reason) {
        this.joint = flags.contains(Flag.JOINT);
        this.groupComplaint = flags.contains(Flag.GROUP);
        this.skipLevel = flags.contains(Flag.SKIP_LEVEL);
        this.persons = persons;
        this.setBy = setBy;
        this.setAt = setAt;
        this.reason = reason;
    }

    Set<Flag> flags() {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (joint) {
            flags.add(Flag.JOINT);
        }
        if (groupComplaint) {
            flags.add(Flag.GROUP);
        }
        if (skipLevel) {
            flags.add(Flag.SKIP_LEVEL);
        }
        return flags;
    }

    Long getComplaintId() {
        return complaintId;
    }

    Integer getPersons() {
        return persons;
    }

    String getSetBy() {
        return setBy;
    }

    Instant getSetAt() {
        return setAt;
    }

    String getReason() {
        return reason;
    }
}
