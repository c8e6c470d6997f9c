package com.residentdesk.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of /api, served at /v3/api-docs. */
@Configuration
class OpenApiConfig {

  @Bean
  OpenAPI serviceDeskApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Resident Service Desk API")
                .version("1")
                .description(
                    "Register residents' requests and read their case files. HTTP Basic with a service-desk account."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
