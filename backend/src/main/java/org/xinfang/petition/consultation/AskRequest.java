package org.xinfang.petition.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.shared.PlainText;

/**
 * A question as asked. Not real-name: the name (how to address the asker) is optional, and no ID number, phone or
 * address is asked; the region is optional too (a question need not be about a place).
 */
public record AskRequest(
        @PlainText @Size(max = 50) String askerName,
        @NotNull Category category,
        @PlainText @Size(max = 12) String region,

        @NotBlank @PlainText(lines = true) @Size(max = AskRequest.MAX_QUESTION)
        String question) {

    static final int MAX_QUESTION = 2000;
}
