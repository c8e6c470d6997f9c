package com.residentdesk.intake;

import com.residentdesk.casefile.Coded;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;

/**
 * The value must be one of the codes of the given {@link Coded} enum (null is left to @NotNull).
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneOfCodes.Validator.class)
public @interface OneOfCodes {

  Class<? extends Coded> value();

  String message() default "must be one of {codes}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<OneOfCodes, String> {

    private List<String> codes;

    @Override
    public void initialize(OneOfCodes annotation) {
      codes = Arrays.stream(annotation.value().getEnumConstants()).map(Coded::code).toList();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || codes.contains(value)) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate("must be one of " + String.join(", ", codes))
          .addConstraintViolation();
      return false;
    }
  }
}
