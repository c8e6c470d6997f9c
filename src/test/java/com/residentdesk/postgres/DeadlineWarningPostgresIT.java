package com.residentdesk.postgres;

import com.residentdesk.sla.DeadlineWarningProcessTest;

/** Warnings before a breach and the resident's at-risk notice, on PostgreSQL. */
@PostgresSuite
class DeadlineWarningPostgresIT extends DeadlineWarningProcessTest {}
