package com.residentdesk.system;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.dto.task.CommentDto;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.task.Comment;

/**
 * Tasklist's comments ({@code /engine-rest/task/{id}/comment}), answered for the users who may see
 * the task. Camunda's own resource first looks the task up in the history, which only users with
 * READ_HISTORY on the whole process definition may query: a clerk's "Add comment" on her own
 * claimed task failed with "No task found for task id". Here the task is looked up in the runtime,
 * where the engine's task authorizations apply (the candidate group and the assignee may read it),
 * and a refusal says what it is: 404 for a task the user cannot see, 403 for a user who may not
 * comment (auditors and quality, refused by {@code identity.ReadOnlyOversight}), 400 for a comment
 * without a message. Registered ahead of Camunda's task resource because its path is more specific:
 * at /engine-rest, and as {@link InWebapps} in the API the webapps themselves call.
 */
@Path("/task/{id}/comment")
@Produces(MediaType.APPLICATION_JSON)
public class EngineTaskComments {

  /** The same resource under the webapps' engine API, /camunda/api/engine/engine/{engine}. */
  @Path("/engine/{engine}/task/{id}/comment")
  public static class InWebapps extends EngineTaskComments {

    @PathParam("engine")
    private String engineName;

    @Override
    protected ProcessEngine engine() {
      return EngineUtil.lookupProcessEngine(engineName);
    }
  }

  /** The default engine, as Camunda's own /engine-rest resources find it. */
  protected ProcessEngine engine() {
    return EngineUtil.lookupProcessEngine(null);
  }

  @GET
  public Response list(@PathParam("id") String taskId) {
    return ifVisible(
        taskId,
        () ->
            Response.ok(
                    tasks().getTaskComments(taskId).stream().map(CommentDto::fromComment).toList())
                .build());
  }

  @GET
  @Path("/{commentId}")
  public Response one(@PathParam("id") String taskId, @PathParam("commentId") String commentId) {
    return ifVisible(
        taskId,
        () -> {
          Comment comment = tasks().getTaskComment(taskId, commentId);
          return comment == null
              ? error(
                  Response.Status.NOT_FOUND, "NotFoundException", "No such comment on this task")
              : Response.ok(CommentDto.fromComment(comment)).build();
        });
  }

  @POST
  @Path("/create")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@PathParam("id") String taskId, CommentDto body) {
    String message = body == null ? null : body.getMessage();
    if (message == null || message.isBlank()) {
      return error(Response.Status.BAD_REQUEST, "InvalidRequestException", "message is required");
    }
    return ifVisible(
        taskId,
        () ->
            Response.ok(CommentDto.fromComment(tasks().createComment(taskId, null, message)))
                .build());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(@PathParam("id") String taskId, CommentDto body) {
    if (body == null || body.getId() == null || body.getMessage() == null) {
      return error(
          Response.Status.BAD_REQUEST, "InvalidRequestException", "id and message are required");
    }
    return ifVisible(
        taskId,
        () -> {
          tasks().updateTaskComment(taskId, body.getId(), body.getMessage());
          return Response.noContent().build();
        });
  }

  @DELETE
  @Path("/{commentId}")
  public Response delete(@PathParam("id") String taskId, @PathParam("commentId") String commentId) {
    return ifVisible(
        taskId,
        () -> {
          tasks().deleteTaskComment(taskId, commentId);
          return Response.noContent().build();
        });
  }

  @DELETE
  public Response deleteAll(@PathParam("id") String taskId) {
    return ifVisible(
        taskId,
        () -> {
          tasks().deleteTaskComments(taskId);
          return Response.noContent().build();
        });
  }

  /**
   * 404 when the signed-in user cannot see the task, whether or not it exists; otherwise the
   * answer, with the engine's refusals as 403 (not allowed) or 400 (not possible).
   */
  private Response ifVisible(String taskId, java.util.function.Supplier<Response> answer) {
    if (tasks().createTaskQuery().taskId(taskId).count() != 1) {
      return error(
          Response.Status.NOT_FOUND,
          "InvalidRequestException",
          "No open task " + taskId + " that you may see");
    }
    try {
      return answer.get();
    } catch (AuthorizationException e) {
      return error(Response.Status.FORBIDDEN, "AuthorizationException", e.getMessage());
    } catch (ProcessEngineException e) {
      return error(Response.Status.BAD_REQUEST, "InvalidRequestException", e.getMessage());
    }
  }

  private TaskService tasks() {
    return engine().getTaskService();
  }

  private static Response error(Response.Status status, String type, String message) {
    ExceptionDto body = new ExceptionDto();
    body.setType(type);
    body.setMessage(message);
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }
}
