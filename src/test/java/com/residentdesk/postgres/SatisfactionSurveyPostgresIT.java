package com.residentdesk.postgres;

import com.residentdesk.survey.SatisfactionSurveyProcessTest;

/**
 * Satisfaction surveys, their corrective actions and the supervision on PostgreSQL: the approval
 * chain, the window's timers, the ratings and the escalation (QA-02..QA-05, SVC-12).
 */
@PostgresSuite
class SatisfactionSurveyPostgresIT extends SatisfactionSurveyProcessTest {}
