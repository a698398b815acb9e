package org.xinfang.petition.workbench;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.xinfang.petition.process.ReviewProcess.Level;
import org.xinfang.petition.review.ReviewConclusion;
import org.xinfang.petition.review.Reviewing;
import org.xinfang.petition.review.Reviewing.ReviewOpinion;

/** 复查 and 复核: the reviewing body's opinion on the case, one action per level, each the model's own task. */
@Configuration(proxyBeanMethods = false)
class ReviewOpinionActions {

    @Bean
    @Order(86)
    CaseAction reviewAction(Reviewing reviewing) {
        return new ReviewOpinionAction(Level.REVIEW, "review", reviewing);
    }

    @Bean
    @Order(87)
    CaseAction reReviewAction(Reviewing reviewing) {
        return new ReviewOpinionAction(Level.RE_REVIEW, "re-review", reviewing);
    }

    /** The opinion and conclusion of one level, with the form of the same name. */
    static final class ReviewOpinionAction extends TaskAction {

        private final String key;
        private final Reviewing reviewing;

        ReviewOpinionAction(Level level, String key, Reviewing reviewing) {
            super(level.taskKey());
            this.key = key;
            this.reviewing = reviewing;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public String label() {
            return "action." + key;
        }

        @Override
        public String formId() {
            return key;
        }

        @Override
        public void take(String trackingNumber, ActionInput input) {
            reviewing.answer(
                    trackingNumber,
                    input.valid(new ReviewOpinion(
                            input.choice("conclusion", ReviewConclusion.class), input.text("opinion"))));
        }
    }
}
