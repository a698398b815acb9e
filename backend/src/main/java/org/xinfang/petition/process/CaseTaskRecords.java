package org.xinfang.petition.process;

import java.util.Optional;
import java.util.Set;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.security.CaseScopes;
import org.xinfang.petition.security.StaffPrincipal;

/**
 * The tasks of processes that follow a complaint under its tracking number (the complaint's own, supervision):
 * seen by whoever the case's scope lets see the case, never by the officer it is about.
 */
public final class CaseTaskRecords implements TaskRecords {

    private final Cases cases;
    private final CaseScopes scopes;
    private final Set<String> processKeys;

    public CaseTaskRecords(Cases cases, CaseScopes scopes, String... processKeys) {
        this.cases = cases;
        this.scopes = scopes;
        this.processKeys = Set.of(processKeys);
    }

    @Override
    public Set<String> processKeys() {
        return processKeys;
    }

    @Override
    public void checkCanView(StaffPrincipal staff, String businessKey) {
        scopes.checkCanView(staff, cases.get(businessKey));
    }

    /** A confidential case's subject stays off the task list: its category and region stand in for it. */
    @Override
    public Optional<RecordSummary> summaryOf(String businessKey) {
        return cases.find(businessKey)
                .map(complaint -> new RecordSummary(
                        complaint.isConfidential() ? null : complaint.getSubject(),
                        complaint.getCategory(),
                        complaint.getRegion()));
    }
}
