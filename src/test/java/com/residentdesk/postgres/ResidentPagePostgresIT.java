package com.residentdesk.postgres;

import com.residentdesk.resident.ResidentApiTest;

/**
 * The residents' API on PostgreSQL: photos in bytea, links by their hash, SMS in the outbox's new
 * channel column, and the refusals that must store nothing (issue 18).
 */
@PostgresSuite
class ResidentPagePostgresIT extends ResidentApiTest {}
