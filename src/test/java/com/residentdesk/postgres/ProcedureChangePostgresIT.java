package com.residentdesk.postgres;

import com.residentdesk.governance.ProcedureChangeApiTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Procedure changes deployed from Modeler, held, approved or rejected, on PostgreSQL, in a database
 * of its own: the changes it approves must not reach the other suites' models.
 */
@PostgresSuite
@ContextConfiguration(initializers = PostgresDatabase.OfItsOwn.class)
class ProcedureChangePostgresIT extends ProcedureChangeApiTest {}
