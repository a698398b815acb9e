package org.xinfang.petition.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.XINGQING_REGION;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Urgency;
import org.xinfang.petition.process.ComplaintProcess.Boundary;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.CaseRecords;
import org.xinfang.petition.support.Casework;
import org.xinfang.petition.support.EngineTime;
import org.xinfang.petition.support.PetitionTest;
import org.xinfang.petition.support.PinnedClock;

/** Administrators load and correct the calendar at run time; deadlines follow without a restart. */
@PetitionTest
class CalendarAdminApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Casework casework;

    @Autowired
    CaseRecords records;

    @Autowired
    EngineTime time;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void theOfficialSchedulesAreLoadedAndNextYearIsUnknownUntilItsNoticeIsLoaded() {
        api.as(ADMIN)
                .get("/admin/calendar")
                .then()
                .statusCode(200)
                .body("years.year", hasItem(2026))
                .body("years.find { it.year == 2026 }.daysOff", equalTo(33))
                .body("years.find { it.year == 2026 }.makeUpWorkdays", equalTo(6))
                .body("years.find { it.year == 2026 }.loadedBy", equalTo("holiday-file"))
                .body("unknownYears", hasItem(2027));
        api.as(ADMIN)
                .get("/admin/calendar/2026")
                .then()
                .statusCode(200)
                .body(
                        "holidays.find { it.name == '国庆节' }.makeUpWorkdays",
                        equalTo(List.of("2026-09-20", "2026-10-10")));
        api.as(ADMIN)
                .get("/admin/calendar/2027")
                .then()
                .statusCode(404)
                .body("code", equalTo("calendar.unknown-year"))
                .body("detail", equalTo("尚未加载 2027 年的节假日安排 / No schedule is loaded for 2027"));
    }

    @Test
    void aCorrectionMadeAtRunTimeMovesNewAndRunningDeadlines() {
        time.stopAt(beijing("2026-06-01T09:00"));
        String running =
                casework.signedFor(casework.file(Category.HOUSEHOLD_REGISTRATION, Urgency.NORMAL, XINGQING_REGION));
        assertThat(records.of(running).dueAt()).isEqualTo(beijing("2026-06-09T00:00"));
        Map<String, Object> official = api.as(ADMIN)
                .get("/admin/calendar/2026")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        try {
            api.as(ADMIN)
                    .body(withExtraDayOff(official, "2026-06-03"))
                    .put("/admin/calendar/2026")
                    .then()
                    .statusCode(200);

            String fresh =
                    casework.signedFor(casework.file(Category.HOUSEHOLD_REGISTRATION, Urgency.NORMAL, XINGQING_REGION));
            assertThat(records.of(fresh).dueAt()).as("06-03 is now a day off").isEqualTo(beijing("2026-06-10T00:00"));
            assertThat(records.of(running).dueAt())
                    .as("the running limit was recounted")
                    .isEqualTo(beijing("2026-06-10T00:00"));
            assertThat(time.timers(running)).containsEntry(Boundary.HANDLING_OVERDUE, beijing("2026-06-10T00:00"));
            api.as(ADMIN).get("/admin/calendar").then().body("years.find { it.year == 2026 }.loadedBy", equalTo(ADMIN));
        } finally {
            api.as(ADMIN).body(official).put("/admin/calendar/2026").then().statusCode(200);
        }
        assertThat(records.of(running).dueAt()).isEqualTo(beijing("2026-06-09T00:00"));
    }

    @Test
    void aDeadlineIntoAYearWithoutScheduleIsProvisionalVisibleAndRecountedWhenTheYearIsLoaded() {
        time.stopAt(beijing("2026-12-28T10:00"));
        String number =
                casework.signedFor(casework.file(Category.HOUSEHOLD_REGISTRATION, Urgency.NORMAL, XINGQING_REGION));

        // 12-29, 12-30, 12-31, then 2027 counted Monday to Friday only provisionally: 01-01 and 01-04
        assertThat(records.of(number).dueAt()).isEqualTo(beijing("2027-01-05T00:00"));
        assertThat(records.of(number).eventTypes()).contains(CaseEventType.CALENDAR_GAP);
        api.as(CLERK)
                .get("/complaints/{number}", number)
                .then()
                .body("deadlines.find { it.stage == 'HANDLING' }.provisionalYears", equalTo("2027"));
        api.as(ADMIN)
                .get("/admin/calendar")
                .then()
                .statusCode(200)
                .body("gaps.year", hasItem(2027))
                .body("unknownYears", hasItem(2027));

        try {
            api.as(ADMIN)
                    .body(Map.of(
                            "source",
                            "测试用 2027 年安排",
                            "holidays",
                            List.of(Map.of(
                                    "name",
                                    "元旦",
                                    "daysOff",
                                    List.of("2027-01-01", "2027-01-02", "2027-01-03"),
                                    "makeUpWorkdays",
                                    List.of()))))
                    .put("/admin/calendar/2027")
                    .then()
                    .statusCode(200);

            api.as(CLERK)
                    .get("/complaints/{number}", number)
                    .then()
                    .body("deadlines.find { it.stage == 'HANDLING' }.provisionalYears", equalTo(null));
            assertThat(records.of(number).dueAt()).isEqualTo(beijing("2027-01-06T00:00"));
            api.as(ADMIN)
                    .get("/admin/calendar")
                    .then()
                    .body("gaps.year", not(hasItem(2027)))
                    .body("unknownYears", not(hasItem(2027)));
        } finally {
            api.as(ADMIN).delete("/admin/calendar/2027").then().statusCode(204);
        }
        api.as(ADMIN).get("/admin/calendar").then().body("unknownYears", hasItem(2027));
    }

    @Test
    void badSchedulesAreRefusedNamingTheField() {
        Map<String, Object> notAWeekend = Map.of(
                "source",
                "x",
                "holidays",
                List.of(Map.of(
                        "name", "春节", "daysOff", List.of("2026-02-16"), "makeUpWorkdays", List.of("2026-02-17"))));
        api.as(ADMIN)
                .body(notAWeekend)
                .put("/admin/calendar/2026")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("holidays[0].makeUpWorkdays[0]"))
                .body("errors[0].code", equalTo("calendar.make-up-not-weekend"));
        Map<String, Object> wrongYear = Map.of(
                "source",
                "x",
                "holidays",
                List.of(Map.of("name", "元旦", "daysOff", List.of("2025-01-01"), "makeUpWorkdays", List.of())));
        api.as(ADMIN)
                .body(wrongYear)
                .put("/admin/calendar/2026")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("holidays[0].daysOff[0]"));
        api.as(ADMIN)
                .body(Map.of("holidays", List.of()))
                .put("/admin/calendar/2026")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("source"));
        api.as(ADMIN)
                .body(Map.of(
                        "source", "x", "holidays", List.of(Map.of("name", "元旦", "daysOff", List.of("2026-13-01")))))
                .put("/admin/calendar/2026")
                .then()
                .statusCode(400);
        api.as(ADMIN).get("/admin/calendar/2026").then().body("holidays.size()", equalTo(7));
    }

    @Test
    void onlyAdministratorsManageTheCalendar() {
        api.as(CLERK).get("/admin/calendar").then().statusCode(403);
        api.anonymous().get("/admin/calendar").then().statusCode(401);
        api.as(CLERK).delete("/admin/calendar/2026").then().statusCode(403);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withExtraDayOff(Map<String, Object> year, String day) {
        List<Map<String, Object>> holidays = new ArrayList<>((List<Map<String, Object>>) year.get("holidays"));
        holidays.add(Map.of("name", "临时调整", "daysOff", List.of(day), "makeUpWorkdays", List.of()));
        return Map.of("source", year.get("source"), "holidays", holidays);
    }

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PinnedClock.BEIJING).toInstant();
    }
}
