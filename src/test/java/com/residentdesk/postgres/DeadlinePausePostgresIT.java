package com.residentdesk.postgres;

import com.residentdesk.sla.DeadlinePauseProcessTest;

/** Holds on a case's deadlines, their parked timers and the hold's limit, on PostgreSQL. */
@PostgresSuite
class DeadlinePausePostgresIT extends DeadlinePauseProcessTest {}
