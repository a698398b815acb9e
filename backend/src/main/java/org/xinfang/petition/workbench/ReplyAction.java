package org.xinfang.petition.workbench;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import org.xinfang.petition.attachment.CaseFiles;
import org.xinfang.petition.attachment.Purpose;
import org.xinfang.petition.handling.BureauRequests.ReplyRequest;
import org.xinfang.petition.handling.Handling;
import org.xinfang.petition.process.ComplaintProcess.Stage;

/**
 * 办理并拟写答复: the handler's reply for the leader's approval, with the bureau's reply material attached as the
 * API attaches it (the case's attachments, purpose REPLY). Reply and files are one step: a refused file leaves the
 * reply undrafted, and a refused reply stores no file.
 */
@Component
@Order(40)
class ReplyAction extends TaskAction {

    private static final String REPLY_TEXT = "replyText";
    private static final String FILES = "files";

    private final Handling handling;
    private final CaseFiles caseFiles;
    private final TransactionTemplate transaction;

    ReplyAction(Handling handling, CaseFiles caseFiles, TransactionTemplate transaction) {
        super(Stage.HANDLING.taskKey());
        this.handling = handling;
        this.caseFiles = caseFiles;
        this.transaction = transaction;
    }

    @Override
    public String key() {
        return "reply";
    }

    @Override
    public String label() {
        return "action.reply";
    }

    @Override
    public String formId() {
        return "handle-and-reply";
    }

    @Override
    public boolean takesFiles() {
        return true;
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        ReplyRequest request = input.valid(new ReplyRequest(input.text(REPLY_TEXT)));
        List<MultipartFile> files = input.files();
        transaction.executeWithoutResult(status -> {
            handling.reply(trackingNumber, request.text());
            if (!files.isEmpty()) {
                caseFiles.upload(trackingNumber, Purpose.REPLY, files);
            }
        });
    }

    @Override
    public String formKeyOf(String field) {
        if ("text".equals(field)) {
            return REPLY_TEXT;
        }
        return field.startsWith(FILES) ? FILES : field;
    }
}
