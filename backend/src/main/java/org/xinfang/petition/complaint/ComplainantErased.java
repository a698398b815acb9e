package org.xinfang.petition.complaint;

/**
 * A closed case's retention period is over and its complainant's personal data erased, in this transaction: each
 * module that keeps personal data of the case erases its own before it commits (contacts and message recipients,
 * attachment files and their text).
 */
public record ComplainantErased(Long complaintId, String trackingNumber) {}
