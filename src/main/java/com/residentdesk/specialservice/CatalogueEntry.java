package com.residentdesk.specialservice;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One service of the catalogue (SVC-04, SVC-06, SVC-16): a company default ({@link #COMPANY}) or a
 * property's own entry, which replaces the default at that property.
 */
@Entity
@Table(name = "special_service")
public class CatalogueEntry {

  /** The scope of the company's defaults. */
  public static final String COMPANY = "*";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String scope;
  private String code;
  private String nameZh;
  private String nameEn;
  private String kind;
  private String serviceClass;
  private BigDecimal unitPrice;
  private String unit;
  private String deliveringGroup;
  private boolean risky;
  private boolean active;
  private Instant changedAt;
  private String changedBy;

  protected CatalogueEntry() {}

  CatalogueEntry(String scope, String code) {
    this.scope = scope;
    this.code = code;
  }

  /** What an entry says, as a catalogue change sets it. */
  public record Terms(
      String nameZh,
      String nameEn,
      String kind,
      String serviceClass,
      BigDecimal unitPrice,
      String unit,
      String deliveringGroup,
      boolean risky,
      boolean active) {

    /** One line for the change record: what the entry said before or after. */
    String describe() {
      return "%s / %s; %s, %s; %s per %s; %s%s%s"
          .formatted(
              nameZh,
              nameEn,
              kind,
              serviceClass,
              unitPrice.toPlainString(),
              unit,
              deliveringGroup,
              risky ? "; risky" : "",
              active ? "" : "; withdrawn");
    }
  }

  Terms terms() {
    return new Terms(
        nameZh, nameEn, kind, serviceClass, unitPrice, unit, deliveringGroup, risky, active);
  }

  void change(Terms terms, String by, Instant at) {
    this.nameZh = terms.nameZh();
    this.nameEn = terms.nameEn();
    this.kind = terms.kind();
    this.serviceClass = terms.serviceClass();
    this.unitPrice = terms.unitPrice();
    this.unit = terms.unit();
    this.deliveringGroup = terms.deliveringGroup();
    this.risky = terms.risky();
    this.active = terms.active();
    this.changedBy = by;
    this.changedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getScope() {
    return scope;
  }

  public String getCode() {
    return code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getKind() {
    return kind;
  }

  public String getServiceClass() {
    return serviceClass;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public String getUnit() {
    return unit;
  }

  public String getDeliveringGroup() {
    return deliveringGroup;
  }

  public boolean isRisky() {
    return risky;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }
}
