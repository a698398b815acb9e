package org.xinfang.petition.attachment;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.xinfang.petition.security.UploadEndpoints;

/**
 * Where uploads are let in and how large they may be. The upload endpoints may receive the configured total
 * plus room for the JSON part and the multipart framing; the servlet's multipart limits are set just as wide,
 * so that our own checks, which name the file at fault, are the ones that refuse a file or a request too large.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits implements UploadEndpoints {

    private static final Set<String> EXACT = Set.of("/api/v1/complaints", "/api/v1/lookup/material");
    private static final Pattern CASE_ATTACHMENTS = Pattern.compile("/api/v1/complaints/[^/]+/attachments");

    private final AttachmentProperties limits;
    private final UploadRules rules;

    UploadLimits(AttachmentProperties limits, UploadRules rules) {
        this.limits = limits;
        this.rules = rules;
    }

    @Override
    public Optional<DataSize> maxBody(HttpServletRequest request) {
        String path = request.getRequestURI();
        boolean upload = "POST".equals(request.getMethod())
                && (EXACT.contains(path) || CASE_ATTACHMENTS.matcher(path).matches());
        return upload ? Optional.of(rules.maxRequestSize()) : Optional.empty();
    }

    @Bean
    MultipartConfigElement multipartConfig() {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(limits.maxTotalSize());
        factory.setMaxRequestSize(rules.maxRequestSize());
        factory.setFileSizeThreshold(DataSize.ofKilobytes(256));
        return factory.createMultipartConfig();
    }
}
