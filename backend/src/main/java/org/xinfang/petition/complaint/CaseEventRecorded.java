package org.xinfang.petition.complaint;

import java.time.Instant;

/** A line was added to a case's timeline: every state change of a case is announced this way (for the audit). */
public record CaseEventRecorded(
        String trackingNumber, CaseEventType type, String actor, String actorUnit, Instant occurredAt) {}
