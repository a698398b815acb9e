package org.xinfang.petition.evaluation;

import static org.xinfang.petition.support.Logins.ADMIN;

import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xinfang.petition.support.Api;

/** Window evaluators registered through the admin API, and the ratings they send, for the evaluation tests. */
public final class Evaluators {

    /** A registered device: its id and the key shown once. */
    public record Device(long id, String key) {}

    private final Api api;

    public Evaluators(Api api) {
        this.api = api;
    }

    /** The administrator registers a device of the unit for these services. */
    public ValidatableResponse register(String name, String unit, List<String> services) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("unitCode", unit);
        body.put("services", services);
        return api.as(ADMIN).body(body).post("/admin/evaluators").then();
    }

    /** A device of the unit registered for the registration and certificates windows. */
    public Device registered(String unit) {
        var json = register("大厅一号窗口评价器", unit, List.of("window-registration", "window-certificates"))
                .statusCode(201)
                .extract()
                .jsonPath();
        return new Device(json.getLong("device.id"), json.getString("key"));
    }

    /** The device sends a rating (the body as given, to send what a device should not). */
    public ValidatableResponse rate(Device device, Map<String, ?> body) {
        return rateWith(String.valueOf(device.id()), device.key(), body);
    }

    public ValidatableResponse rate(Device device, String service, String verdict) {
        return rate(device, Map.of("service", service, "verdict", verdict));
    }

    /** A rating sent with these credentials (either may be null: the header is then left out). */
    public ValidatableResponse rateWith(String id, String key, Map<String, ?> body) {
        var request = api.anonymous().body(body);
        if (id != null) {
            request = request.header("X-Evaluator-Id", id);
        }
        if (key != null) {
            request = request.header("X-Evaluator-Key", key);
        }
        return request.post("/evaluator/ratings").then();
    }

    public ValidatableResponse rotate(Device device) {
        return api.as(ADMIN)
                .post("/admin/evaluators/" + device.id() + "/rotate-key")
                .then();
    }

    public ValidatableResponse revoke(Device device) {
        return api.as(ADMIN)
                .post("/admin/evaluators/" + device.id() + "/revoke")
                .then();
    }
}
