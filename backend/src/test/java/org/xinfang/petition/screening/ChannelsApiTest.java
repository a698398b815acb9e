package org.xinfang.petition.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Complaints.webComplaint;
import static org.xinfang.petition.support.Complaints.webComplaintWith;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.OPERATOR;
import static org.xinfang.petition.support.Problems.invalidField;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xinfang.petition.support.ApiTest;

/** 渠道: an operator enters what came by each line, letter, mailbox or visit; the case tells them apart. */
class ChannelsApiTest extends ApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"HOTLINE_12389", "HOTLINE_12345", "DESK_110", "LETTER", "MAILBOX", "WALK_IN"})
    void anOperatorEntersAComplaintOnEachChannel(String channel) {
        String number = api.as(OPERATOR)
                .body(webComplaintWith("channel", channel))
                .post("/complaints")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("trackingNumber");

        JsonPath detail = complaints.detail(number);
        assertThat(detail.getString("channel")).isEqualTo(channel);
        assertThat(detail.getString("filedBy")).isEqualTo(OPERATOR);
        assertThat(detail.getString("timeline[0].type")).isEqualTo("REGISTERED");
        assertThat(detail.getString("timeline[0].actor")).isEqualTo(OPERATOR);
        assertThat(detail.getString("timeline[0].comment")).isEqualTo(channel);
    }

    /** Taking the web for a call, letter or visit would misfile it: the operator names the channel. */
    @ParameterizedTest
    @ValueSource(strings = {OPERATOR, CLERK})
    void anOperatorWhoNamesNoChannelIsRefused(String login) {
        api.as(login)
                .body(webComplaint())
                .post("/complaints")
                .then()
                .spec(invalidField("channel", "constraint.channel-required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HOTLINE_12389", "HOTLINE_12345", "DESK_110"})
    void aCitizenCannotFileAsAHotline(String channel) {
        api.anonymous()
                .body(webComplaintWith("channel", channel))
                .post("/complaints")
                .then()
                .spec(invalidField("channel", "constraint.channel-requires-operator"));
    }

    @Test
    void aCitizensOwnComplaintHasNoOperator() {
        String number = complaints.file(webComplaintWith("channel", "WEB")).getString("trackingNumber");

        JsonPath detail = complaints.detail(number);
        assertThat(detail.getString("channel")).isEqualTo("WEB");
        assertThat(detail.getString("filedBy")).isNull();
    }
}
