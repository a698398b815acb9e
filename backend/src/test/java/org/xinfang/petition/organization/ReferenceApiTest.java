package org.xinfang.petition.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.ApiTest;

/** The reference data the public complaint form needs: open to everyone. */
class ReferenceApiTest extends ApiTest {

    @Test
    void anyoneListsTheRegionsWithTheirParents() {
        var regions = api.anonymous()
                .get("/reference/regions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        Map<String, Object> xingqing = regions.param("code", "640104").getMap("find { it.code == code }");
        assertThat(xingqing)
                .containsEntry("nameZh", "兴庆区")
                .containsEntry("nameEn", "Xingqing District")
                .containsEntry("level", "COUNTY")
                .containsEntry("parentCode", "640100");
        assertThat(regions.getList("code", String.class))
                .startsWith("640000")
                .isSorted()
                .contains("640100", "640106", "640200", "640221");
    }

    @Test
    void anyoneListsTheUnitsWithTheirKindRegionAndParent() {
        var units = api.anonymous()
                .get("/reference/units")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        Map<String, Object> xingqing = units.param("code", "psb-640104").getMap("find { it.code == code }");
        assertThat(xingqing)
                .containsEntry("kind", "PUBLIC_SECURITY_BUREAU")
                .containsEntry("region", "640104")
                .containsEntry("parent", "psb-640100")
                .containsEntry("nameZh", "银川市公安局兴庆区分局");
        Map<String, Object> office = units.param("code", "petition-640000").getMap("find { it.code == code }");
        assertThat(office).containsEntry("kind", "PETITION_OFFICE").containsEntry("parent", "psb-640000");
    }

    @Test
    void referenceDataShowsNoStaff() {
        String body = api.anonymous()
                .get("/reference/units")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(body).doesNotContain("handler.", "clerk", "password");
    }
}
