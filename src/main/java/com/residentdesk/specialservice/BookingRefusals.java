package com.residentdesk.specialservice;

import com.residentdesk.system.InvalidEntryException;
import com.residentdesk.system.InvalidFieldException;
import com.residentdesk.system.Problems;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A booking refused in a Tasklist form: the API's problem code, in Chinese first and English, as
 * the form's message for the field.
 */
@Component
class BookingRefusals {

  private final Problems problems;

  BookingRefusals(Problems problems) {
    this.problems = problems;
  }

  InvalidEntryException inForm(InvalidFieldException refused) {
    return new InvalidEntryException(
        refused.field(),
        problems.text(refused.getMessage(), refused.args(), Locale.CHINESE)
            + " / "
            + problems.text(refused.getMessage(), refused.args(), Locale.ENGLISH));
  }

  InvalidEntryException field(String field, String code, Object... args) {
    return inForm(new InvalidFieldException(field, code, args));
  }
}
