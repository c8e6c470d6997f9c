package com.residentdesk.property;

import com.residentdesk.identity.PropertyMemberships;
import com.residentdesk.system.InvalidFieldException;
import com.residentdesk.system.NotFoundException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which properties a caller of our API and pages may see and work in: the ones they work for
 * ({@link PropertyMemberships}); the company's departments and the administrator see all. The
 * system itself (no caller: a timer, a test) sees every property.
 */
@Component
public class PropertyAccess {

  /** The field that names a property in requests, filters and start forms. */
  public static final String FIELD = "property";

  private final PropertyMemberships memberships;
  private final PropertyDirectory directory;

  public PropertyAccess(PropertyMemberships memberships, PropertyDirectory directory) {
    this.memberships = memberships;
    this.directory = directory;
  }

  /** The user behind the current HTTP request, or null for the system. */
  public static String caller() {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    return user != null && user.isAuthenticated() ? user.getName() : null;
  }

  /** The codes of the properties the user may see (every property for the system). */
  public List<String> visibleTo(String userId) {
    return userId == null ? directory.codes() : memberships.propertiesOf(userId);
  }

  public List<String> visibleTo(Authentication reader) {
    return visibleTo(reader == null ? null : reader.getName());
  }

  /**
   * The properties a reader asked to see: the one named in {@code filter} (which must be theirs) or
   * all of theirs.
   *
   * @throws InvalidFieldException when the named property is not one of theirs
   */
  public List<String> filter(String filter, Authentication reader) {
    List<String> visible = visibleTo(reader);
    if (filter == null || filter.isBlank()) {
      return visible;
    }
    if (!visible.contains(filter.trim())) {
      throw new InvalidFieldException(
          FIELD, "problem.property.not-yours", filter.trim(), describe(visible));
    }
    return List.of(filter.trim());
  }

  /**
   * A record of another property does not exist for the reader (404, with the given problem code),
   * as elsewhere.
   */
  public void requireVisible(
      String propertyCode, Authentication reader, String problem, Object... args) {
    if (!visibleTo(reader).contains(propertyCode)) {
      throw new NotFoundException(problem, args);
    }
  }

  /**
   * The property a user registers or changes something in: the one they named, which must be one of
   * theirs, or their only one.
   *
   * @throws InvalidFieldException naming {@link #FIELD} when that cannot be decided
   */
  public String propertyFor(String requested, String userId) {
    List<String> theirs = visibleTo(userId);
    if (requested != null && !requested.isBlank()) {
      String code = requested.trim();
      if (!theirs.contains(code)) {
        throw new InvalidFieldException(
            FIELD, "problem.property.not-yours", code, describe(theirs));
      }
      return code;
    }
    if (theirs.size() == 1) {
      return theirs.get(0);
    }
    if (theirs.isEmpty()) {
      throw new InvalidFieldException(FIELD, "problem.property.unassigned");
    }
    throw new InvalidFieldException(FIELD, "problem.property.required", describe(theirs));
  }

  private String describe(List<String> codes) {
    return codes.stream()
        .map(code -> code + " " + directory.find(code).map(s -> s.name()).orElse(""))
        .collect(Collectors.joining(", "));
  }
}
