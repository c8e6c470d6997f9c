package com.residentdesk.postgres;

import com.residentdesk.inquiry.TopicProcessesTest;

/** Inquiries, challenges, suggestions and unified answers, on PostgreSQL. */
@PostgresSuite
class TopicProcessesPostgresIT extends TopicProcessesTest {}
