package org.xinfang.petition.deadline;

/**
 * A stage's clock ended because the stage is done or was left (signed for, replied, returned): what a
 * supervision of that stage waits for.
 */
public record DeadlineEnded(Long complaintId, String trackingNumber, DeadlineStage stage) {}
