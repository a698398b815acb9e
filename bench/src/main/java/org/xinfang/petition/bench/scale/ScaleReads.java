package org.xinfang.petition.bench.scale;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read side at scale, one client after another (the figures are the server's answer times with no queueing):
 * the work queue, the inspectors' board, the case list and the citizen's lookup, each as p50/p95/p99 over
 * {@code --rounds} requests after {@code --warmup}. Staff log in once and keep the session (HTTP Basic would
 * add a BCrypt hash to every request); the lookup files {@code --filings} complaints first to know their codes.
 * <pre>
 *   ScaleReads --url http://127.0.0.1:8080 [--password demo123] [--rounds 200] [--warmup 20] [--filings 5]
 * </pre>
 */
public final class ScaleReads {

    private static final Pattern FIELD = Pattern.compile("\"(trackingNumber|queryCode)\"\\s*:\\s*\"([^\"]+)\"");

    private final String url;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(cookies).build();

    private ScaleReads(String url) {
        this.url = url;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> options = Arrays.asList(args);
        String url = option(options, "url", "http://127.0.0.1:8080");
        String password = option(options, "password", "demo123");
        int rounds = Integer.parseInt(option(options, "rounds", "200"));
        int warmup = Integer.parseInt(option(options, "warmup", "20"));
        int filings = Integer.parseInt(option(options, "filings", "5"));

        List<String[]> lookups = new ScaleReads(url).file(filings);
        System.out.printf("%-58s %7s %7s %7s %7s%n", "request", "p50 ms", "p95 ms", "p99 ms", "max ms");
        measure(url, "clerk", password, "GET /api/v1/work-queue", rounds, warmup);
        measure(url, "clerk", password, "GET /api/v1/work-queue?stage=TRIAGE", rounds, warmup);
        measure(url, "handler.xingqing", password, "GET /api/v1/work-queue", rounds, warmup);
        measure(url, "inspector", password, "GET /api/v1/supervision/board", rounds, warmup);
        measure(url, "inspector.xingqing", password, "GET /api/v1/supervision/board", rounds, warmup);
        measure(url, "inspector", password, "GET /api/v1/supervision/board?sort=receivedAt,desc", rounds, warmup);
        measure(url, "clerk", password, "GET /api/v1/complaints", rounds, warmup);
        measure(url, "clerk", password, "GET /api/v1/complaints?status=CLOSED&region=640104", rounds, warmup);
        ScaleReads citizen = new ScaleReads(url);
        long[] times = new long[rounds];
        for (int i = -warmup; i < rounds; i++) {
            String[] filed = lookups.get(Math.floorMod(i, lookups.size()));
            long took = citizen.timed(
                    "POST",
                    "/api/v1/lookup",
                    "{\"trackingNumber\":\"" + filed[0] + "\",\"queryCode\":\"" + filed[1] + "\"}");
            if (i >= 0) {
                times[i] = took;
            }
        }
        print("POST /api/v1/lookup (citizen)", times);
    }

    private static void measure(String url, String login, String password, String request, int rounds, int warmup)
            throws IOException, InterruptedException {
        ScaleReads staff = new ScaleReads(url);
        staff.login(login, password);
        String[] methodAndPath = request.split(" ", 2);
        long[] times = new long[rounds];
        for (int i = -warmup; i < rounds; i++) {
            long took = staff.timed(methodAndPath[0], methodAndPath[1], null);
            if (i >= 0) {
                times[i] = took;
            }
        }
        print(request + " (" + login + ")", times);
    }

    /** The form login with the CSRF token that a first answer sets as a cookie. */
    private void login(String username, String password) throws IOException, InterruptedException {
        send("GET", "/api/v1/session", null);
        String token = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(url + "/api/v1/session"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-XSRF-TOKEN", token)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException("login of " + username + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    /** Files complaints as a citizen; their tracking numbers and query codes. */
    private List<String[]> file(int count) throws IOException, InterruptedException {
        List<String[]> filed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body =
                    "{\"complainant\":{\"name\":\"压测\",\"idNumber\":\"11010519491231002X\",\"phone\":\"13800138000\","
                            + "\"address\":\"宁夏银川市示范路1号\"},\"category\":\"TRAFFIC\",\"urgency\":\"NORMAL\",\"region\":\"640104\","
                            + "\"channel\":\"WEB\",\"subject\":\"规模测试投诉\",\"content\":\"规模测试：查询进度。\"}";
            HttpResponse<String> answer = send("POST", "/api/v1/complaints", body);
            Matcher fields = FIELD.matcher(answer.body());
            String number = null;
            String code = null;
            while (fields.find()) {
                if (fields.group(1).equals("trackingNumber")) {
                    number = fields.group(2);
                } else {
                    code = fields.group(2);
                }
            }
            if (answer.statusCode() != 201 || number == null || code == null) {
                throw new IllegalStateException("filing: " + answer.statusCode() + " " + answer.body());
            }
            filed.add(new String[] {number, code});
        }
        return filed;
    }

    private long timed(String method, String path, String json) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> answer = send(method, path, json);
        long took = (System.nanoTime() - started) / 1_000_000;
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + ": " + answer.statusCode() + " " + answer.body());
        }
        return took;
    }

    private HttpResponse<String> send(String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url + path)).header("Accept", "application/json");
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void print(String request, long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%-58s %7d %7d %7d %7d%n",
                request,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted[sorted.length - 1]);
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static String option(List<String> options, String name, String fallback) {
        int at = options.indexOf("--" + name);
        return at < 0 || at + 1 >= options.size() ? fallback : options.get(at + 1);
    }
}
