package com.residentdesk.postgres;

import com.residentdesk.reports.MonthlyEvaluationProcessTest;

/** The monthly evaluation, its timers and its record (QA-01, QA-06, QA-07) on PostgreSQL. */
@PostgresSuite
class MonthlyEvaluationPostgresIT extends MonthlyEvaluationProcessTest {}
