package com.residentdesk.postgres;

import com.residentdesk.reports.KpiApiTest;

/** The KPI figures' queries (QA-01, SVC-02) on PostgreSQL: the same known cases, the same sums. */
@PostgresSuite
class KpiReportPostgresIT extends KpiApiTest {}
