package com.residentdesk.system;

/** Bad input in one named field or parameter: answered with 400 and a problem body naming it. */
public class InvalidFieldException extends RuntimeException {

  private final String field;

  public InvalidFieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
