package org.xinfang.petition.support;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The last few HTTP exchanges of the running test, printed when it fails. REST Assured's own "log if validation
 * fails" formats and pretty-prints every request and response in case one fails, which was a quarter of the test
 * thread's work in the API classes; this keeps references and formats only for a failed test, and for any failure,
 * not only REST Assured's own checks.
 */
public class LastExchanges implements Filter, BeforeEachCallback, TestWatcher {

    private static final int KEPT = 5;
    private static final Deque<Exchange> exchanges = new ConcurrentLinkedDeque<>();

    /** What was sent and what came back, each formatted only when a test fails. */
    private record Exchange(Supplier<String> request, Supplier<String> response) {

        @Override
        public String toString() {
            return request.get() + "\n→ " + response.get();
        }
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext next) {
        Response response = next.next(request, expected);
        keep(
                () -> {
                    Object body = request.getBody();
                    return request.getMethod() + " " + request.getURI() + "\n" + request.getHeaders()
                            + (body == null ? "" : "\n" + body);
                },
                () -> response.getStatusLine() + "\n" + response.getHeaders() + "\n" + response.asString());
        return response;
    }

    /** Keeps an exchange that did not go through REST Assured ({@link SetupRequests}). */
    static void record(String request, Supplier<String> response) {
        keep(() -> request, response);
    }

    private static void keep(Supplier<String> request, Supplier<String> response) {
        exchanges.addLast(new Exchange(request, response));
        while (exchanges.size() > KEPT) {
            exchanges.pollFirst();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        exchanges.clear();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        List<Exchange> last = new ArrayList<>(exchanges);
        if (!last.isEmpty()) {
            StringBuilder report = new StringBuilder("The test's last HTTP exchanges, oldest first:\n");
            last.forEach(exchange -> report.append("\n").append(exchange).append("\n"));
            System.out.println(report);
        }
    }
}
