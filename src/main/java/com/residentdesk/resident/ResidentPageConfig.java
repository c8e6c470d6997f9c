package com.residentdesk.resident;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The residents' page lives at /r/ (short: it is typed from a poster and sent in SMS links). */
@Configuration
class ResidentPageConfig implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/r", "/r/");
    registry.addViewController("/r/").setViewName("forward:/r/index.html");
  }
}
