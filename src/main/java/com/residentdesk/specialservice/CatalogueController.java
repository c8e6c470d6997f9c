package com.residentdesk.specialservice;

import com.residentdesk.identity.StaffGroups;
import com.residentdesk.property.PropertyAccess;
import com.residentdesk.system.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The special-service catalogue (SVC-04, SVC-06, SVC-16): staff read what is in force at their
 * property; process owners and the customer-service head change it, each change recorded.
 */
@RestController
public class CatalogueController {

  private final ServiceCatalogue catalogue;
  private final PropertyAccess access;

  public CatalogueController(ServiceCatalogue catalogue, PropertyAccess access) {
    this.catalogue = catalogue;
    this.access = access;
  }

  public record EntryView(
      String code,
      String scope,
      String nameZh,
      String nameEn,
      String kind,
      String serviceClass,
      BigDecimal unitPrice,
      String unit,
      String deliveringGroup,
      boolean risky,
      boolean active,
      Instant changedAt,
      String changedBy) {

    static EntryView of(CatalogueEntry e) {
      return new EntryView(
          e.getCode(),
          e.getScope(),
          e.getNameZh(),
          e.getNameEn(),
          e.getKind(),
          e.getServiceClass(),
          e.getUnitPrice(),
          e.getUnit(),
          e.getDeliveringGroup(),
          e.isRisky(),
          e.isActive(),
          e.getChangedAt(),
          e.getChangedBy());
    }
  }

  /**
   * A change of one entry. {@code property} names the property whose own entry is changed; without
   * it the company default is.
   */
  public record ChangeRequest(
      @Size(max = 12) String property,
      @NotBlank @Size(max = 100) String nameZh,
      @NotBlank @Size(max = 100) String nameEn,
      @NotBlank @Pattern(regexp = "^(hourly|long-term)$", message = "must be hourly or long-term")
          String kind,
      @NotBlank
          @Pattern(
              regexp = "^(ordinary|special|other)$",
              message = "must be ordinary, special or other")
          String serviceClass,
      @NotNull @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal unitPrice,
      @NotBlank @Pattern(regexp = "^(hour|visit|m2)$", message = "must be hour, visit or m2")
          String unit,
      @NotBlank @Size(max = 64) String deliveringGroup,
      boolean risky,
      Boolean active,
      @NotBlank @Size(max = 500) String reason) {}

  public record ChangeView(
      String scope,
      String code,
      Instant changedAt,
      String changedBy,
      String reason,
      String before,
      String after) {}

  @Operation(summary = "The special-service catalogue in force at a property (SVC-04, SVC-16)")
  @GetMapping("/api/special-services/catalogue")
  public List<EntryView> list(
      @RequestParam(required = false) String property, Authentication reader) {
    // a process owner works for no property: they see (and change) the company defaults
    boolean companyOnly =
        (property == null || property.isBlank()) && access.visibleTo(reader).isEmpty();
    String code =
        companyOnly ? CatalogueEntry.COMPANY : access.propertyFor(property, reader.getName());
    return catalogue.inForce(code).stream().map(EntryView::of).toList();
  }

  @Operation(
      summary =
          "Create or change a catalogue entry: the company default (process owners) or a"
              + " property's own (its customer-service head); the change is recorded")
  @PutMapping("/api/special-services/catalogue/{code}")
  public EntryView change(
      @PathVariable String code,
      @Valid @RequestBody ChangeRequest request,
      Authentication changer) {
    if (!code.matches("^[A-Z0-9-]{2,32}$")) {
      throw new InvalidFieldException("code", "problem.special-service.code-format");
    }
    if (!StaffGroups.STAFF.containsKey(request.deliveringGroup())) {
      throw new InvalidFieldException(
          "deliveringGroup", "problem.special-service.group-unknown", request.deliveringGroup());
    }
    String scope =
        request.property() == null || request.property().isBlank()
            ? CatalogueEntry.COMPANY
            : access.propertyFor(request.property(), changer.getName());
    CatalogueEntry entry =
        catalogue.change(
            scope,
            code,
            new CatalogueEntry.Terms(
                request.nameZh().trim(),
                request.nameEn().trim(),
                request.kind(),
                request.serviceClass(),
                request.unitPrice().setScale(2),
                request.unit(),
                request.deliveringGroup(),
                request.risky(),
                request.active() == null || request.active()),
            request.reason().trim(),
            changer.getName(),
            groupsOf(changer),
            access.visibleTo(changer));
    return EntryView.of(entry);
  }

  @Operation(summary = "Every recorded change of a catalogue entry, oldest first (SVC-16)")
  @GetMapping("/api/special-services/catalogue/{code}/changes")
  public List<ChangeView> changes(@PathVariable String code) {
    return catalogue.changesOf(code).stream()
        .map(
            c ->
                new ChangeView(
                    c.getScope(),
                    c.getCode(),
                    c.getChangedAt(),
                    c.getChangedBy(),
                    c.getReason(),
                    c.getBeforeEntry(),
                    c.getAfterEntry()))
        .toList();
  }

  private static Set<String> groupsOf(Authentication user) {
    return user.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .collect(Collectors.toSet());
  }
}
