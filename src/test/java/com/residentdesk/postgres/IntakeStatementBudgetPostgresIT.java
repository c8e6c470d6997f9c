package com.residentdesk.postgres;

import com.residentdesk.intake.IntakeStatementBudgetTest;

/**
 * One intake, one commit, within the statement budget, on PostgreSQL (its sequences, its batches).
 */
@PostgresSuite
class IntakeStatementBudgetPostgresIT extends IntakeStatementBudgetTest {}
