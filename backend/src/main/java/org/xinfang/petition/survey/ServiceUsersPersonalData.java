package org.xinfang.petition.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The imported service users' personal data once their retention period is over (the retention module decides
 * when): name and phone erased, their calls no longer keyed by the phone; bureau, service, day and the answers, which
 * the survey's tallies count, stay.
 */
@Service
public class ServiceUsersPersonalData {

    private final ServiceUserRepository serviceUsers;
    private final SurveyCallRepository calls;
    private final Clock clock;

    ServiceUsersPersonalData(ServiceUserRepository serviceUsers, SurveyCallRepository calls, Clock clock) {
        this.serviceUsers = serviceUsers;
        this.calls = calls;
        this.clock = clock;
    }

    /**
     * Erases, in the caller's transaction, at most {@code limit} of the service users imported before the moment
     * and still on record, oldest first; returns how many. Two nodes erasing the same ones at once write the same
     * values: no harm, though both count them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int eraseImportedBefore(Instant importedBefore, int limit) {
        List<ServiceUser> due =
                serviceUsers.findByErasedAtIsNullAndImportedAtBeforeOrderByIdAsc(importedBefore, Limit.of(limit));
        Instant now = clock.instant();
        due.forEach(user -> user.erase(now));
        serviceUsers.flush();
        if (!due.isEmpty()) {
            calls.forgetServiceUsers(due.stream().map(ServiceUser::getId).toList());
        }
        return due.size();
    }
}
