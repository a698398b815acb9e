package org.xinfang.petition.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.util.unit.DataSize;

/**
 * Endpoints that take multipart uploads larger than the API's limit for other requests; the module that owns
 * the uploads names them. A multipart request to any other endpoint keeps the ordinary limit.
 */
public interface UploadEndpoints {

    /** The largest body this request may have if it is an upload to one of the endpoints; empty otherwise. */
    Optional<DataSize> maxBody(HttpServletRequest request);
}
