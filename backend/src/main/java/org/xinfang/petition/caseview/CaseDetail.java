package org.xinfang.petition.caseview;

import java.time.Instant;
import java.util.List;
import org.operaton.bpm.engine.task.Task;
import org.xinfang.petition.complaint.Callback;
import org.xinfang.petition.complaint.CaseEvent;
import org.xinfang.petition.complaint.Complainant;
import org.xinfang.petition.complaint.Reply;
import org.xinfang.petition.complaint.Sex;
import org.xinfang.petition.deadline.DeadlineView;
import org.xinfang.petition.evaluation.RatingView;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Region;
import org.xinfang.petition.ownership.CaseOwners;
import org.xinfang.petition.privacy.Masks;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.review.ReviewView;
import org.xinfang.petition.screening.FlagsView;
import org.xinfang.petition.screening.LikelyRepeat;

/**
 * A case's whole record, as staff see it; the complainant's own verdict on the latest reply ({@code rating}, null if
 * none) apart from the office's callbacks; the likely repeats (screening) only for the petition office, null for
 * everyone else.
 */
public record CaseDetail(
        String trackingNumber,
        String status,
        String category,
        String urgency,
        String channel,
        Place region,
        String subject,
        String content,
        Person complainant,
        Place currentBureau,
        String proposedBureau,
        int dispatchCount,
        boolean designated,
        int reopenCount,
        String repeatOf,
        List<String> repeats,
        String filedBy,
        CaseOwners.Owner officeOwner,
        Instant receivedAt,
        Instant dueAt,
        Instant closedAt,
        List<DeadlineView> deadlines,
        List<OpenTask> openTasks,
        List<Event> timeline,
        List<ReplyView> replies,
        List<CallbackView> callbacks,
        RatingView rating,
        List<ReviewView> reviews,
        FlagsView flags,
        List<LikelyRepeat> likelyRepeats,
        List<CaseAttachments.Item> attachments) {

    public record Place(String code, String nameZh, String nameEn) {
        static Place of(Region region) {
            return new Place(region.getCode(), region.getNameZh(), region.getNameEn());
        }

        static Place of(OrgUnit unit) {
            return unit == null ? null : new Place(unit.getCode(), unit.getNameZh(), unit.getNameEn());
        }
    }

    /**
     * The complainant; sex and age (on the day of filing) as the resident ID number tells them. Masked in the case
     * detail ({@code 张*}, {@code 1101**********002X}, {@code 138****5678}, the address to its district), in full only
     * on the audited full view; {@code withheld} when the viewer may not know the identity at all (docs/privacy.md).
     */
    public record Person(
            String name, String idNumber, String phone, String address, Sex sex, Integer age, boolean withheld) {
        static Person full(Complainant complainant) {
            return new Person(
                    complainant.getRealName(),
                    complainant.getResidentId(),
                    complainant.getPhone(),
                    complainant.getAddress(),
                    complainant.getSex(),
                    complainant.getAgeAtFiling(),
                    false);
        }

        static Person masked(Complainant complainant) {
            return new Person(
                    Masks.name(complainant.getRealName()),
                    Masks.residentId(complainant.getResidentId()),
                    Masks.phone(complainant.getPhone()),
                    Masks.address(complainant.getAddress()),
                    complainant.getSex(),
                    complainant.getAgeAtFiling(),
                    false);
        }

        static Person withheldIdentity() {
            return new Person(Masks.WITHHELD, Masks.WITHHELD, Masks.WITHHELD, Masks.WITHHELD, null, null, true);
        }
    }

    /** An open task; its stage is named as the work queue and its filter name it (TRIAGE, SIGN_FOR, …). */
    public record OpenTask(Stage stage, String name, String assignee, Instant createdAt, Instant dueAt) {
        static OpenTask of(Task task) {
            return new OpenTask(
                    Stage.ofTaskKey(task.getTaskDefinitionKey()),
                    task.getName(),
                    task.getAssignee(),
                    task.getCreateTime().toInstant(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant());
        }
    }

    public record Event(
            String type, String actor, String actorUnit, Instant occurredAt, String comment, String publicNote) {
        static Event of(CaseEvent event) {
            return new Event(
                    event.getType().name(),
                    event.getActor(),
                    event.getActorUnit(),
                    event.getOccurredAt(),
                    event.getComment(),
                    event.getPublicNote());
        }
    }

    public record ReplyView(
            String bureau,
            String text,
            String status,
            String draftedBy,
            Instant draftedAt,
            String reviewedBy,
            Instant reviewedAt,
            String reviewComment,
            Instant sentAt) {
        static ReplyView of(Reply reply) {
            return new ReplyView(
                    reply.getBureauCode(),
                    reply.getText(),
                    reply.getStatus().name(),
                    reply.getDraftedBy(),
                    reply.getDraftedAt(),
                    reply.getReviewedBy(),
                    reply.getReviewedAt(),
                    reply.getReviewComment(),
                    reply.getSentAt());
        }
    }

    public record CallbackView(String bureau, String result, String comment, String calledBy, Instant calledAt) {
        static CallbackView of(Callback callback) {
            return new CallbackView(
                    callback.getBureauCode(),
                    callback.getResult().name(),
                    callback.getComment(),
                    callback.getCalledBy(),
                    callback.getCalledAt());
        }
    }
}
