package com.residentdesk.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's REST API (/engine-rest, which Tasklist and Cockpit use) with its answers to bad input
 * made 4xx: out of the box it answers 500 to a completion without a body, to an unknown task id on
 * completion, to negative paging and to JSON nested a thousand levels deep. Errors keep Camunda's
 * own body ({@code type}, {@code message}, {@code code}) because the webapps read it.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConfig {

  @Bean
  CamundaJerseyResourceConfig engineRestResources() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        register(EmptyJsonBodyIsEmptyObject.class);
        register(PagingMustNotBeNegative.class);
        register(EngineFailureOnMissingThing.class);
        register(UnreadableJson.class);
      }
    };
  }

  /**
   * A POST or PUT without a body, declared as JSON or not declared at all, is read as {@code {}}:
   * Camunda's resources take "no properties" to mean "none of the optional ones" (complete a task
   * without variables, query without criteria) but fail with a NullPointerException on a missing
   * body. A body of another declared type is left to Jersey (415).
   */
  @PreMatching
  static final class EmptyJsonBodyIsEmptyObject implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
      boolean writes =
          HttpMethod.POST.equals(request.getMethod()) || HttpMethod.PUT.equals(request.getMethod());
      MediaType type = request.getMediaType();
      if (writes
          && !request.hasEntity()
          && (type == null || type.isCompatible(MediaType.APPLICATION_JSON_TYPE))) {
        request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        request.setEntityStream(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)));
      }
    }
  }

  /** firstResult and maxResults below zero reach the database as an invalid LIMIT/OFFSET. */
  @PreMatching
  static final class PagingMustNotBeNegative implements ContainerRequestFilter {

    private static final List<String> PAGING = List.of("firstResult", "maxResults");

    @Override
    public void filter(ContainerRequestContext request) {
      for (String parameter : PAGING) {
        for (String value :
            request.getUriInfo().getQueryParameters().getOrDefault(parameter, List.of())) {
          if (value.strip().startsWith("-")) {
            request.abortWith(
                error(
                    Response.Status.BAD_REQUEST,
                    "InvalidRequestException",
                    parameter + " must be zero or greater, was " + value));
            return;
          }
        }
      }
    }
  }

  /**
   * Camunda wraps an engine failure in a RestException with status 500 even when the engine said
   * the task does not exist (404) or the request lacked what it needs (400). Ranked ahead of
   * Camunda's own handler for the same type; everything else is left to that handler.
   */
  @Priority(1)
  static final class EngineFailureOnMissingThing implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      boolean unspecific =
          exception.getStatus() == null
              || exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR;
      Throwable cause = exception.getCause();
      if (unspecific && isNotFound(cause)) {
        return error(Response.Status.NOT_FOUND, exception);
      }
      if (unspecific
          && (cause instanceof BadUserRequestException || cause instanceof NullValueException)) {
        return error(Response.Status.BAD_REQUEST, exception);
      }
      return camunda.toResponse(exception);
    }

    /** The engine's commands report a missing task or instance as "Cannot find ...: x is null". */
    private static boolean isNotFound(Throwable cause) {
      return cause instanceof NotFoundException
          || cause instanceof NullValueException
              && String.valueOf(cause.getMessage()).startsWith("Cannot find");
    }
  }

  /**
   * JSON the parser refuses for its size or depth (Jackson's stream constraints). Camunda maps the
   * parse and mapping exceptions, not their common parent, so these ended as 500.
   */
  static final class UnreadableJson implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
      return error(
          Response.Status.BAD_REQUEST,
          "InvalidRequestException",
          "The JSON body cannot be read: " + exception.getOriginalMessage());
    }
  }

  private static Response error(Response.Status status, Exception exception) {
    return error(status, ExceptionDto.fromException(exception));
  }

  private static Response error(Response.Status status, String type, String message) {
    ExceptionDto body = new ExceptionDto();
    body.setType(type);
    body.setMessage(message);
    return error(status, body);
  }

  private static Response error(Response.Status status, ExceptionDto body) {
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }
}
