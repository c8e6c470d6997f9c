package com.residentdesk.postgres;

import com.residentdesk.sla.DeadlineEscalationProcessTest;

/** Every deadline timer and escalation, on PostgreSQL. */
@PostgresSuite
class DeadlineEscalationPostgresIT extends DeadlineEscalationProcessTest {}
