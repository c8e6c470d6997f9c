package com.residentdesk.casefile;

/**
 * A case was stored (API, Tasklist or a follow-up of a hazard). Published inside the registering
 * transaction; listeners that count or log it wait for the commit. Codes only, never contact data.
 */
public record CaseRegistered(Long caseId, String caseNumber, String category, String channel) {

  public static CaseRegistered of(ServiceCase serviceCase) {
    return new CaseRegistered(
        serviceCase.getId(),
        serviceCase.getCaseNumber(),
        serviceCase.getRequest().category(),
        serviceCase.getRequest().channel());
  }
}
