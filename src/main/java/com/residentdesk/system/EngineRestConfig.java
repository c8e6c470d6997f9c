package com.residentdesk.system;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Camunda's REST API (/engine-rest, which Tasklist and Cockpit use) with its answers to bad input
 * made 4xx: out of the box it answers 500 to a completion without a body, to an unknown task id on
 * completion, to negative paging and to JSON nested a thousand levels deep. Errors keep Camunda's
 * own body ({@code type}, {@code message}, {@code code}) because the webapps read it.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConfig {

  /** What we add to Camunda's REST API, wherever it is served. */
  static final Set<Class<?>> ADDITIONS =
      Set.of(
          TaskFormRefIsReadOnly.class,
          EmptyJsonBodyIsEmptyObject.class,
          PagingMustNotBeNegative.class,
          EngineFailureOnMissingThing.class,
          EngineRefusal.class,
          MissingRequestField.class,
          UnreadableJson.class);

  @Bean
  CamundaJerseyResourceConfig engineRestResources() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        register(EngineTaskComments.class);
        ADDITIONS.forEach(this::register);
      }
    };
  }

  /**
   * Tasklist and Cockpit do not call /engine-rest but the same API mounted at /camunda/api/engine,
   * registered by Camunda's webapp initializer under the servlet name "Engine Api" unless a servlet
   * of that name exists. Registered first, this one serves Camunda's application with our
   * additions, so a clerk in Tasklist gets the same fixes.
   */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  ServletContextInitializer webappEngineApi(CamundaBpmProperties camunda) {
    return servletContext -> {
      ServletRegistration.Dynamic servlet =
          servletContext.addServlet("Engine Api", ServletContainer.class);
      servlet.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
      servlet.setInitParameters(
          Map.of("jakarta.ws.rs.Application", WebappEngineApi.class.getName()));
    };
  }

  /** Camunda's webapp engine API plus {@link #ADDITIONS}. */
  public static class WebappEngineApi extends EngineRestApplication {

    @Override
    public Set<Class<?>> getClasses() {
      Set<Class<?>> classes = new HashSet<>(super.getClasses());
      classes.add(EngineTaskComments.InWebapps.class);
      classes.addAll(ADDITIONS);
      return classes;
    }
  }

  /**
   * Tasklist sets a follow-up date or changes or removes a due date by sending back the task it
   * read ({@code PUT /task/{id}}), including {@code camundaFormRef}. Camunda 7.24 types that
   * property as the interface {@code CamundaFormRef}, which Jackson cannot construct, so every task
   * with a {@code camunda:formRef} (all of ours) refused the update. The property is output only:
   * the form comes from the model and {@code TaskDto.updateTask} never copies it. This mapper,
   * ranked ahead of Camunda's {@code JacksonConfigurator} and otherwise configured by it, ignores
   * it on input.
   */
  @Provider
  @Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
  @Priority(1)
  static final class TaskFormRefIsReadOnly implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper =
        JacksonConfigurator.configureObjectMapper(new ObjectMapper())
            .addMixIn(TaskDto.class, FormRefIsOutputOnly.class);

    @Override
    public ObjectMapper getContext(Class<?> type) {
      return mapper;
    }
  }

  @JsonIgnoreProperties(value = "camundaFormRef", allowGetters = true)
  abstract static class FormRefIsOutputOnly {}

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
      if (cause instanceof FormFieldValidationException refused) {
        // the entry refused, in the words of the step that refused it; without the REST layer's
        // "Cannot instantiate process definition <engine id>: " in front of it, which Tasklist
        // would show the clerk
        return error(Response.Status.BAD_REQUEST, "InvalidRequestException", refused.getMessage());
      }
      if (unspecific && isNotFound(cause)) {
        return error(Response.Status.NOT_FOUND, exception);
      }
      if (unspecific
          && (cause instanceof BadUserRequestException || cause instanceof NullValueException)) {
        return error(Response.Status.BAD_REQUEST, exception);
      }
      if (unspecific
          && EngineRefusal.NOT_FOUND.matcher(String.valueOf(exception.getMessage())).matches()) {
        return error(Response.Status.NOT_FOUND, exception);
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
   * Refusals the engine raises as a plain ProcessEngineException before it looks at the caller's
   * rights, which Camunda's handler answers with 500: deleting a task of a running process (409,
   * the task is part of something that goes on), a conditional start that matches nothing (400),
   * and anything the engine reports as "No ... found with id" (404). Every other engine failure is
   * left to Camunda's handler, so a real fault still answers 500.
   */
  @Priority(1)
  static final class EngineRefusal implements ExceptionMapper<ProcessEngineException> {

    private static final java.util.regex.Pattern NOT_FOUND =
        java.util.regex.Pattern.compile("(ENGINE-\\d+ )?No \\w+( \\w+)? found with id.*");

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      String message = String.valueOf(exception.getMessage());
      if (exception.getClass() == ProcessEngineException.class) {
        if (message.contains("cannot be deleted because is part of a running process")) {
          return error(Response.Status.CONFLICT, exception);
        }
        if (message.startsWith("ENGINE-13043")) {
          return error(Response.Status.BAD_REQUEST, exception);
        }
        if (NOT_FOUND.matcher(message).matches()) {
          return error(Response.Status.NOT_FOUND, exception);
        }
      }
      return camunda.toResponse(exception);
    }
  }

  /**
   * A request without a field that a Camunda resource needs (a restart without instructions) ends
   * in a NullPointerException inside the REST layer: the caller's omission, answered 400. A null
   * anywhere else is a fault and stays a 500 through Camunda's handler.
   */
  @Priority(1)
  static final class MissingRequestField implements ExceptionMapper<NullPointerException> {

    private final ExceptionHandler camunda = new ExceptionHandler();

    @Override
    public Response toResponse(NullPointerException exception) {
      StackTraceElement[] stack = exception.getStackTrace();
      boolean inRestLayer =
          stack.length > 0 && stack[0].getClassName().startsWith("org.camunda.bpm.engine.rest.");
      if (inRestLayer) {
        return error(
            Response.Status.BAD_REQUEST,
            "InvalidRequestException",
            "A required field is missing: " + exception.getMessage());
      }
      return camunda.toResponse(exception);
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
