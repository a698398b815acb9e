package org.xinfang.petition.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.Problems;

/**
 * Keeps API request bodies within what a JSON request can reasonably be (413): a declared length beyond the limit
 * is refused before anything reads the body, and a body of undeclared length (chunked) is counted as it is read
 * and refused at the first byte beyond it. Multipart uploads go to the {@link UploadEndpoints} only, whose larger
 * limits the servlet's multipart parser counts as it reads; a multipart body to any other endpoint, which none of
 * them takes, is refused unread (415) when it is not already too large.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {

    private static final String TOO_LARGE = "request-too-large";

    private final Problems problems;
    private final Limits limits;
    private final List<UploadEndpoints> uploads;

    RequestSizeLimit(Problems problems, Limits limits, List<UploadEndpoints> uploads) {
        this.problems = problems;
        this.limits = limits;
        this.uploads = uploads;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
        Optional<DataSize> upload = multipart
                ? uploads.stream()
                        .map(endpoints -> endpoints.maxBody(request))
                        .flatMap(Optional::stream)
                        .findFirst()
                : Optional.empty();
        long max = upload.orElse(limits.maxBody()).toBytes();
        if (request.getContentLengthLong() > max) {
            problems.write(response, problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, TOO_LARGE));
            return;
        }
        if (multipart && upload.isEmpty()) {
            problems.write(response, problems.ofStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE));
            return;
        }
        chain.doFilter(new CountedBody(request, max), response);
    }

    /** A request whose body can be read up to {@code max} bytes; reading beyond fails with the 413 refusal. */
    private static final class CountedBody extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream counted;

        CountedBody(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountingStream(super.getInputStream(), max);
            }
            return counted;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long max;
        private long read;

        CountingStream(ServletInputStream body, long max) {
            this.body = body;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > max) {
                // Thrown as the stream's own failure, so that any reader stops; the refusal inside is what is answered.
                throw new IOException(
                        "Request body beyond " + max + " bytes", PetitionException.requestTooLarge(TOO_LARGE));
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }

    /** @param maxBody the largest non-multipart request body the API accepts */
    @ConfigurationProperties("petition.api")
    record Limits(@DefaultValue("1MB") DataSize maxBody) {}
}
