package com.residentdesk.postgres;

import com.residentdesk.specialservice.SamplingProcessTest;

/**
 * The monthly sampling on PostgreSQL: households served counted once in the property's month (the
 * union query), the draw and the callbacks (SVC-09).
 */
@PostgresSuite
class SpecialServiceSamplingPostgresIT extends SamplingProcessTest {}
