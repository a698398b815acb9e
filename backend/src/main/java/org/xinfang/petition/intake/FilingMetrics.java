package org.xinfang.petition.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.xinfang.petition.complaint.ComplaintFiled;

/** The intake rate: complaints filed, through any door, counted once their filing committed. */
@Component
class FilingMetrics {

    private final Counter filed;

    FilingMetrics(MeterRegistry registry) {
        this.filed = Counter.builder("xinfang.intake.filings")
                .description("Complaints filed (online, by an operator, through Open311)")
                .register(registry);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void filed(ComplaintFiled filing) {
        filed.increment();
    }
}
