package com.residentdesk.postgres;

import com.residentdesk.complaint.ComplaintHandlingProcessTest;

/** Complaints, their timers, appeals and statistics, on PostgreSQL. */
@PostgresSuite
class ComplaintHandlingPostgresIT extends ComplaintHandlingProcessTest {}
