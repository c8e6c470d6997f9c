package com.residentdesk.postgres;

import com.residentdesk.intake.StaffQuickReportProcessTest;

/** The staff quick report from Tasklist (INT-03), on PostgreSQL. */
@PostgresSuite
class StaffQuickReportPostgresIT extends StaffQuickReportProcessTest {}
