package com.residentdesk.system;

/**
 * Well-formed input that the SOP does not allow now (an appeal after its window): 422 naming the
 * field.
 */
public class UnprocessableException extends RuntimeException {

  private final String field;

  public UnprocessableException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
