package org.xinfang.petition.attachment;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.xinfang.petition.caseview.CaseAttachments;
import org.xinfang.petition.complaint.Complaint;

/**
 * The attachment module's API. A request with files first {@link #check checks} them, outside any transaction
 * (detection and parsing take time), then {@link #attach attaches} them in the transaction that writes the case,
 * so that the case and its files are kept together or not at all.
 */
@Service
public class Attachments implements CaseAttachments {

    private final FileInspector inspector;
    private final ContentStore store;
    private final AttachmentRepository attachments;
    private final Clock clock;

    Attachments(FileInspector inspector, ContentStore store, AttachmentRepository attachments, Clock clock) {
        this.inspector = inspector;
        this.store = store;
        this.attachments = attachments;
        this.clock = clock;
    }

    /**
     * Checks the uploaded files (none is fine) and stages them; refuses the whole request, naming the file, if
     * one is not acceptable. The caller closes the result when the request is done.
     */
    public CheckedFiles check(List<MultipartFile> files) {
        return files == null || files.isEmpty() ? CheckedFiles.NONE : inspector.check(files);
    }

    /**
     * Attaches checked files to the case in the caller's transaction; a rollback removes the files again. Sound
     * and video attached at intake are recordings (an operator's call recording).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void attach(Complaint complaint, CheckedFiles files, Purpose purpose, String uploadedBy) {
        for (CheckedFile file : files.files()) {
            Purpose kind = purpose == Purpose.INTAKE && file.isRecording() ? Purpose.RECORDING : purpose;
            store.keep(file);
            attachments.save(new Attachment(complaint.getId(), kind, file, uploadedBy, clock.instant()));
        }
    }

    /** The text extracted from all of a case's attachments, in upload order, for search and repeat detection. */
    @Transactional(readOnly = true)
    public String textOf(Long complaintId) {
        return textsOf(List.of(complaintId)).getOrDefault(complaintId, "");
    }

    /** {@link #textOf} for several cases with one query: each case that has text, by its id. */
    @Transactional(readOnly = true)
    public Map<Long, String> textsOf(Collection<Long> complaintIds) {
        if (complaintIds.isEmpty()) {
            return Map.of();
        }
        return attachments.findByComplaintIdInOrderByUploadedAtAscIdAsc(complaintIds).stream()
                .filter(attachment -> attachment.getExtractedText() != null
                        && !attachment.getExtractedText().isBlank())
                .collect(Collectors.groupingBy(
                        Attachment::getComplaintId,
                        Collectors.mapping(Attachment::getExtractedText, Collectors.joining("\n\n"))));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> of(Long complaintId, boolean complainantKnown) {
        return attachments.findByComplaintIdOrderByUploadedAtAscIdAsc(complaintId).stream()
                .map(attachment -> attachment.view(complainantKnown))
                .toList();
    }
}
