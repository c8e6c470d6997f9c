package com.residentdesk.postgres;

import com.residentdesk.emergency.EmergencyResponseProcessTest;

/** The emergency path, after-hours routing and the rota, on PostgreSQL. */
@PostgresSuite
class EmergencyResponsePostgresIT extends EmergencyResponseProcessTest {}
