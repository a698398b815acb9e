/**
 * 评价: what the public says of the bureaus' work, kept apart from the petition office's callback. Today the
 * complainant's own verdict on each reply sent to them (好差评: satisfied, basically satisfied, unsatisfied, with a
 * comment), given once per reply and changeable within a window ({@link org.xinfang.petition.evaluation.Ratings});
 * each verdict is announced as {@link org.xinfang.petition.evaluation.ReplyRated}. A reply newly rated unsatisfied
 * opens the bureau's rectification (整改, {@code processes/rectification.bpmn}), checked by the petition office
 * ({@link org.xinfang.petition.evaluation.Rectifications}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Evaluation",
        allowedDependencies = {"complaint", "notification", "organization", "process", "security", "shared"})
package org.xinfang.petition.evaluation;
