package org.xinfang.petition.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.privacy.Masks;
import org.xinfang.petition.privacy.PersonalDataCipher;

/**
 * The complainant's channels for messages about a case: recorded at filing, read for every message. A case filed
 * without a choice is told by SMS; an SMS goes only to a mobile number (a landline gets none).
 */
@Service
public class ComplainantContacts {

    /** A mobile number of mainland China in E.164, as intake keeps it. */
    private static final Pattern MAINLAND_MOBILE = Pattern.compile("\\+861\\d{10}");

    private final ComplainantContactRepository contacts;
    private final PersonalDataCipher cipher;

    ComplainantContacts(ComplainantContactRepository contacts, PersonalDataCipher cipher) {
        this.contacts = contacts;
        this.cipher = cipher;
    }

    /** Records how the complainant of a newly filed case wants to be told; {@code email} may be null for SMS only. */
    public void record(Complaint complaint, String email, NotifyBy notifyBy) {
        contacts.save(new ComplainantContact(
                complaint.getId(),
                notifyBy == null ? NotifyBy.SMS : notifyBy,
                cipher.encrypt(ComplainantContact.EMAIL_COLUMN, email),
                maskEmail(email)));
    }

    /** Where messages about the case go, in clear, one per channel the complainant chose (for the outbox only). */
    List<Recipient> recipients(Complaint complaint) {
        ComplainantContact contact = contacts.findById(complaint.getId()).orElse(null);
        NotifyBy notifyBy = contact == null ? NotifyBy.SMS : contact.getNotifyBy();
        String phone = complaint.getComplainant().getPhone();
        List<Recipient> recipients = new ArrayList<>();
        if (notifyBy.channels().contains(MessageChannel.SMS)
                && phone != null
                && MAINLAND_MOBILE.matcher(phone).matches()) {
            recipients.add(new Recipient(MessageChannel.SMS, phone, Masks.phone(phone.substring(3))));
        }
        if (notifyBy.needsEmail() && contact.getEncryptedEmail() != null) {
            recipients.add(new Recipient(
                    MessageChannel.EMAIL,
                    cipher.decrypt(ComplainantContact.EMAIL_COLUMN, contact.getEncryptedEmail()),
                    contact.getEmailMasked()));
        }
        return recipients;
    }

    /** Keeps the first character of the mailbox and the whole domain: {@code z***@example.cn}. */
    static String maskEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.substring(0, email.offsetByCodePoints(0, 1)) + "***" + email.substring(at);
    }

    /** One address of the complainant: the clear value never leaves this module except to a gateway. */
    record Recipient(MessageChannel channel, String address, String masked) {

        @Override
        public String toString() {
            return channel + " " + masked;
        }
    }
}
