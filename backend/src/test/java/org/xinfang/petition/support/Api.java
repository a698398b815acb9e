package org.xinfang.petition.support;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests against the running test application, anonymous or as a demo login. */
public final class Api {

    public static final String PASSWORD = "demo123";

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private final int port;

    public Api(int port) {
        this.port = port;
    }

    public RequestSpecification anonymous() {
        return given().port(port)
                .basePath("/api/v1")
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public RequestSpecification as(String username) {
        return anonymous().auth().preemptive().basic(username, PASSWORD);
    }

    /** For the engine's own REST API under /engine-rest. */
    public RequestSpecification engineRest() {
        return given().port(port).basePath("/engine-rest").accept(ContentType.JSON);
    }

    public RequestSpecification engineRestAs(String username) {
        return engineRest().auth().preemptive().basic(username, PASSWORD);
    }
}
