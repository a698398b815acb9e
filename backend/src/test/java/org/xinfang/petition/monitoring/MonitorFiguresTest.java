package org.xinfang.petition.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Logins.JINFENG;
import static org.xinfang.petition.support.Logins.JINFENG_REGION;
import static org.xinfang.petition.support.Logins.OPERATOR;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_REGION;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.petition.complaint.CallbackResult;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Urgency;
import org.xinfang.petition.monitoring.MonitorFigures.BureauLimits;
import org.xinfang.petition.monitoring.MonitorFigures.PeriodFigures;
import org.xinfang.petition.monitoring.MonitorFigures.Screen;
import org.xinfang.petition.monitoring.MonitorFigures.StageTime;
import org.xinfang.petition.monitoring.MonitorFigures.Tally;
import org.xinfang.petition.security.ActingAs;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.support.Casework;
import org.xinfang.petition.support.PetitionTest;
import org.xinfang.petition.support.PinnedClock;

/**
 * The monitoring screen's figures move with the cases, in the viewer's scope. The suite shares one database, so each
 * test compares the figures before and after its own cases.
 */
@PetitionTest
class MonitorFiguresTest {

    private static final String XINGQING_INSPECTOR = "inspector.xingqing";
    /** Monday 2026-06-01 09:00 is the base; a week later every sign-for limit started at the base has run out. */
    private static final String A_WEEK_LATER = "2026-06-08T10:00";

    @Autowired
    private MonitorFigures figures;

    @Autowired
    private ActingAs actingAs;

    @Autowired
    private CurrentStaff currentStaff;

    @Autowired
    private Casework casework;

    @Test
    void receivedClosedInProgressAndCalledBackCountTodayThisMonthAndThisYear() {
        Screen before = screenOf(CLERK);

        casework.file(Category.HOUSEHOLD_REGISTRATION, Urgency.NORMAL, XINGQING_REGION);
        String refused = casework.file(Category.HOUSEHOLD_REGISTRATION, Urgency.NORMAL, XINGQING_REGION);
        casework.notAccept(refused, "属于法院管辖的事项，请依法向人民法院起诉。");
        String satisfied = casework.awaitingCallback(
                casework.file(Category.HOUSEHOLD_REGISTRATION, Urgency.NORMAL, XINGQING_REGION));
        casework.callback(satisfied, CallbackResult.SATISFIED);

        Screen after = screenOf(CLERK);
        for (Period period : Period.values()) {
            PeriodFigures was = period(before, period);
            PeriodFigures is = period(after, period);
            assertThat(is.received() - was.received()).as("received %s", period).isEqualTo(3);
            assertThat(is.closed() - was.closed()).as("closed %s", period).isEqualTo(2);
            assertThat(is.inProgress() - was.inProgress())
                    .as("in progress %s", period)
                    .isEqualTo(1);
            assertThat(is.calledBack() - was.calledBack())
                    .as("called back %s", period)
                    .isEqualTo(1);
        }
        assertThat(count(after.channels(), "WEB") - count(before.channels(), "WEB"))
                .isEqualTo(3);
        assertThat(count(after.categories(), "HOUSEHOLD_REGISTRATION")
                        - count(before.categories(), "HOUSEHOLD_REGISTRATION"))
                .isEqualTo(3);
        assertThat(after.categories()).extracting(Tally::key).hasSize(Category.values().length);
    }

    @Test
    void theStagesTakeWorkingTimeInOfficeHoursOnWorkingDays() {
        Screen before = screenOf(CLERK);

        String number = casework.file(Category.TRAFFIC, Urgency.NORMAL, XINGQING_REGION);
        // registered Monday 09:00, accepted 14:30: 09:00-12:00 and 14:00-14:30 are office hours, 3.5 hours
        PinnedClock.pinAt("2026-06-01T14:30");
        casework.accept(number);
        // dispatched Tuesday 09:00: 14:30-17:30 on Monday and 08:30-09:00 on Tuesday, 3.5 hours again
        PinnedClock.pinAt("2026-06-02T09:00");
        casework.dispatch(number, null);

        Screen after = screenOf(CLERK);
        StageTime triage = stage(after, Stage.TRIAGE);
        assertThat(triage.ended() - stage(before, Stage.TRIAGE).ended()).isEqualTo(1);
        assertThat(triage.workingMinutes() - stage(before, Stage.TRIAGE).workingMinutes())
                .isEqualTo(210);
        StageTime dispatch = stage(after, Stage.DISPATCH);
        assertThat(dispatch.ended() - stage(before, Stage.DISPATCH).ended()).isEqualTo(1);
        assertThat(dispatch.workingMinutes() - stage(before, Stage.DISPATCH).workingMinutes())
                .isEqualTo(210);
        assertThat(dispatch.averageWorkingHours()).isPositive();
    }

    @Test
    void aCountyInspectorCountsTheirOwnBureauAndTheProvinceEveryBureau() {
        Screen countyLater = later(XINGQING_INSPECTOR);
        Screen provinceLater = later(INSPECTOR);
        Screen county = screenOf(XINGQING_INSPECTOR);
        Screen province = screenOf(INSPECTOR);

        casework.dispatched(casework.file(Category.PUBLIC_ORDER, Urgency.NORMAL, XINGQING_REGION));
        casework.dispatched(casework.file(Category.PUBLIC_ORDER, Urgency.NORMAL, JINFENG_REGION));

        assertThat(period(screenOf(XINGQING_INSPECTOR), Period.TODAY).received()
                        - period(county, Period.TODAY).received())
                .as("the county inspector's cases received today")
                .isEqualTo(1);
        assertThat(period(screenOf(INSPECTOR), Period.TODAY).received()
                        - period(province, Period.TODAY).received())
                .as("the province inspector's")
                .isEqualTo(2);

        // a week later both sign-for limits have run out
        Screen countyAfter = later(XINGQING_INSPECTOR);
        Screen provinceAfter = later(INSPECTOR);
        assertThat(overdue(countyAfter, XINGQING) - overdue(countyLater, XINGQING))
                .isEqualTo(1);
        assertThat(bureaus(countyAfter)).as("the county sees no other bureau").containsOnlyKeys(XINGQING);
        assertThat(overdue(provinceAfter, XINGQING) - overdue(provinceLater, XINGQING))
                .isEqualTo(1);
        assertThat(overdue(provinceAfter, JINFENG) - overdue(provinceLater, JINFENG))
                .isEqualTo(1);
    }

    @Test
    void anOperatorSeesNoCasesAndSoNoFigures() {
        assertThat(actingAs.call(OPERATOR, () -> figures.seesCases(currentStaff.get())))
                .isFalse();
        assertThat(actingAs.call(CLERK, () -> figures.seesCases(currentStaff.get())))
                .isTrue();
    }

    private Screen screenOf(String login) {
        return actingAs.call(login, () -> figures.of(currentStaff.get()));
    }

    /** The screen a week after the base, the clock then back where it was. */
    private Screen later(String login) {
        java.util.Date now = PinnedClock.now();
        PinnedClock.pinAt(A_WEEK_LATER);
        try {
            return screenOf(login);
        } finally {
            PinnedClock.pinAt(now.toInstant());
        }
    }

    private static PeriodFigures period(Screen screen, Period period) {
        return screen.periods().stream()
                .filter(figures -> figures.period() == period)
                .findFirst()
                .orElseThrow();
    }

    private static StageTime stage(Screen screen, Stage stage) {
        return screen.stages().stream()
                .filter(time -> time.stage() == stage)
                .findFirst()
                .orElseThrow();
    }

    private static long count(List<Tally> tallies, String key) {
        return tallies.stream()
                .filter(tally -> tally.key().equals(key))
                .mapToLong(Tally::count)
                .sum();
    }

    private static Map<String, BureauLimits> bureaus(Screen screen) {
        return screen.bureaus().stream().collect(Collectors.toMap(BureauLimits::code, Function.identity()));
    }

    private static long overdue(Screen screen, String bureau) {
        BureauLimits limits = bureaus(screen).get(bureau);
        return limits == null ? 0 : limits.overdue();
    }
}
