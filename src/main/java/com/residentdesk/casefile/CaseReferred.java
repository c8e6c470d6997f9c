package com.residentdesk.casefile;

/**
 * CAT-03: the centre cannot do it and referred the request to a named outside body for the
 * resident; published in the front desk's transaction.
 */
public record CaseReferred(Long caseId, String referredTo) {}
