package org.xinfang.petition.complaint;

/**
 * The bureau leader approved a drafted reply or sent it back to the handler, in the review's transaction: the case,
 * the reply and whether it goes to the complainant.
 */
public record ReplyReviewed(Long complaintId, Long replyId, boolean approved) {}
