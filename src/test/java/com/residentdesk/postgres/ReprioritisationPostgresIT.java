package com.residentdesk.postgres;

import com.residentdesk.triage.ReprioritisationProcessTest;

/** Re-prioritisation and its recomputed deadlines, on PostgreSQL. */
@PostgresSuite
class ReprioritisationPostgresIT extends ReprioritisationProcessTest {}
