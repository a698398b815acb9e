package org.xinfang.petition.intake;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.handling.MaterialRequests;

/** The complainant supplies the material the bureau asked for, with the tracking number and query code. */
@Service
class SupplementingMaterial {

  private final StatusLookup lookup;
  private final MaterialRequests materialRequests;

  SupplementingMaterial(StatusLookup lookup, MaterialRequests materialRequests) {
    this.lookup = lookup;
    this.materialRequests = materialRequests;
  }

  @Transactional
  void supply(String trackingNumber, String queryCode, String note) {
    materialRequests.supplied(lookup.verified(trackingNumber, queryCode), note);
  }
}
