package org.xinfang.petition.messaging;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.ComplainantErased;
import org.xinfang.petition.messaging.OutboxMessage.Status;
import org.xinfang.petition.privacy.PersonalDataCipher;

/**
 * A case's retention period is over: its complainant's e-mail and choice of channels go, and its messages keep
 * their text (tracking number and public notes only) but lose the recipient; one still waiting is given up, as
 * there is nobody left to send it to.
 */
@Component
class ErasedRecipients {

    static final String ERASED = "***";

    private final ComplainantContactRepository contacts;
    private final OutboxRepository outbox;
    private final PersonalDataCipher cipher;

    ErasedRecipients(ComplainantContactRepository contacts, OutboxRepository outbox, PersonalDataCipher cipher) {
        this.contacts = contacts;
        this.outbox = outbox;
        this.cipher = cipher;
    }

    @EventListener
    void complainantErased(ComplainantErased erased) {
        contacts.findById(erased.complaintId()).ifPresent(contacts::delete);
        outbox.eraseRecipients(
                erased.complaintId(), cipher.encrypt(OutboxMessage.RECIPIENT_COLUMN, ""), ERASED, Status.FAILED);
    }
}
