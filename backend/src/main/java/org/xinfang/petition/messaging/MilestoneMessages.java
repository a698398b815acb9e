package org.xinfang.petition.messaging;

import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.xinfang.petition.complaint.CaseEvent;
import org.xinfang.petition.complaint.CaseEventRecorded;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.ComplaintStatus;
import org.xinfang.petition.privacy.PersonalDataCipher;
import org.xinfang.petition.shared.Messages;

/**
 * Turns the case timeline into messages to the complainant. It listens just before the case change commits, in
 * the same transaction, so the outbox rows commit or roll back with the change they announce; by then the process
 * has also reached where the change leads (a callback that ends the case has closed it).
 */
@Component
class MilestoneMessages {

    /** The longest public note a message carries (a reason typed by staff can be long). */
    private static final int MAX_NOTE = 1000;

    private final Cases cases;
    private final CaseTimeline timeline;
    private final ComplainantContacts contacts;
    private final OutboxRepository outbox;
    private final PersonalDataCipher cipher;
    private final Messages messages;
    private final MessagingProperties properties;
    private final SmsProperties sms;
    private final Clock clock;

    MilestoneMessages(
            Cases cases,
            CaseTimeline timeline,
            ComplainantContacts contacts,
            OutboxRepository outbox,
            PersonalDataCipher cipher,
            Messages messages,
            MessagingProperties properties,
            SmsProperties sms,
            Clock clock) {
        this.cases = cases;
        this.timeline = timeline;
        this.contacts = contacts;
        this.outbox = outbox;
        this.cipher = cipher;
        this.messages = messages;
        this.properties = properties;
        this.sms = sms;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void caseEvent(CaseEventRecorded event) {
        Optional<Milestone> milestone = Milestone.of(event.type());
        if (milestone.isEmpty() && !mayClose(event.type())) {
            return;
        }
        Complaint complaint = cases.get(event.trackingNumber());
        if (milestone.isPresent()) {
            write(
                    complaint,
                    milestone.get(),
                    milestone.get().withPublicNote() ? publicNote(complaint, event.type()) : null);
        } else if (complaint.getStatus() == ComplaintStatus.CLOSED) {
            write(complaint, Milestone.CLOSED, null);
        }
    }

    /** A satisfied callback or an inspector's review ends the case; the end event has no timeline line of its own. */
    private static boolean mayClose(CaseEventType type) {
        return type == CaseEventType.CALLBACK_RECORDED || type == CaseEventType.REVIEWED;
    }

    private void write(Complaint complaint, Milestone milestone, String note) {
        String number = complaint.getTrackingNumber();
        String subject = messages.both("message.subject", number);
        String link = properties.lookupLink(number);
        String zh = messages.zh(milestone.template(), number, link);
        String withNote = note == null || note.isBlank() ? "" : "\n" + shortened(note, MAX_NOTE);
        String email = zh + "\n" + messages.en(milestone.template(), number, link) + withNote;
        String sms = sms(zh + withNote);
        for (ComplainantContacts.Recipient recipient : contacts.recipients(complaint)) {
            String body = recipient.channel() == MessageChannel.SMS ? sms : email;
            outbox.save(new OutboxMessage(
                    complaint.getId(),
                    number,
                    milestone,
                    recipient.channel(),
                    cipher.encrypt(OutboxMessage.RECIPIENT_COLUMN, recipient.address()),
                    recipient.masked(),
                    subject,
                    body,
                    clock.instant()));
        }
    }

    /** What the complainant may read of the latest timeline line of the type (never the staff's comment). */
    private String publicNote(Complaint complaint, CaseEventType type) {
        return timeline.of(complaint).stream()
                .filter(line -> line.getType() == type)
                .max(Comparator.comparing(CaseEvent::getId))
                .map(CaseEvent::getPublicNote)
                .orElse(null);
    }

    /**
     * The text as government SMS carries it: the sender's signature in 【】 first, then the Chinese text only, cut to
     * the longest message the provider takes (the link in a message is before any note, so a cut note loses nothing
     * the lookup does not show).
     */
    private String sms(String text) {
        String signature = "【" + sms.signature() + "】";
        return signature + shortened(text, sms.maxLength() - signature.length());
    }

    private static String shortened(String text, int max) {
        String stripped = text.strip();
        return stripped.codePointCount(0, stripped.length()) <= max
                ? stripped
                : stripped.substring(0, stripped.offsetByCodePoints(0, max - 1)) + "…";
    }
}
