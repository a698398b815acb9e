package org.xinfang.petition.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.xinfang.petition.attachment.UploadRules;
import org.xinfang.petition.security.UploadEndpoints;

/** The portal's forms that take files (the filing, the material) may be as large as the API's uploads. */
@Component
class PortalUploads implements UploadEndpoints {

    private static final Set<String> FORMS = Set.of(FilingPages.PATH, LookupPages.MATERIAL);

    private final UploadRules rules;

    PortalUploads(UploadRules rules) {
        this.rules = rules;
    }

    @Override
    public Optional<DataSize> maxBody(HttpServletRequest request) {
        boolean upload = "POST".equals(request.getMethod()) && FORMS.contains(request.getRequestURI());
        return upload ? Optional.of(rules.maxRequestSize()) : Optional.empty();
    }
}
