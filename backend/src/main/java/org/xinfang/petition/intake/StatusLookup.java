package org.xinfang.petition.intake;

import java.time.Instant;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.CaseEvent;
import org.xinfang.petition.complaint.CaseEventRepository;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.ComplaintRepository;
import org.xinfang.petition.shared.PetitionException;

/**
 * The citizen's view of their case: only with the tracking number and the query code, and only the public-safe
 * events (no internal comments, no names of staff). A wrong code looks exactly like an unknown number.
 */
@Service
class StatusLookup {

  /** A hash to compare against when the number is unknown, so both failures take the same time. */
  private final String decoyHash;
  private final ComplaintRepository complaints;
  private final CaseEventRepository events;
  private final PasswordEncoder hasher;

  StatusLookup(ComplaintRepository complaints, CaseEventRepository events, PasswordEncoder hasher) {
    this.complaints = complaints;
    this.events = events;
    this.hasher = hasher;
    this.decoyHash = hasher.encode("decoy-query-code");
  }

  @Transactional(readOnly = true)
  PublicCaseView lookup(String trackingNumber, String queryCode) {
    Complaint complaint = verified(trackingNumber, queryCode);
    List<PublicEvent> publicEvents = events.findByComplaintIdOrderByOccurredAtAscIdAsc(complaint.getId()).stream()
        .filter(event -> event.getType().isVisibleToComplainant())
        .map(PublicEvent::of)
        .toList();
    return new PublicCaseView(complaint.getTrackingNumber(), complaint.getStatus().name(), complaint.getSubject(),
        complaint.getReceivedAt(), complaint.getClosedAt(), publicEvents);
  }

  /** The case these credentials open; wrong or unknown credentials are the same 404. */
  @Transactional(readOnly = true)
  Complaint verified(String trackingNumber, String queryCode) {
    Complaint complaint = complaints.findByTrackingNumber(trackingNumber).orElse(null);
    boolean matches = hasher.matches(queryCode, complaint == null ? decoyHash : complaint.getQueryCodeHash());
    if (complaint == null || !matches) {
      throw PetitionException.notFound("lookup.not-found");
    }
    return complaint;
  }

  record PublicCaseView(String trackingNumber, String status, String subject, Instant receivedAt, Instant closedAt,
      List<PublicEvent> events) {}

  record PublicEvent(String type, Instant occurredAt, String note) {
    static PublicEvent of(CaseEvent event) {
      return new PublicEvent(event.getType().name(), event.getOccurredAt(), event.getPublicNote());
    }
  }
}
