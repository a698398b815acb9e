package org.xinfang.petition.selfservice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xinfang.petition.evaluation.Verdict;
import org.xinfang.petition.shared.PlainText;

/** What the complainant sends to act on their case, the same through the API and the portal's forms. */
public final class SelfServiceRequests {

    private SelfServiceRequests() {}

    public record LookupRequest(
            @NotBlank @PlainText @Size(max = 40) String trackingNumber,
            @NotBlank @PlainText @Size(max = 20) String queryCode) {}

    public record MaterialSupplement(
            @NotBlank @PlainText @Size(max = 40) String trackingNumber,
            @NotBlank @PlainText @Size(max = 20) String queryCode,

            @NotBlank @PlainText(lines = true) @Size(max = 2000)
            String note) {}

    public record WithdrawalRequest(
            @NotBlank @PlainText @Size(max = 40) String trackingNumber,
            @NotBlank @PlainText @Size(max = 20) String queryCode,
            @PlainText(lines = true) @Size(max = 2000) String reason) {}

    /** 请求复查 / 复核: why the complainant contests the opinion they received. */
    public record ReviewAsked(
            @NotBlank @PlainText @Size(max = 40) String trackingNumber,
            @NotBlank @PlainText @Size(max = 20) String queryCode,

            @NotBlank @PlainText(lines = true) @Size(max = 2000)
            String reason) {}

    /** 评价: the verdict on the latest reply sent; 不满意 needs a reason in the comment. */
    public record RatingRequest(
            @NotBlank @PlainText @Size(max = 40) String trackingNumber,
            @NotBlank @PlainText @Size(max = 20) String queryCode,
            @NotNull Verdict verdict,
            @PlainText(lines = true) @Size(max = 2000) String comment) {}
}
