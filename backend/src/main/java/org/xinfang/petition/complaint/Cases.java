package org.xinfang.petition.complaint;

import org.springframework.stereotype.Service;
import org.xinfang.petition.shared.PetitionException;

/** Finds cases by tracking number; an unknown number is a 404 for every caller. */
@Service
public class Cases {

  private final ComplaintRepository complaints;

  Cases(ComplaintRepository complaints) {
    this.complaints = complaints;
  }

  public Complaint get(String trackingNumber) {
    return complaints.findByTrackingNumber(trackingNumber)
        .orElseThrow(() -> PetitionException.notFound("case.not-found", trackingNumber));
  }
}
