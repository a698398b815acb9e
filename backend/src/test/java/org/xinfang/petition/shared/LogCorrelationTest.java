package org.xinfang.petition.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The correlation ids a request's log lines carry, and that none is left on the thread afterwards. */
class LogCorrelationTest {

    private static final String NUMBER = "XF20261122-640104-K7M3QD";

    private final LogCorrelation filter = new LogCorrelation();
    private final Map<String, String> duringTheRequest = new HashMap<>();
    private final FilterChain chain = (request, response) -> duringTheRequest.putAll(MDC.getCopyOfContextMap());

    @Test
    void aRequestAboutACaseIsLoggedUnderItsTrackingNumberAndTheCallersRequestId() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/complaints/" + NUMBER + "/reply");
        request.addHeader("X-Request-Id", "gateway-7f3a.1");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, chain);

        assertThat(duringTheRequest)
                .containsEntry(LogCorrelation.TRACKING_NUMBER, NUMBER)
                .containsEntry(LogCorrelation.REQUEST_ID, "gateway-7f3a.1");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo("gateway-7f3a.1");
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }

    @Test
    void workbenchPagesAndOpen311IdsNameTheirCaseToo() throws Exception {
        for (String path : new String[] {"/workbench/cases/" + NUMBER, "/open311/v2/requests/" + NUMBER + ".json"}) {
            duringTheRequest.clear();
            filter.doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(), chain);
            assertThat(duringTheRequest).as(path).containsEntry(LogCorrelation.TRACKING_NUMBER, NUMBER);
        }
    }

    @Test
    void anUnsafeRequestIdIsReplacedByANewOneAndARequestWithoutACaseHasNoTrackingNumber() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/work-queue");
        request.addHeader("X-Request-Id", "x\" injected=\"1");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, chain);

        assertThat(duringTheRequest).doesNotContainKey(LogCorrelation.TRACKING_NUMBER);
        assertThat(duringTheRequest.get(LogCorrelation.REQUEST_ID))
                .isEqualTo(response.getHeader("X-Request-Id"))
                .matches("[0-9a-f-]{36}");
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }
}
