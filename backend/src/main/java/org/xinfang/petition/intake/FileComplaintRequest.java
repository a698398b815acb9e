package org.xinfang.petition.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Channel;
import org.xinfang.petition.complaint.Urgency;
import org.xinfang.petition.messaging.NotifyBy;
import org.xinfang.petition.shared.PlainText;

/**
 * A real-name complaint as filed. Urgency defaults to normal, the channel to the web. {@code coComplainants} is
 * how many other people join the complaint (联名/集体), when the filing says so. The complainant may ask for
 * confidentiality (identity known to the petition office only) and may name the unit and officer complained
 * about (docs/privacy.md). The complainant is told of its progress by SMS unless {@code notifyBy} asks for
 * e-mail (or both), which needs the complainant's e-mail.
 */
public record FileComplaintRequest(
        @NotNull @Valid ComplainantDetails complainant,
        @NotNull Category category,
        Urgency urgency,
        @NotBlank @PlainText @Size(max = 12) String region,
        Channel channel,
        @NotBlank @PlainText @Size(max = 200) String subject,
        @NotBlank @PlainText(lines = true) @Size(max = 8000) String content,
        @Min(0) @Max(100000) Integer coComplainants,
        Boolean confidential,
        @Valid Accused accused,
        NotifyBy notifyBy) {

    /** A complaint by one person told by SMS, or one that does not say how many join it, about no one named. */
    public FileComplaintRequest(
            ComplainantDetails complainant,
            Category category,
            Urgency urgency,
            String region,
            Channel channel,
            String subject,
            String content) {
        this(complainant, category, urgency, region, channel, subject, content, null, null, null, null);
    }

    boolean confidentialOrDefault() {
        return Boolean.TRUE.equals(confidential);
    }

    Urgency urgencyOrDefault() {
        return urgency == null ? Urgency.NORMAL : urgency;
    }

    Channel channelOrDefault() {
        return channel == null ? Channel.WEB : channel;
    }

    NotifyBy notifyByOrDefault() {
        return notifyBy == null ? NotifyBy.SMS : notifyBy;
    }

    /**
     * 真实姓名、身份证号码、联系电话、家庭住址. Sex and age are not asked: they are read from the ID number. The phone
     * may be typed as people write it ({@code 138 1234 5678}, {@code +86 13812345678}, {@code 0951-1234567}). The
     * e-mail is optional, for messages about the case.
     */
    public record ComplainantDetails(
            @NotBlank @PersonName String name,
            @NotBlank @ResidentId String idNumber,
            @NotBlank @ChinesePhone String phone,
            @NotBlank @HomeAddress String address,
            @Email @PlainText @Size(max = 254) String email) {

        /** A complainant who gives no e-mail address. */
        public ComplainantDetails(String name, String idNumber, String phone, String address) {
            this(name, idNumber, phone, address, null);
        }
    }

    /**
     * 被投诉对象: the unit (its code, e.g. {@code psb-640104}) and the officer (a staff login or the name as the
     * complainant knows it) complained about; either may be left out.
     */
    public record Accused(
            @PlainText @Size(max = 32) String unit,
            @PlainText @Size(max = 100) String officer) {}
}
