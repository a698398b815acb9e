package org.xinfang.petition.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Refusals.assertInvalid;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xinfang.petition.complaint.Sex;

/** Resident ID numbers per GB 11643-1999, read on the pinned day of the tests (Monday 2026-06-01). */
class ResidentIdNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static Stream<Arguments> validNumbers() {
        return Stream.of(
                // number, as kept, birth date, sex, age today
                Arguments.of("11010519491231002X", "11010519491231002X", "1949-12-31", Sex.FEMALE, 76),
                Arguments.of("640104190506020018", "640104190506020018", "1905-06-02", Sex.MALE, 120),
                Arguments.of("11010519491231002x", "11010519491231002X", "1949-12-31", Sex.FEMALE, 76),
                Arguments.of(" 64010419900101123X ", "64010419900101123X", "1990-01-01", Sex.MALE, 36),
                Arguments.of("640104199001011248", "640104199001011248", "1990-01-01", Sex.FEMALE, 36),
                Arguments.of("640104202606010015", "640104202606010015", "2026-06-01", Sex.MALE, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validNumbers")
    void aValidNumberTellsTheBirthDateSexAndAge(String number, String kept, String birthDate, Sex sex, int age) {
        ResidentIdNumber id = ResidentIdNumber.parse(number, TODAY);

        assertThat(id.value()).isEqualTo(kept);
        assertThat(id.birthDate()).isEqualTo(LocalDate.parse(birthDate));
        assertThat(id.sex()).isEqualTo(sex);
        assertThat(id.ageOn(TODAY)).isEqualTo(age);
    }

    static Stream<Arguments> invalidNumbers() {
        return Stream.of(
                Arguments.of("110105194912310021", "constraint.ResidentId.check-character"),
                Arguments.of("110105194912310020", "constraint.ResidentId.check-character"),
                Arguments.of("110105194913320027", "constraint.ResidentId.birth-date"),
                Arguments.of("110105194902300020", "constraint.ResidentId.birth-date"),
                Arguments.of("640104190506010012", "constraint.ResidentId.implausible-birth-date"),
                Arguments.of("440524188001010014", "constraint.ResidentId.implausible-birth-date"),
                Arguments.of("64010418491231001X", "constraint.ResidentId.implausible-birth-date"),
                Arguments.of("640104202606020010", "constraint.ResidentId.future-birth-date"),
                Arguments.of("640104209912310018", "constraint.ResidentId.future-birth-date"),
                Arguments.of("11010519491231002", "constraint.ResidentId.shape"),
                Arguments.of("11010519491231002X0", "constraint.ResidentId.shape"),
                Arguments.of("11010519491231002A", "constraint.ResidentId.shape"),
                Arguments.of("X10105194912310021", "constraint.ResidentId.shape"),
                Arguments.of("110105 19491231002X", "constraint.ResidentId.shape"),
                Arguments.of("１１０１０５１９４９１２３１００２Ｘ", "constraint.ResidentId.shape"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalidNumbers")
    void anInvalidNumberIsRefusedNamingTheIdNumberAndWhatIsWrong(String number, String code) {
        assertThat(ResidentIdNumber.defectOf(number, TODAY))
                .map(ResidentIdNumber.Defect::code)
                .contains(code);
        assertInvalid(() -> ResidentIdNumber.parse(number, TODAY), "complainant.idNumber", code);
    }

    @Test
    void aBirthdayCountsFromTheDayItself() {
        ResidentIdNumber id = ResidentIdNumber.parse("640104199001011248", TODAY);

        assertThat(id.ageOn(LocalDate.of(2025, 12, 31))).isEqualTo(35);
        assertThat(id.ageOn(LocalDate.of(2026, 1, 1))).isEqualTo(36);
    }
}
