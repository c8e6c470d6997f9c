package com.residentdesk.governance;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How procedures are governed (GOV-01, GOV-02): how often each is reviewed and by whom, how long
 * the participants have to give their view, and how a proposed change is checked.
 *
 * @param reviewInterval a procedure is reviewed this long after its last approved change or review
 * @param reviewParticipants the groups whose view the centre manager hears in a review
 * @param viewPeriod how long the participants have before the review goes ahead without them
 * @param node the Node.js command that runs the model lint
 * @param lintTimeout how long the model lint may take
 * @param maxFileMegabytes the largest model file a proposal may hold
 */
@ConfigurationProperties("desk.governance")
public record GovernanceProperties(
    Period reviewInterval,
    List<String> reviewParticipants,
    Duration viewPeriod,
    String node,
    Duration lintTimeout,
    int maxFileMegabytes) {}
