package com.residentdesk.property;

import com.residentdesk.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The company's properties: staff read the ones they work for (pages use the list to offer a
 * property picker when there is more than one); the administrator adds and describes them.
 */
@RestController
@RequestMapping("/api/properties")
public class PropertyController {

  private final PropertyDirectory directory;
  private final PropertyRegister register;
  private final PropertyRepository properties;
  private final PropertyAccess access;

  public PropertyController(
      PropertyDirectory directory,
      PropertyRegister register,
      PropertyRepository properties,
      PropertyAccess access) {
    this.directory = directory;
    this.register = register;
    this.properties = properties;
    this.access = access;
  }

  public record RegionView(String name, String managerUser, List<String> buildings) {}

  /** The settings in force; {@code companyTimeZone}/{@code companyHours}: not overridden. */
  public record PropertyView(
      String code,
      String name,
      String address,
      String phone,
      String timeZone,
      LocalTime frontDeskOpens,
      LocalTime frontDeskCloses,
      boolean companyTimeZone,
      boolean companyHours,
      List<RegionView> regions) {}

  public record PropertyRequest(
      @Size(max = 12) String code,
      @NotBlank @Size(max = 100) String name,
      @Size(max = 300) String address,
      @Size(max = 30) String phone,
      @Size(max = 40) String timeZone,
      LocalTime frontDeskOpens,
      LocalTime frontDeskCloses) {

    PropertyRegister.Details details() {
      return new PropertyRegister.Details(
          name, address, phone, timeZone, frontDeskOpens, frontDeskCloses);
    }
  }

  public record RegionRequest(
      @NotBlank @Size(max = 100) String name,
      @NotBlank @Size(max = 64) String managerUser,
      @NotNull List<@NotBlank @Size(max = 20) String> buildings) {}

  @Operation(summary = "The properties the caller works for (every one for the company's roles)")
  @GetMapping
  public List<PropertyView> list(Authentication reader) {
    List<String> visible = access.visibleTo(reader);
    return directory.all().stream()
        .filter(p -> visible.contains(p.code()))
        .map(p -> view(p, false))
        .toList();
  }

  @Operation(summary = "A property with its settings, regions and buildings")
  @GetMapping("/{code}")
  public PropertyView get(@PathVariable String code, Authentication reader) {
    access.requireVisible(code, reader, "problem.property.none", code);
    return view(directory.get(code), true);
  }

  @Operation(summary = "Add a property (administrator): its tenant, staff group and queues follow")
  @PostMapping
  public ResponseEntity<PropertyView> add(@Valid @RequestBody PropertyRequest request) {
    Property added = register.add(request.code(), request.details());
    return ResponseEntity.created(URI.create("/api/properties/" + added.getCode()))
        .body(view(directory.get(added.getCode()), true));
  }

  @Operation(summary = "Describe a property (administrator); the code never changes")
  @PutMapping("/{code}")
  public PropertyView update(
      @PathVariable String code, @Valid @RequestBody PropertyRequest request) {
    Property property =
        properties
            .findById(code)
            .orElseThrow(() -> new NotFoundException("problem.property.none", code));
    register.update(property, request.details());
    return view(directory.get(code), true);
  }

  @Operation(summary = "Add a region with its regional manager and buildings (administrator)")
  @PostMapping("/{code}/regions")
  public ResponseEntity<RegionView> addRegion(
      @PathVariable String code, @Valid @RequestBody RegionRequest request) {
    directory.get(code);
    Region region =
        register.addRegion(code, request.name(), request.managerUser(), request.buildings());
    return ResponseEntity.created(URI.create("/api/properties/" + code))
        .body(new RegionView(region.getName(), region.getManagerUser(), request.buildings()));
  }

  private PropertyView view(PropertyDirectory.Settings p, boolean withRegions) {
    List<RegionView> regions =
        withRegions
            ? register.regionsOf(p.code()).entrySet().stream()
                .map(
                    e ->
                        new RegionView(
                            e.getKey().getName(), e.getKey().getManagerUser(), e.getValue()))
                .toList()
            : null;
    return new PropertyView(
        p.code(),
        p.name(),
        p.address(),
        p.phone(),
        p.zone().getId(),
        p.frontDeskHours().opens(),
        p.frontDeskHours().closes(),
        !p.ownTimeZone(),
        !p.ownFrontDeskHours(),
        regions);
  }
}
