package com.residentdesk.postgres;

import com.residentdesk.resident.ResidentMessagesTest;

/** HLP-08's link and notices by mail and SMS, with the deadline's timer, on PostgreSQL. */
@PostgresSuite
class ResidentMessagesPostgresIT extends ResidentMessagesTest {}
