package org.xinfang.petition.complaint;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.xinfang.petition.shared.PetitionException;

/**
 * Reads case records for other modules: a case by tracking number (an unknown number is a 404 for every caller),
 * cases that match a specification, a case's replies and callbacks. Changing them is {@link CaseRecords}.
 */
@Service
public class Cases {

    private final ComplaintRepository complaints;
    private final ReplyRepository replies;
    private final CallbackRepository callbacks;

    Cases(ComplaintRepository complaints, ReplyRepository replies, CallbackRepository callbacks) {
        this.complaints = complaints;
        this.replies = replies;
        this.callbacks = callbacks;
    }

    public Complaint get(String trackingNumber) {
        return find(trackingNumber).orElseThrow(() -> PetitionException.notFound("case.not-found", trackingNumber));
    }

    /** The case with this tracking number, if there is one. */
    public Optional<Complaint> find(String trackingNumber) {
        return complaints.findByTrackingNumber(trackingNumber);
    }

    /**
     * Up to {@code limit} tracking numbers of closed cases (a terminal status) closed before the moment whose
     * complainant is still on record, oldest first: those due for erasure.
     */
    public List<String> keptClosedBefore(Instant closedBefore, int limit) {
        return complaints.findKeptClosedBefore(
                closedBefore,
                Arrays.stream(ComplaintStatus.values())
                        .filter(ComplaintStatus::isTerminal)
                        .toList(),
                Limit.of(limit));
    }

    public Optional<Complaint> byId(Long id) {
        return complaints.findById(id);
    }

    public boolean exists(String trackingNumber) {
        return complaints.existsByTrackingNumber(trackingNumber);
    }

    /** Whether any case was ever filed. */
    public boolean any() {
        return complaints.count() > 0;
    }

    /** The cases with these tracking numbers, in no particular order; unknown numbers are left out. */
    public List<Complaint> withNumbers(Collection<String> trackingNumbers) {
        return complaints.findByTrackingNumberIn(trackingNumbers);
    }

    /** The cases closed for good (三级终结) of the complainant of the case filed under this number. */
    public List<Complaint> closedForGoodOfTheComplainantOf(String trackingNumber) {
        return complaints.findClosedForGoodOfTheComplainantOf(trackingNumber);
    }

    public List<Complaint> matching(Specification<Complaint> specification) {
        return complaints.findAll(specification);
    }

    public Page<Complaint> matching(Specification<Complaint> specification, Pageable page) {
        return complaints.findAll(specification, page);
    }

    /** The repeats merged into this case, oldest first. */
    public List<Complaint> repeatsOf(Complaint original) {
        return complaints.findByRepeatOfOrderByReceivedAtAscIdAsc(original);
    }

    /** The replies drafted on this case, oldest first. */
    public List<Reply> repliesOf(Complaint complaint) {
        return replies.findByComplaintIdOrderByDraftedAtAscIdAsc(complaint.getId());
    }

    /** The callbacks of this case, oldest first. */
    public List<Callback> callbacksOf(Complaint complaint) {
        return callbacks.findByComplaintIdOrderByCalledAtAscIdAsc(complaint.getId());
    }
}
