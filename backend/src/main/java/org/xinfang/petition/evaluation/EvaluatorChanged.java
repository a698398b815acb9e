package org.xinfang.petition.evaluation;

/**
 * An administrator registered a window evaluator, replaced its key or revoked it (published in the change's
 * transaction, so that the audit entry exists exactly when the change does). {@code action} names the change, such
 * as {@code EVALUATOR_REGISTERED}; {@code detail} says what changed, never the key.
 */
public record EvaluatorChanged(String action, Long deviceId, String detail) {}
