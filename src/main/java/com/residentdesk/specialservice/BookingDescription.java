package com.residentdesk.specialservice;

import com.residentdesk.casefile.Category;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskDescriptionContributor;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskFormat;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the tasks of a special-service case show in Tasklist: the booking as quoted and whether the
 * resident accepted it; before it is registered, the catalogue in force at the property, so the
 * clerk picks a code and quotes its price (SVC-04, SVC-07).
 */
@Component
class BookingDescription implements TaskDescriptionContributor {

  private final SpecialServices specialServices;
  private final ServiceCatalogue catalogue;
  private final PropertyDirectory properties;

  BookingDescription(
      SpecialServices specialServices, ServiceCatalogue catalogue, PropertyDirectory properties) {
    this.specialServices = specialServices;
    this.catalogue = catalogue;
    this.properties = properties;
  }

  @Override
  public Optional<String> describe(ServiceCase serviceCase) {
    if (!Category.SPECIAL_SERVICE.code().equals(serviceCase.getRequest().category())) {
      return Optional.empty();
    }
    Optional<Booking> booking = specialServices.find(serviceCase.getId());
    if (booking.isEmpty()) {
      return Optional.of(
          "服务目录 Catalogue: "
              + catalogue.inForce(serviceCase.getPropertyCode()).stream()
                  .filter(CatalogueEntry::isActive)
                  .map(
                      e ->
                          "%s %s ¥%s/%s%s"
                              .formatted(
                                  e.getCode(),
                                  e.getNameZh(),
                                  e.getUnitPrice().toPlainString(),
                                  e.getUnit(),
                                  e.isRisky() ? "（有风险 risky）" : ""))
                  .collect(Collectors.joining("; ")));
    }
    Booking b = booking.get();
    String accepted =
        b.getAccepted() == null
            ? "客户尚未确认价格 not accepted yet"
            : b.getAccepted()
                ? "客户已确认（%s，%s） accepted"
                    .formatted(b.getAcceptedByResident(), b.getAcceptanceMethod())
                : "客户不接受 declined";
    return Optional.of(
        "特约服务 %s %s × %s %s，报价 ¥%s，预约 %s%s · %s"
            .formatted(
                b.getServiceCode(),
                b.getServiceNameZh(),
                b.getQuantity().toPlainString(),
                b.getUnit(),
                b.getQuotedPrice().toPlainString(),
                DeskFormat.time(b.getAppointmentAt(), properties.zoneOf(serviceCase)),
                b.getRequirements() == null ? "" : "，要求：" + b.getRequirements(),
                accepted));
  }
}
