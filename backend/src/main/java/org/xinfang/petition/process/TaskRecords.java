package org.xinfang.petition.process;

import java.util.Optional;
import java.util.Set;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.organization.Region;
import org.xinfang.petition.security.StaffPrincipal;

/**
 * The records behind the user tasks of some processes (a complaint, a consultation): the task gate asks whether a
 * staff member may see the record a task belongs to before they read, claim or complete it. A process that no
 * bean speaks for is closed to every user.
 */
public interface TaskRecords {

    /** The keys of the processes whose business key names a record of this kind. */
    Set<String> processKeys();

    /** Refuses, as for an unknown record (404), a staff member who may not see the record under this key. */
    void checkCanView(StaffPrincipal staff, String businessKey);

    /**
     * What the names of this record's tasks may tell everyone offered them ({@link TaskNames}): never personal data;
     * empty when no record goes by this key.
     */
    Optional<RecordSummary> summaryOf(String businessKey);

    /**
     * A record as a task's name shows it: its subject, or where the subject may not be shown (null) its category and
     * region.
     */
    record RecordSummary(String subject, Category category, Region region) {}
}
