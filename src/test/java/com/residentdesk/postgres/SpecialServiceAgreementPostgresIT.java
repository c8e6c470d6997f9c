package com.residentdesk.postgres;

import com.residentdesk.specialservice.AgreementProcessTest;

/**
 * Long-term agreements on PostgreSQL: terms, approval, the confirmation sheet, the quarterly
 * callback timer in the property's zone, the early stop after notice (SVC-08, SVC-11, SVC-15).
 */
@PostgresSuite
class SpecialServiceAgreementPostgresIT extends AgreementProcessTest {}
