package com.residentdesk.casefile;

/** What a resident asked for, already validated, as the case is created from it. */
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
