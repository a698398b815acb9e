/**
 * 评价: what the public says of the bureaus' work, kept apart from the petition office's callback. Today the
 * complainant's own verdict on each reply sent to them (好差评: satisfied, basically satisfied, unsatisfied, with a
 * comment), given once per reply and changeable within a window ({@link org.xinfang.petition.evaluation.Ratings});
 * each verdict is announced as {@link org.xinfang.petition.evaluation.ReplyRated}. A reply newly rated unsatisfied
 * opens the bureau's rectification (整改, {@code processes/rectification.bpmn}), checked by the petition office
 * ({@link org.xinfang.petition.evaluation.Rectifications}). Window evaluators (评价器) registered by administrators
 * ({@link org.xinfang.petition.evaluation.EvaluatorDevices}: a key shown once, kept as its keyed hash, rotated,
 * revoked, each change announced as {@link org.xinfang.petition.evaluation.EvaluatorChanged}) rate a unit's service
 * with no personal data, limited per device ({@link org.xinfang.petition.evaluation.WindowRatings}); the verdicts of
 * each source are counted per unit apart ({@link org.xinfang.petition.evaluation.EvaluationTallies}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Evaluation",
        allowedDependencies = {"complaint", "notification", "organization", "privacy", "process", "security", "shared"})
package org.xinfang.petition.evaluation;
