package org.xinfang.petition.intake;

import java.time.Clock;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Channel;
import org.xinfang.petition.complaint.Complainant;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.ComplaintRepository;
import org.xinfang.petition.organization.Region;
import org.xinfang.petition.organization.RegionRepository;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.process.ComplaintProcess;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;

/**
 * 登记: files a complaint and starts its process, in one transaction with the engine, so that a failure leaves
 * neither a case without a process nor a process without a case.
 */
@Service
public class Intake {

  private final ComplaintRepository complaints;
  private final RegionRepository regions;
  private final TrackingNumbers trackingNumbers;
  private final PasswordEncoder hasher;
  private final CaseTimeline timeline;
  private final RuntimeService runtime;
  private final CurrentStaff currentStaff;
  private final Clock clock;

  Intake(ComplaintRepository complaints, RegionRepository regions, TrackingNumbers trackingNumbers,
      PasswordEncoder hasher, CaseTimeline timeline, RuntimeService runtime, CurrentStaff currentStaff,
      Clock clock) {
    this.complaints = complaints;
    this.regions = regions;
    this.trackingNumbers = trackingNumbers;
    this.hasher = hasher;
    this.timeline = timeline;
    this.runtime = runtime;
    this.currentStaff = currentStaff;
    this.clock = clock;
  }

  @Transactional
  public FiledComplaint file(FileComplaintRequest request) {
    Region region = regions.findById(request.region())
        .orElseThrow(() -> PetitionException.invalid("region", "constraint.unknown-region"));
    Channel channel = request.channelOrDefault();
    String operator = currentStaff.find()
        .filter(staff -> staff.hasAnyRole(Role.OPERATOR, Role.CLERK))
        .map(StaffPrincipal::username)
        .orElse(null);
    if (channel.enteredByOperator() && operator == null) {
      throw PetitionException.invalid("channel", "constraint.channel-requires-operator");
    }
    String trackingNumber = uniqueTrackingNumber(region.getCode());
    String queryCode = trackingNumbers.queryCode();
    var person = request.complainant();
    Complaint complaint = complaints.save(new Complaint(trackingNumber, hasher.encode(queryCode),
        new Complainant(person.name().strip(), person.idNumber(), person.phone(), person.address().strip()),
        request.category(), request.urgencyOrDefault(), region, channel, request.subject().strip(),
        request.content().strip(), operator, clock.instant()));
    timeline.record(complaint, CaseEventType.REGISTERED, channel.name(), null);
    runtime.startProcessInstanceByKey(ComplaintProcess.KEY, trackingNumber, Variables.createVariables()
        .putValue(Var.CATEGORY, complaint.getCategory().name())
        .putValue(Var.URGENCY, complaint.getUrgency().name())
        .putValue(Var.REGION, region.getCode())
        .putValue(Var.REOPEN_COUNT, 0));
    return new FiledComplaint(trackingNumber, queryCode);
  }

  private String uniqueTrackingNumber(String regionCode) {
    String candidate = trackingNumbers.next(regionCode);
    while (complaints.existsByTrackingNumber(candidate)) {
      candidate = trackingNumbers.next(regionCode);
    }
    return candidate;
  }
}
