package com.residentdesk.casefile;

import jakarta.persistence.Embeddable;

/**
 * What a resident asked for, already validated, as the case is created from it; stored in the
 * case's own columns.
 */
@Embeddable
public record ResidentRequest(
    String channel,
    String unit,
    String residentName,
    String phone,
    String email,
    String language,
    String category,
    String subcategory,
    String description,
    String location) {}
