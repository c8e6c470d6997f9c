package com.residentdesk.postgres;

import com.residentdesk.specialservice.ServiceReportProcessTest;

/**
 * The monthly special-service report on PostgreSQL: the figures query (dates in the property's
 * zone, sums and counts) and the report's process (SVC-02, SVC-10, SVC-12).
 */
@PostgresSuite
class SpecialServiceReportPostgresIT extends ServiceReportProcessTest {}
