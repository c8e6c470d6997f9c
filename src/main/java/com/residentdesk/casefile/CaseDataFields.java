package com.residentdesk.casefile;

import java.util.List;

/** The fields of the intake form (Tasklist start form and API): the resident's request itself. */
public final class CaseDataFields {

  public static final List<String> INTAKE =
      List.of(
          "channel",
          "unit",
          "residentName",
          "phone",
          "email",
          "language",
          "category",
          "subcategory",
          "description",
          "location");

  private CaseDataFields() {}
}
