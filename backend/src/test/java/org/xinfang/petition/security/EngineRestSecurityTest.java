package org.xinfang.petition.security;

import static org.xinfang.petition.support.Problems.problem;
import static org.xinfang.petition.support.Problems.unauthenticated;

import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Logins;

/** The engine's own REST API under /engine-rest is for administrators only. */
class EngineRestSecurityTest extends ApiTest {

    @Test
    void theEngineRestApiNeedsCredentials() {
        api.engineRest().get("/engine").then().spec(unauthenticated());
    }

    @Test
    void aClerkMayNotUseTheEngineRestApi() {
        api.engineRestAs(Logins.CLERK).get("/engine").then().spec(problem(403, "access-denied"));
    }

    @Test
    void anAdministratorUsesTheEngineRestApi() {
        api.engineRestAs(Logins.ADMIN).get("/engine").then().statusCode(200);
    }
}
