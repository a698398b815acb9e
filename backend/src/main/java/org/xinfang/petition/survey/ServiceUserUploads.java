package org.xinfang.petition.survey;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.xinfang.petition.security.UploadEndpoints;

/**
 * The import of a month's service users takes a file: its request may be as large as the largest list allowed plus
 * room for the multipart framing, so that {@link ImportingServiceUsers}, which names the file, refuses a list too
 * large.
 */
@Component
class ServiceUserUploads implements UploadEndpoints {

    static final Pattern IMPORT = Pattern.compile("/api/v1/surveys/[^/]+/service-users");

    private static final DataSize ENVELOPE = DataSize.ofKilobytes(64);

    private final SurveyProperties properties;

    ServiceUserUploads(SurveyProperties properties) {
        this.properties = properties;
    }

    @Override
    public Optional<DataSize> maxBody(HttpServletRequest request) {
        boolean upload = "POST".equals(request.getMethod())
                && IMPORT.matcher(request.getRequestURI()).matches();
        return upload
                ? Optional.of(DataSize.ofBytes(properties.maxImportSize().toBytes() + ENVELOPE.toBytes()))
                : Optional.empty();
    }
}
