package com.residentdesk.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The training start of docker/cds.sh ({@code desk.cds-training=true}): the node stops as soon as
 * it is ready, after the models are deployed and provisioning is done, so the class-data sharing
 * archive written at exit holds every class a real start loads, the engine's BPMN, DMN and FEEL
 * classes included (Spring's {@code -Dspring.context.exit=onRefresh} stops before those). Never set
 * on a node that serves.
 */
@Component
@ConditionalOnProperty(name = "desk.cds-training", havingValue = "true")
class CdsTrainingStart {

  private static final Logger log = LoggerFactory.getLogger(CdsTrainingStart.class);

  /** After every other start-up listener (deployments, provisioning). */
  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  public void stop(ApplicationReadyEvent ready) {
    log.info("Training start for the class-data sharing archive is ready: stopping");
    System.exit(SpringApplication.exit(ready.getApplicationContext()));
  }
}
