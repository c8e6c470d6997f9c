package com.residentdesk.rota;

/** A staff member on duty does the work; the on-duty supervisor of the department dispatches it. */
public enum DutyRole {
  STAFF,
  SUPERVISOR
}
