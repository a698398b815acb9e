package org.xinfang.petition.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.Logins;
import org.xinfang.petition.support.PetitionTest;

@PetitionTest
class ComplaintLifecycleSmokeTest {

    @LocalServerPort
    int port;

    Complaints complaints;

    @BeforeEach
    void setUp() {
        complaints = new Complaints(new Api(port));
    }

    @Test
    void aSatisfiedComplaintIsClosedWithItsWholeTimeline() {
        String number = complaints.awaitingCallback();
        complaints.act(Logins.CLERK, number, "callback", Map.of("result", "SATISFIED"));

        var detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("CLOSED");
        assertThat(detail.getList("timeline.type"))
                .containsExactly(
                        "REGISTERED",
                        "ACCEPTED",
                        "DISPATCHED",
                        "SIGNED_FOR",
                        "REPLY_DRAFTED",
                        "REPLY_APPROVED",
                        "REPLIED",
                        "CALLBACK_RECORDED");
    }
}
