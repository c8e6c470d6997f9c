package com.residentdesk.postgres;

import com.residentdesk.intake.ResidentRequestProcessTest;

/** Every path of the request lifecycle, on PostgreSQL. */
@PostgresSuite
class ResidentRequestProcessPostgresIT extends ResidentRequestProcessTest {}
