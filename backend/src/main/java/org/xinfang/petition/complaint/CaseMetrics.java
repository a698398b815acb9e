package org.xinfang.petition.complaint;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The cases as metrics, counted in the database so that every node reports the same: open cases by status
 * ({@code xinfang.cases.open}) and those whose running stage is overdue ({@code xinfang.cases.overdue}).
 */
@Component
class CaseMetrics {

    CaseMetrics(ComplaintRepository complaints, MeterRegistry registry, Clock clock) {
        List<ComplaintStatus> open = Arrays.stream(ComplaintStatus.values())
                .filter(status -> !status.isTerminal())
                .toList();
        for (ComplaintStatus status : open) {
            Gauge.builder("xinfang.cases.open", complaints, repository -> repository.countByStatus(status))
                    .description("Open cases, by status")
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
        Gauge.builder(
                        "xinfang.cases.overdue",
                        complaints,
                        repository -> repository.countByDueAtBeforeAndStatusIn(clock.instant(), open))
                .description("Open cases whose running stage is past its limit")
                .register(registry);
    }
}
