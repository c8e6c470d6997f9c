package com.residentdesk.system;

/**
 * Bad input in one named field or parameter: answered with 400 and a problem body naming it. The
 * message is a code of messages/problems*.properties (with its arguments), so the caller reads it
 * in their language; a plain sentence is shown as it is.
 */
public class InvalidFieldException extends RuntimeException {

  private final String field;
  private final transient Object[] args;

  public InvalidFieldException(String field, String code, Object... args) {
    super(code);
    this.field = field;
    this.args = args;
  }

  public String field() {
    return field;
  }

  public Object[] args() {
    return args;
  }
}
