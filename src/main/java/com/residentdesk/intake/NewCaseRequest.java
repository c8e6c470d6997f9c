package com.residentdesk.intake;

import com.residentdesk.casefile.Category;
import com.residentdesk.casefile.Channel;
import com.residentdesk.casefile.ResidentRequest;
import com.residentdesk.specialservice.BookingRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A request as it arrives at either door: {@code POST /api/cases} or the Tasklist start form. Both
 * are validated by these constraints (INT-02: time, channel, resident, unit, phone, location,
 * description, category). The property (项目) is named when the caller works for several; one who
 * works for one property need not name it. A paid special service may come with its booking
 * (SVC-07): the service, the appointment, the quantity and the quoted price.
 */
@KnownSubcategory
public record NewCaseRequest(
    @NotBlank @OneOfCodes(Channel.class) String channel,
    @NotBlank @Size(max = 40) String unit,
    @NotBlank @Size(max = 100) String residentName,
    @NotBlank @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
    @Email @Size(max = 254) String email,
    @Pattern(regexp = "^(zh-CN|en)$", message = "must be zh-CN or en") String language,
    @NotBlank @OneOfCodes(Category.class) String category,
    @Size(max = 50)
        @Pattern(regexp = "^[a-z0-9-]*$", message = "must be a lower-case code like burst-pipe")
        String subcategory,
    @NotBlank @Size(max = 2000) String description,
    @NotBlank @Size(max = 200) String location,
    @Size(max = 12) String property,
    @Valid BookingRequest booking) {

  /** A request without a booking: every category but a paid special service (SVC-07). */
  public NewCaseRequest(
      String channel,
      String unit,
      String residentName,
      String phone,
      String email,
      String language,
      String category,
      String subcategory,
      String description,
      String location,
      String property) {
    this(
        channel,
        unit,
        residentName,
        phone,
        email,
        language,
        category,
        subcategory,
        description,
        location,
        property,
        null);
  }

  /** What a phone number looks like, at every door. */
  public static final String PHONE = "^\\+?[0-9 -]{5,20}$";

  public static final String PHONE_MESSAGE = "must be a phone number";

  ResidentRequest toResidentRequest(
      String registeredUnit, String defaultEmail, String defaultLanguage) {
    return new ResidentRequest(
        channel,
        registeredUnit,
        residentName.trim(),
        phone.trim(),
        blankToNull(email) != null ? email.trim() : defaultEmail,
        language != null ? language : defaultLanguage,
        category,
        blankToNull(subcategory),
        description.trim(),
        location.trim());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
