package com.residentdesk.casefile;

/**
 * HLP-06/SVC-02: the resident said "not fixed" and the case went back to its handler; published in
 * that transaction, before the new round's deadline is opened.
 */
public record CaseReworked(Long caseId) {}
