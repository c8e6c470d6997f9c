package com.residentdesk.resident;

import com.residentdesk.intake.NewCaseRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a resident fills in on the page (INT-02). The categories are those a resident reports
 * themselves; emergencies are accepted too (nothing is lost) and the page tells them to phone.
 */
public record ResidentReport(
    @NotBlank @Size(max = 12) String property,
    @NotBlank @Size(max = 40) String unit,
    @NotBlank @Size(max = 100) String residentName,
    @NotBlank @Pattern(regexp = NewCaseRequest.PHONE, message = NewCaseRequest.PHONE_MESSAGE)
        String phone,
    @NotBlank
        @Pattern(
            regexp =
                "^(repair|everyday-help|complaint|inquiry|suggestion|public-safety"
                    + "|medical-emergency|disaster)$",
            message = "must be one of the page's categories")
        String category,
    @Pattern(
            regexp = "^(|small|big|burst-pipe|critical-leak|power-outage)$",
            message = "must be one of the page's kinds of repair")
        String subcategory,
    @NotBlank @Size(max = 2000) String description,
    @NotBlank @Size(max = 200) String location,
    @Pattern(regexp = "^(zh-CN|en)$", message = "must be zh-CN or en") String language) {}
