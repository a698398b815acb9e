package org.xinfang.petition.attachment;

import java.util.NavigableSet;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * What may be uploaded, to be told to the people who upload: the allowed file name extensions, how many files and
 * how large; and how large an upload request may be, for the endpoints that take one (see UploadLimits).
 */
@Component
public class UploadRules {

    /** The JSON part of a filing (or a form's fields) and the multipart boundaries and headers. */
    private static final DataSize ENVELOPE = DataSize.ofMegabytes(1);

    private final AttachmentProperties limits;

    UploadRules(AttachmentProperties limits) {
        this.limits = limits;
    }

    public NavigableSet<String> extensions() {
        return AllowedTypes.extensions();
    }

    public int maxFiles() {
        return limits.maxFiles();
    }

    public long maxFileMegabytes() {
        return limits.maxFileSize().toMegabytes();
    }

    public long maxTotalMegabytes() {
        return limits.maxTotalSize().toMegabytes();
    }

    /** The files at their largest plus room for the rest of the request. */
    public DataSize maxRequestSize() {
        return DataSize.ofBytes(limits.maxTotalSize().toBytes() + ENVELOPE.toBytes());
    }
}
