package com.residentdesk.postgres;

import com.residentdesk.notification.OutboxMailTest;

/** The outbox (row locks with SKIP LOCKED) and mail delivery, on PostgreSQL. */
@PostgresSuite
class OutboxMailPostgresIT extends OutboxMailTest {}
