package org.xinfang.petition.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.xinfang.petition.shared.Problems;

/**
 * Spring Security's strict firewall in front of every request (API, engine REST API, webapps): no encoded slash,
 * dot segment, semicolon or backslash in the path, no control character (C0 or C1) or unassigned character in a
 * header or parameter. What it refuses answers 400 as a problem.
 */
@Configuration(proxyBeanMethods = false)
class RequestFirewall {

    /**
     * Reads every header as the request arrives. The firewall otherwise checks a header only when someone reads it,
     * which may be a controller far past the point where its refusal is answered as bad input. Cookies are left to
     * Tomcat's own parser: a browser sends every cookie of the host, also other applications' (raw UTF-8 ones
     * included), and none of them is read as a header here.
     */
    @Bean
    HttpFirewall firewall() {
        return new StrictHttpFirewall() {
            @Override
            public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
                FirewalledRequest checked = super.getFirewalledRequest(request);
                for (String name : Collections.list(checked.getHeaderNames())) {
                    if (!HttpHeaders.COOKIE.equalsIgnoreCase(name)) {
                        Collections.list(checked.getHeaders(name));
                    }
                }
                return checked;
            }
        };
    }

    @Bean
    RequestRejectedHandler requestRejected(Problems problems) {
        return (request, response, e) -> problems.write(response, HttpStatus.BAD_REQUEST, "request-rejected");
    }
}
