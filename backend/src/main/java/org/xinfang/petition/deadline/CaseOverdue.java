package org.xinfang.petition.deadline;

/** A case ran past a stage's limit (红牌): the moment supervision starts. */
public record CaseOverdue(Long complaintId, String trackingNumber, DeadlineStage stage) {}
