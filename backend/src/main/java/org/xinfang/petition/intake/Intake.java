package org.xinfang.petition.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.abuse.SubmissionKeys;
import org.xinfang.petition.attachment.Attachments;
import org.xinfang.petition.attachment.CheckedFiles;
import org.xinfang.petition.attachment.Purpose;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseRecords;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Channel;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.ComplaintFiled;
import org.xinfang.petition.complaint.NewCase;
import org.xinfang.petition.messaging.ComplainantContacts;
import org.xinfang.petition.messaging.NotifyBy;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.Region;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.privacy.BlindIndex;
import org.xinfang.petition.process.ComplaintProcess;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.TrackingNumbers;

/**
 * 登记: files a complaint and starts its process, in one transaction with the engine, so that a failure leaves
 * neither a case without a process nor a process without a case. The complainant's details are kept normalised
 * (ID number with X, phone in E.164), with the sex and age that the ID number tells.
 */
@Service
public class Intake {

    /** 信访: the prefix of a complaint's tracking number. */
    private static final String PREFIX = "XF";

    private final CaseRecords records;
    private final Organisation organisation;
    private final TrackingNumbers trackingNumbers;
    private final SubmissionKeys submissionKeys;
    private final QueryCodes queryCodes;
    private final CaseTimeline timeline;
    private final RuntimeService runtime;
    private final CurrentStaff currentStaff;
    private final BlindIndex blindIndex;
    private final ComplainedAbout complainedAbout;
    private final ComplainantContacts contacts;
    private final Attachments attachments;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    Intake(
            CaseRecords records,
            Organisation organisation,
            TrackingNumbers trackingNumbers,
            SubmissionKeys submissionKeys,
            QueryCodes queryCodes,
            CaseTimeline timeline,
            RuntimeService runtime,
            CurrentStaff currentStaff,
            BlindIndex blindIndex,
            ComplainedAbout complainedAbout,
            ComplainantContacts contacts,
            Attachments attachments,
            Clock clock,
            ApplicationEventPublisher publisher) {
        this.records = records;
        this.organisation = organisation;
        this.trackingNumbers = trackingNumbers;
        this.submissionKeys = submissionKeys;
        this.queryCodes = queryCodes;
        this.timeline = timeline;
        this.runtime = runtime;
        this.currentStaff = currentStaff;
        this.blindIndex = blindIndex;
        this.complainedAbout = complainedAbout;
        this.contacts = contacts;
        this.attachments = attachments;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** Files from within the application (demo cases), not limited like a client's submission. */
    @Transactional
    public FiledComplaint file(FileComplaintRequest request) {
        return register(prepare(request), CheckedFiles.NONE);
    }

    /**
     * Registers a filing that arrived from a client (see {@link IdempotentFiling}), with checked attachments (an
     * operator's call recording or scanned letter, the citizen's evidence).
     */
    @Transactional
    FiledComplaint register(Registration registration, CheckedFiles files) {
        return register(registration, newFiling(registration), files);
    }

    /**
     * Registers a filing under its request key: the key is claimed before the case is written, in the same
     * transaction, so a concurrent request with the same key waits for this one and then fails on the key (see
     * {@link IdempotentFiling}).
     */
    @Transactional
    FiledComplaint registerOnce(Registration registration, CheckedFiles files, String idempotencyKey) {
        FiledComplaint filed = newFiling(registration);
        submissionKeys.claim(
                idempotencyKey,
                registration.canonical(),
                new SubmissionKeys.Answer(filed.trackingNumber(), filed.queryCode()));
        return register(registration, filed, files);
    }

    /** The answer given to this request key before, while it is kept (see {@link SubmissionKeys#earlier}). */
    @Transactional
    Optional<FiledComplaint> earlier(String idempotencyKey, Registration registration) {
        return submissionKeys
                .earlier(idempotencyKey, registration.canonical())
                .map(answer -> new FiledComplaint(answer.trackingNumber(), answer.queryCode()));
    }

    /**
     * The blind index by which screening knows a complainant, of a resident ID number as typed on a filing not yet
     * made (an operator's call in progress); empty while the number is not a valid one.
     */
    public Optional<String> residentIdIndex(String idNumber) {
        if (idNumber == null
                || ResidentIdNumber.defectOf(idNumber, LocalDate.now(clock)).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(blindIndex.of(BlindIndex.RESIDENT_ID, ResidentIdNumber.normalise(idNumber)));
    }

    /**
     * Checks what the request's constraints cannot (region, channel) and normalises the complainant's details. No
     * transaction of its own: the region is one look-up, and only a named officer or unit needs more.
     */
    Registration prepare(FileComplaintRequest request) {
        if (!organisation.isRegion(request.region())) {
            throw PetitionException.invalid("region", "constraint.unknown-region");
        }
        String operator = currentStaff
                .find()
                .filter(staff -> staff.hasAnyRole(Role.OPERATOR, Role.CLERK))
                .map(StaffPrincipal::username)
                .orElse(null);
        // An operator says how the complaint came in; taking the web for it would misfile every call and letter.
        if (operator != null && request.channel() == null) {
            throw PetitionException.invalid("channel", "constraint.channel-required");
        }
        Channel channel = request.channelOrDefault();
        if (channel.enteredByOperator() && operator == null) {
            throw PetitionException.invalid("channel", "constraint.channel-requires-operator");
        }
        var person = request.complainant();
        ComplainedAbout.Target accused =
                request.accused() == null ? ComplainedAbout.Target.NONE : complainedAbout.resolve(request.accused());
        String email = person.email() == null || person.email().isBlank()
                ? null
                : person.email().strip();
        NotifyBy notifyBy = request.notifyByOrDefault();
        if (notifyBy.needsEmail() && email == null) {
            throw PetitionException.invalid("complainant.email", "constraint.email-required");
        }
        return new Registration(
                RealNameText.normaliseName(person.name()),
                ResidentIdNumber.parse(person.idNumber(), LocalDate.now(clock)),
                PhoneNumbers.toE164(person.phone()),
                RealNameText.normaliseAddress(person.address()),
                request.category(),
                request.urgencyOrDefault(),
                request.region(),
                channel,
                request.subject().strip(),
                request.content().strip(),
                operator,
                request.coComplainants(),
                request.confidentialOrDefault(),
                accused.unitCode(),
                accused.officer(),
                email,
                notifyBy);
    }

    /**
     * A new number and query code. The number is not looked up first: its random part makes a collision rare, and
     * the unique key refuses one, whereupon {@link IdempotentFiling} files again under a new number.
     */
    private FiledComplaint newFiling(Registration registration) {
        return new FiledComplaint(trackingNumbers.next(PREFIX, registration.region()), trackingNumbers.queryCode());
    }

    private FiledComplaint register(Registration registration, FiledComplaint filed, CheckedFiles files) {
        Region region = organisation.regionReference(registration.region());
        ResidentIdNumber id = registration.idNumber();
        NewCase.Person complainant = new NewCase.Person(
                registration.name(),
                id.value(),
                registration.phone(),
                registration.address(),
                id.sex(),
                id.ageOn(LocalDate.now(clock)),
                blindIndex.of(BlindIndex.RESIDENT_ID, id.value()),
                blindIndex.of(BlindIndex.PHONE, registration.phone()));
        OrgUnit accusedUnit = registration.accusedUnit() == null
                ? null
                : organisation.unit(registration.accusedUnit()).orElseThrow();
        Complaint complaint = records.register(new NewCase(
                filed.trackingNumber(),
                queryCodes.hash(filed.trackingNumber(), filed.queryCode()),
                complainant,
                registration.category(),
                registration.urgency(),
                region,
                registration.channel(),
                registration.subject(),
                registration.content(),
                registration.operator(),
                registration.confidential(),
                accusedUnit,
                registration.accusedOfficer()));
        contacts.record(complaint, registration.email(), registration.notifyBy());
        timeline.record(
                complaint, CaseEventType.REGISTERED, registration.channel().name(), null);
        runtime.startProcessInstanceByKey(
                ComplaintProcess.KEY,
                filed.trackingNumber(),
                Variables.createVariables()
                        .putValue(Var.CATEGORY, complaint.getCategory().name())
                        .putValue(Var.URGENCY, complaint.getUrgency().name())
                        .putValue(Var.REGION, registration.region())
                        .putValue(Var.REOPEN_COUNT, 0));
        attachments.attach(complaint, files, Purpose.INTAKE, registration.operator());
        publisher.publishEvent(new ComplaintFiled(filed.trackingNumber(), registration.coComplainants()));
        return filed;
    }
}
