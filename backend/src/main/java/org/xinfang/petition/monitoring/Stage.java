package org.xinfang.petition.monitoring;

import static org.xinfang.petition.complaint.CaseEventType.ACCEPTED;
import static org.xinfang.petition.complaint.CaseEventType.CALLBACK_RECORDED;
import static org.xinfang.petition.complaint.CaseEventType.DISPATCHED;
import static org.xinfang.petition.complaint.CaseEventType.MERGED_AS_REPEAT;
import static org.xinfang.petition.complaint.CaseEventType.NOT_ACCEPTED;
import static org.xinfang.petition.complaint.CaseEventType.REGISTERED;
import static org.xinfang.petition.complaint.CaseEventType.REOPENED;
import static org.xinfang.petition.complaint.CaseEventType.REPLIED;
import static org.xinfang.petition.complaint.CaseEventType.RETURNED;
import static org.xinfang.petition.complaint.CaseEventType.SIGNED_FOR;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.xinfang.petition.complaint.CaseEventType;

/**
 * The stages of a case whose working time the screen averages, each from the timeline event that starts it to the
 * one that ends it: a return sends the case back to triage, a reopening back to handling (which includes the
 * leader's approval of the reply).
 */
enum Stage {
    TRIAGE(EnumSet.of(REGISTERED, RETURNED), EnumSet.of(ACCEPTED, NOT_ACCEPTED, MERGED_AS_REPEAT)),
    DISPATCH(EnumSet.of(ACCEPTED), EnumSet.of(DISPATCHED)),
    SIGN_FOR(EnumSet.of(DISPATCHED), EnumSet.of(SIGNED_FOR, RETURNED)),
    HANDLING(EnumSet.of(SIGNED_FOR, REOPENED), EnumSet.of(REPLIED)),
    CALLBACK(EnumSet.of(REPLIED), EnumSet.of(CALLBACK_RECORDED));

    @SuppressWarnings("ImmutableEnumChecker") // never changed after construction
    private final Set<CaseEventType> starts;

    @SuppressWarnings("ImmutableEnumChecker") // never changed after construction
    private final Set<CaseEventType> ends;

    Stage(Set<CaseEventType> starts, Set<CaseEventType> ends) {
        this.starts = starts;
        this.ends = ends;
    }

    boolean startsWith(CaseEventType type) {
        return starts.contains(type);
    }

    boolean endsWith(CaseEventType type) {
        return ends.contains(type);
    }

    /** Every event type that starts or ends a stage: the timeline events the averages read. */
    static Set<CaseEventType> boundaries() {
        Set<CaseEventType> all = EnumSet.noneOf(CaseEventType.class);
        Stream.of(values()).forEach(stage -> {
            all.addAll(stage.starts);
            all.addAll(stage.ends);
        });
        return all;
    }
}
