package com.residentdesk.postgres;

import com.residentdesk.specialservice.SpecialServiceProcessTest;

/**
 * Special services: the catalogue, the booking and its timer from the appointment, on PostgreSQL.
 */
@PostgresSuite
class SpecialServicePostgresIT extends SpecialServiceProcessTest {}
