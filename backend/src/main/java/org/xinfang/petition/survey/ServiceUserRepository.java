package org.xinfang.petition.survey;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServiceUserRepository extends JpaRepository<ServiceUser, Long> {

    List<ServiceUser> findByMonthOrderByIdAsc(String month);

    /** Those imported before the moment whose name and phone are still on record, oldest first. */
    List<ServiceUser> findByErasedAtIsNullAndImportedAtBeforeOrderByIdAsc(Instant importedBefore, Limit limit);

    /** The blind indexes of the phones imported for a month. */
    @Query("select u.phoneIndex from ServiceUser u where u.month = :month")
    Set<String> phoneIndexesOf(String month);

    /** How many were imported for a month, per bureau and service. */
    @Query("""
            select new org.xinfang.petition.survey.ImportedCount(u.unitCode, u.service, count(u))
            from ServiceUser u where u.month = :month
            group by u.unitCode, u.service order by u.unitCode, u.service
            """)
    List<ImportedCount> countsOf(String month);
}
