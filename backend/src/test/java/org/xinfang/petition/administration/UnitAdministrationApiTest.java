package org.xinfang.petition.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_REGION;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.problem;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.AtOnce;

/** 单位管理 through the admin API: new units, renaming, refused input, races. */
class UnitAdministrationApiTest extends ApiTest {

    @Test
    void anAdministratorCreatesAUnitStaffCanBelongTo() {
        String code = newCode();

        api.as(ADMIN)
                .body(unit(code))
                .post("/admin/units")
                .then()
                .statusCode(201)
                .header("Location", "/api/v1/admin/units/" + code)
                .body("parent", equalTo(XINGQING))
                .body("kind", equalTo("PUBLIC_SECURITY_BUREAU"));
        api.as(ADMIN).get("/admin/units").then().body("code", hasItem(code));
        api.anonymous().get("/reference/units").then().statusCode(200);

        api.as(ADMIN)
                .body(Map.of(
                        "username",
                        StaffAdministrationApiTest.newUsername(),
                        "displayName",
                        "派出所民警",
                        "unit",
                        code,
                        "roles",
                        java.util.List.of("HANDLER"),
                        "password",
                        "Station-pass-1"))
                .post("/admin/staff")
                .then()
                .statusCode(201)
                .body("unit", equalTo(code));
    }

    @Test
    void aUnitIsRenamedAndTheChangeAudited() {
        String code = newCode();
        api.as(ADMIN).body(unit(code)).post("/admin/units").then().statusCode(201);

        api.as(ADMIN)
                .body(Map.of("nameZh", "解放街派出所（新）", "nameEn", "Jiefang Street Station (new)"))
                .put("/admin/units/{code}/name", code)
                .then()
                .statusCode(200)
                .body("nameZh", equalTo("解放街派出所（新）"));
        api.as(ADMIN)
                .queryParam("action", "UNIT_RENAMED")
                .get("/admin/audit")
                .then()
                .body("content.find { it.detail == 'unit " + code + ": renamed' }.actor", equalTo(ADMIN));
        api.as(ADMIN)
                .body(Map.of("nameZh", "", "nameEn", "x"))
                .put("/admin/units/{code}/name", code)
                .then()
                .spec(invalidField("nameZh", "constraint.NotBlank"));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        Map<String, Object> bad = new java.util.HashMap<>(unit("Bad Code"));
        api.as(ADMIN).body(bad).post("/admin/units").then().spec(invalidField("code", "organization.unit-code-format"));
        bad.put("code", newCode());
        bad.put("region", "999999");
        api.as(ADMIN).body(bad).post("/admin/units").then().spec(invalidField("region", "constraint.unknown-region"));
        bad.put("region", XINGQING_REGION);
        bad.put("parent", "psb-000000");
        api.as(ADMIN).body(bad).post("/admin/units").then().spec(invalidField("parent", "constraint.unknown-unit"));
        bad.remove("parent");
        bad.remove("kind");
        api.as(ADMIN).body(bad).post("/admin/units").then().spec(invalidField("kind", "constraint.NotNull"));
    }

    @Test
    void aTakenCodeIsAConflictEvenForTwoAdministratorsAtOnce() throws Exception {
        api.as(ADMIN)
                .body(unit(XINGQING))
                .post("/admin/units")
                .then()
                .spec(problem(409, "organization.unit-code-taken"));
        String code = newCode();
        assertThat(AtOnce.fire(
                        2,
                        () -> api.as(ADMIN)
                                .body(unit(code))
                                .post("/admin/units")
                                .statusCode()))
                .containsExactlyInAnyOrder(201, 409);
    }

    private static Map<String, Object> unit(String code) {
        return Map.of(
                "code",
                code,
                "nameZh",
                "解放街派出所",
                "nameEn",
                "Jiefang Street Police Station",
                "kind",
                "PUBLIC_SECURITY_BUREAU",
                "region",
                XINGQING_REGION,
                "parent",
                XINGQING);
    }

    private static String newCode() {
        return "pcs-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
