package com.residentdesk.property;

/**
 * A property was added: its tenant, staff group and Tasklist queues are provisioned in the same
 * transaction ({@code provisioning.PropertyTenants}), so it can take cases at once.
 */
public record PropertyCreated(String code) {}
