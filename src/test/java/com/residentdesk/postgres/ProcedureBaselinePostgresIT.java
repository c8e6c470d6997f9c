package com.residentdesk.postgres;

import com.residentdesk.governance.ProcedureBaselineTest;
import org.springframework.test.context.ContextConfiguration;

/** Start-up deploys only what a release changed, on PostgreSQL (a database of its own). */
@PostgresSuite
@ContextConfiguration(initializers = PostgresDatabase.OfItsOwn.class)
class ProcedureBaselinePostgresIT extends ProcedureBaselineTest {}
