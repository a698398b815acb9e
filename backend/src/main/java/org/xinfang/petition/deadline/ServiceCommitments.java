package org.xinfang.petition.deadline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.xinfang.petition.calendar.Limit;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Urgency;

/**
 * 服务承诺: the time limits the public may hold the office to, as the {@code time-limits} decision gives them: each
 * stage's limit for an ordinary complaint and where urgency or a category changes it. Read from the latest
 * deployed version each time, so that a changed table changes what the portal promises.
 */
@Component
public class ServiceCommitments {

    /** The stages a complainant or an asker waits on, in the order they meet them. */
    private static final List<DeadlineStage> PUBLIC_STAGES = List.of(
            DeadlineStage.TRIAGE,
            DeadlineStage.DISPATCH,
            DeadlineStage.SIGN_FOR,
            DeadlineStage.HANDLING,
            DeadlineStage.EXTENSION_MAX,
            DeadlineStage.CALLBACK,
            DeadlineStage.REVIEW,
            DeadlineStage.CONSULTATION_ANSWER);

    /** The category whose limits are the ordinary ones (no rule of the table names it). */
    private static final Category ORDINARY = Category.OTHER;

    private final StageLimits limits;

    ServiceCommitments(StageLimits limits) {
        this.limits = limits;
    }

    public List<Commitment> all() {
        StageLimits.Table table = limits.latest();
        return PUBLIC_STAGES.stream().map(stage -> of(table, stage)).toList();
    }

    private static Commitment of(StageLimits.Table table, DeadlineStage stage) {
        Limit ordinary = table.of(stage, Urgency.NORMAL, ORDINARY).limit();
        List<Variant> variants = new ArrayList<>();
        Limit urgent = table.of(stage, Urgency.URGENT, ORDINARY).limit();
        if (!urgent.equals(ordinary)) {
            variants.add(new Variant(true, List.of(), urgent));
        }
        Map<Limit, List<Category>> byCategory = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            Limit limit = table.of(stage, Urgency.NORMAL, category).limit();
            if (!limit.equals(ordinary)) {
                byCategory.computeIfAbsent(limit, any -> new ArrayList<>()).add(category);
            }
        }
        byCategory.forEach((limit, categories) -> variants.add(new Variant(false, List.copyOf(categories), limit)));
        return new Commitment(stage, ordinary, List.copyOf(variants));
    }

    /** A stage's ordinary limit and the cases that differ from it. */
    public record Commitment(DeadlineStage stage, Limit limit, List<Variant> variants) {}

    /** A different limit for urgent complaints or for some categories. */
    public record Variant(boolean urgent, List<Category> categories, Limit limit) {}
}
