package org.xinfang.petition.intake;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A resident identity number (公民身份号码) per GB 11643-1999: 17 digits and an ISO 7064 MOD 11-2 check character,
 * with a real birth date. Region codes are not checked against today's list, since old codes stay valid.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ResidentId.Validator.class)
public @interface ResidentId {

  String message() default "invalid resident ID number";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  public class Validator implements ConstraintValidator<ResidentId, String> {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || isValidNumber(value);
    }

    static boolean isValidNumber(String value) {
      if (!value.matches("\\d{17}[0-9X]")) {
        return false;
      }
      int sum = 0;
      for (int i = 0; i < 17; i++) {
        sum += (value.charAt(i) - '0') * WEIGHTS[i];
      }
      return CHECK[sum % 11] == value.charAt(17) && hasRealBirthDate(value);
    }

    private static boolean hasRealBirthDate(String value) {
      try {
        LocalDate birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
            Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
        return birth.getYear() >= 1850 && !birth.isAfter(LocalDate.now());
      } catch (DateTimeException e) {
        return false;
      }
    }
  }
}
