package com.residentdesk.property;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskDescriptionContributor;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The property on every task card: the case number in the task's name carries its code, and the
 * description names it, so staff who work for several properties see where the work is.
 */
@Component
class PropertyDescription implements TaskDescriptionContributor {

  private final PropertyDirectory properties;

  PropertyDescription(PropertyDirectory properties) {
    this.properties = properties;
  }

  @Override
  public Optional<String> describe(ServiceCase serviceCase) {
    return properties
        .find(serviceCase.getPropertyCode())
        .map(property -> "项目 Property: " + property.name() + " (" + property.code() + ")");
  }
}
