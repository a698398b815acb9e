package org.xinfang.petition.handling;

import org.xinfang.petition.shared.PlainText;

/**
 * What the bureau sends with its actions on a case, checked by Bean Validation alike at every door (the API's
 * request bodies and the workbench's forms); the services check the rest.
 */
public final class BureauRequests {

    private BureauRequests() {}

    public record Note(@PlainText(lines = true) String comment) {}

    public record ReturnRequest(
            @PlainText(lines = true) String reason,
            @PlainText(lines = true) String comment) {}

    public record ReplyRequest(@PlainText(lines = true) String text) {}

    public record ApprovalRequest(
            Boolean approved, @PlainText(lines = true) String comment) {}

    public record ExtensionRequestBody(
            Integer amount, @PlainText(lines = true) String reason) {}

    public record ExtensionDecision(
            Boolean approved, @PlainText(lines = true) String comment, Boolean override) {}

    /** What the complainant is asked for, everything needed at once; a second request in the stage, its reason. */
    public record MaterialRequest(
            @PlainText(lines = true) String what,
            @PlainText(lines = true) String reason) {}
}
