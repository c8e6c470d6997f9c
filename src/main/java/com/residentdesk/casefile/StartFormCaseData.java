package com.residentdesk.casefile;

import java.util.Set;

/**
 * The fields of a process's start form that carry business data which goes into its own record (an
 * owners' forum's attendees and opinions): like a case's data they are kept out of the engine's
 * variable history ({@link CaseDataHistoryLevel}), the record being the one copy.
 */
public interface StartFormCaseData {

  Set<String> fields();
}
