package com.residentdesk.intake;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;

/**
 * Categories whose subcategory decides the route (an emergency or not, CAT-01/EMG-01) accept only
 * the subcategories the triage table knows: a mistyped "pipe-burst" must not pass as a normal
 * repair. Other categories use the subcategory as a free topic code.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownSubcategory.Validator.class)
public @interface KnownSubcategory {

  Map<String, List<String>> KNOWN =
      Map.of(
          "repair",
              List.of(
                  "leak",
                  "small",
                  "big",
                  "burst-pipe",
                  "critical-leak",
                  "power-outage",
                  "safety-hazard"),
          "disaster", List.of("typhoon", "flooding", "fire"),
          "public-safety",
              List.of("theft", "fight", "robbery", "homicide", "poisoning", "traffic-accident"));

  String message() default "is not a subcategory of this category";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<KnownSubcategory, NewCaseRequest> {

    @Override
    public boolean isValid(NewCaseRequest request, ConstraintValidatorContext context) {
      List<String> known = request.category() == null ? null : KNOWN.get(request.category());
      String subcategory = request.subcategory();
      if (known == null
          || subcategory == null
          || subcategory.isBlank()
          || known.contains(subcategory)) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(
              "must be one of " + String.join(", ", known) + " for " + request.category())
          .addPropertyNode("subcategory")
          .addConstraintViolation();
      return false;
    }
  }
}
