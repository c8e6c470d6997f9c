package com.residentdesk.casefile;

import java.util.Optional;

/** Adds what a capability knows about a case to the description its tasks show in Tasklist. */
public interface TaskDescriptionContributor {

  Optional<String> describe(ServiceCase serviceCase);
}
