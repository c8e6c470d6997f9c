package com.residentdesk.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Our pages: the auditor page at /audit/, the KPI dashboard at /reports/, the special-services page
 * at /services/, the residents' page at /r/ (short: it goes in SMS).
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/audit", "/audit/");
    registry.addRedirectViewController("/reports", "/reports/");
    registry.addViewController("/audit/").setViewName("forward:/audit/index.html");
    registry.addRedirectViewController("/r", "/r/");
    registry.addViewController("/r/").setViewName("forward:/r/index.html");
    registry.addViewController("/reports/").setViewName("forward:/reports/index.html");
    registry.addRedirectViewController("/services", "/services/");
    registry.addViewController("/services/").setViewName("forward:/services/index.html");
  }
}
