package com.residentdesk.postgres;

import com.residentdesk.notification.OutboxFaultTest;

/** A fault duplicates at most the message in flight; two nodes share the outbox (SKIP LOCKED). */
@PostgresSuite
class OutboxFaultPostgresIT extends OutboxFaultTest {}
