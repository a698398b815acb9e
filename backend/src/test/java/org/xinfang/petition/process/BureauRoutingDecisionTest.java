package org.xinfang.petition.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.support.DecisionTables;

/**
 * {@code bureau-routing}: the bureau proposed to the petition office for a complaint, as the table decides it
 * (BureauRoutingOrganisationTest checks every proposal against the organisation).
 */
class BureauRoutingDecisionTest {

    static final DmnDecision BUREAU_ROUTING = DecisionTables.decision(ComplaintProcess.ROUTING_DECISION);

    static final String YINCHUAN = "640100";
    static final String SHIZUISHAN = "640200";
    static final Map<String, List<String>> COUNTIES = Map.of(
            YINCHUAN, List.of("640104", "640105", "640106"),
            SHIZUISHAN, List.of("640202", "640205", "640221"));
    static final List<Category> CITY_MATTERS = List.of(Category.EXIT_ENTRY, Category.CYBERSECURITY);

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("cityMatters")
    void exitEntryAndCybersecurityGoToTheBureauOfTheCityWhereTheyHappened(
            Category category, String region, String city) {
        assertThat(proposedBureau(category, region)).isEqualTo("psb-" + city);
    }

    /** 属地管辖, in a county and in a city itself. */
    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("localMatters")
    void otherMattersGoToTheBureauOfThePlaceWhereTheyHappened(Category category, String region) {
        assertThat(proposedBureau(category, region)).isEqualTo("psb-" + region);
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void unknownRegionHasNoProposalSoTheClerkChooses(Category category) {
        assertThat(evaluate(category, "650102")).isNull();
    }

    static String proposedBureau(Category category, String region) {
        DmnDecisionResultEntries result = evaluate(category, region);
        assertThat(result).as("a proposal for %s in %s", category, region).isNotNull();
        return result.getSingleEntry();
    }

    static DmnDecisionResultEntries evaluate(Category category, String region) {
        return DecisionTables.evaluate(BUREAU_ROUTING, Map.of("category", category.name(), "region", region));
    }

    static Stream<Arguments> cityMatters() {
        return Stream.of(YINCHUAN, SHIZUISHAN)
                .flatMap(city -> CITY_MATTERS.stream()
                        .flatMap(category ->
                                placesOf(city).stream().map(region -> Arguments.of(category, region, city))));
    }

    static Stream<Arguments> localMatters() {
        return Arrays.stream(Category.values())
                .filter(category -> !CITY_MATTERS.contains(category))
                .flatMap(category -> Stream.of(YINCHUAN, SHIZUISHAN)
                        .flatMap(city -> placesOf(city).stream())
                        .map(region -> Arguments.of(category, region)));
    }

    /** The city itself and its counties. */
    static List<String> placesOf(String city) {
        return Stream.concat(Stream.of(city), COUNTIES.get(city).stream()).toList();
    }
}
