package com.residentdesk.rota;

import com.residentdesk.identity.PropertyMemberships;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.property.PropertyAccess;
import com.residentdesk.system.InvalidFieldException;
import com.residentdesk.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The on-duty rota of each property as data: read by its staff, changed by its supervisors and
 * centre manager. A rota line of another property does not exist for the caller.
 */
@RestController
@RequestMapping("/api/rota")
public class RotaController {

  private final DutyShiftRepository shifts;
  private final Rota rota;
  private final IdentityService identityService;
  private final PropertyAccess access;
  private final PropertyMemberships memberships;

  public RotaController(
      DutyShiftRepository shifts,
      Rota rota,
      IdentityService identityService,
      PropertyAccess access,
      PropertyMemberships memberships) {
    this.shifts = shifts;
    this.rota = rota;
    this.identityService = identityService;
    this.access = access;
    this.memberships = memberships;
  }

  public record ShiftView(
      Long id,
      String property,
      String groupId,
      String userId,
      DutyRole dutyRole,
      LocalTime starts,
      LocalTime ends,
      LocalDate validFrom,
      LocalDate validTo) {

    static ShiftView of(DutyShift shift) {
      return new ShiftView(
          shift.getId(),
          shift.getPropertyCode(),
          shift.getGroupId(),
          shift.getUserId(),
          shift.getDutyRole(),
          shift.getStarts(),
          shift.getEnds(),
          shift.getValidFrom(),
          shift.getValidTo());
    }
  }

  public record NewShift(
      @NotBlank @Size(max = 64) String groupId,
      @NotBlank @Size(max = 64) String userId,
      @NotNull DutyRole dutyRole,
      @NotNull LocalTime starts,
      @NotNull LocalTime ends,
      @NotNull LocalDate validFrom,
      LocalDate validTo,
      @Size(max = 12) String property) {}

  public record OnDuty(String staff, String supervisor) {}

  @Operation(summary = "The rota of the caller's properties (or one), optionally for one group")
  @GetMapping
  public List<ShiftView> list(
      @RequestParam(required = false) String group,
      @RequestParam(required = false) String property,
      Authentication reader) {
    return shifts
        .findByPropertyCodeInOrderByPropertyCodeAscGroupIdAscIdAsc(access.filter(property, reader))
        .stream()
        .filter(shift -> group == null || group.equals(shift.getGroupId()))
        .map(ShiftView::of)
        .toList();
  }

  @Operation(
      summary = "Who is on duty now at a property, per group (the caller's only one by default)")
  @GetMapping("/on-duty")
  public Map<String, OnDuty> onDuty(
      @RequestParam(required = false) String property, Authentication reader) {
    String code = access.propertyFor(property, reader.getName());
    Map<String, OnDuty> now = new LinkedHashMap<>();
    for (String group : StaffGroups.STAFF.keySet()) {
      now.put(
          group,
          new OnDuty(
              rota.onDuty(code, group, DutyRole.STAFF).orElse(null),
              rota.onDuty(code, group, DutyRole.SUPERVISOR).orElse(null)));
    }
    return now;
  }

  @Operation(summary = "Add a rota line to a property (the caller's only one by default)")
  @PostMapping
  public ResponseEntity<ShiftView> add(@Valid @RequestBody NewShift shift, Authentication user) {
    String property = access.propertyFor(shift.property(), user.getName());
    if (!StaffGroups.STAFF.containsKey(shift.groupId())) {
      throw new InvalidFieldException(
          "groupId", "problem.field.one-of", String.join(", ", StaffGroups.STAFF.keySet()));
    }
    if (identityService.createUserQuery().userId(shift.userId()).count() == 0) {
      throw new InvalidFieldException("userId", "problem.user.unknown");
    }
    if (!memberships.worksFor(shift.userId(), property)) {
      throw new InvalidFieldException("userId", "problem.user.not-at-property", property);
    }
    if (shift.validTo() != null && shift.validTo().isBefore(shift.validFrom())) {
      throw new InvalidFieldException("validTo", "problem.valid-to.before-valid-from");
    }
    DutyShift saved =
        shifts.save(
            new DutyShift(
                property,
                shift.groupId(),
                shift.userId(),
                shift.dutyRole(),
                shift.starts(),
                shift.ends(),
                shift.validFrom(),
                shift.validTo()));
    return ResponseEntity.created(URI.create("/api/rota/" + saved.getId()))
        .body(ShiftView.of(saved));
  }

  @Operation(summary = "Remove a rota line of one of the caller's properties")
  @DeleteMapping("/{id}")
  public ResponseEntity<Void> remove(@PathVariable long id, Authentication user) {
    DutyShift shift =
        shifts.findById(id).orElseThrow(() -> new NotFoundException("problem.rota.none", id));
    access.requireVisible(shift.getPropertyCode(), user, "problem.rota.none", id);
    shifts.deleteById(id);
    return ResponseEntity.noContent().build();
  }
}
